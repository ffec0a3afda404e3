/**
 * Calendar arithmetic on plain dates. A `Day` is a Date at noon on the given Y/M/D, so date-fns works on its
 * calendar fields: the result never depends on the machine's clock, and noon keeps DST shifts off the date.
 */
import { addDays, addMonths, getDay, getISOWeek, getISOWeekYear, lastDayOfMonth } from 'date-fns'

export type Day = Date

/** 0 = Sunday ... 6 = Saturday. */
export type WeekdayNumber = 0 | 1 | 2 | 3 | 4 | 5 | 6

const pad = (n: number, width = 2): string => String(n).padStart(width, '0')

export function makeDay(year: number, month: number, day: number): Day {
  const d = new Date(2000, 0, 1, 12)
  d.setFullYear(year, month - 1, day)
  return d
}

/** Parses `YYYY-MM-DD` (a longer ISO string is cut to its date part). */
export function parseDay(iso: string): Day {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso)
  if (!m) throw new Error(`not a calendar date: ${iso}`)
  return makeDay(Number(m[1]), Number(m[2]), Number(m[3]))
}

/** True when month/day exist in that year (e.g. not Feb. 30). */
export function isValidDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false
  return day <= lastDayOfMonth(makeDay(year, month, 1)).getDate()
}

export const yearOf = (d: Day): number => d.getFullYear()
export const monthOf = (d: Day): number => d.getMonth() + 1
export const weekdayOf = (d: Day): WeekdayNumber => getDay(d) as WeekdayNumber

export const plusDays = (d: Day, n: number): Day => addDays(d, n)
export const plusMonths = (d: Day, n: number): Day => addMonths(d, n)

export const dayValue = (d: Day): string => `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
export const monthValue = (year: number, month: number): string => `${pad(year, 4)}-${pad(month)}`
export const yearValue = (year: number): string => pad(year, 4)
export const weekValue = (d: Day): string => `${pad(getISOWeekYear(d), 4)}-W${pad(getISOWeek(d))}`

/** Months from (y1, m1) to (y2, m2). */
export const monthDistance = (y1: number, m1: number, y2: number, m2: number): number => (y2 - y1) * 12 + (m2 - m1)
