/** What every date rule produces, and the context it works in. */
import type { Granularity } from '../types.js'
import type { Day } from './calendar.js'

/** A resolved time expression at [start, end) of the paragraph. */
export type Candidate = {
  start: number
  end: number
  value: string
  granularity: Granularity
  /** True when the value was computed from the publication date (or another date) rather than written out. */
  relative: boolean
  /** Breaks ties between rules that claim the same span: higher wins. */
  priority: number
}

export type RuleContext = {
  /** The paragraph. */
  text: string
  /** The publication date. */
  ref: Day
}

/** The candidate for a whole regex match; `relative` unless the value is written out. */
export function matchCandidate(
  m: RegExpExecArray,
  value: { value: string; granularity: Granularity },
  priority: number,
  relative = true,
): Candidate {
  return { start: m.index, end: m.index + m[0].length, ...value, relative, priority }
}

/** A rule finds and resolves one family of expressions in a paragraph. */
export type DateRule = (ctx: RuleContext) => Candidate[]
