import type { Granularity } from '../types.js'

/** What relative expressions are resolved against: the article's local calendar date of publication. */
export type DateReference = { localDate: string }

export type FoundDate = { text: string; start: number; end: number; value: string; granularity: Granularity }

/** Finds the time expressions in `text` and resolves each to a calendar value. (Placeholder until dates land.) */
export function findDates(_text: string, _ref: DateReference): FoundDate[] {
  return []
}
