/** Finds the time expressions in a paragraph of news and resolves each against the publication date. */
import type { Granularity } from '../types.js'
import { parseDay } from './calendar.js'
import type { Candidate, DateRule, RuleContext } from './candidate.js'
import { anaphoric, composeAround, type Told } from './compose-rules.js'
import { explicitRule } from './explicit-rules.js'
import { holidayRule } from './holiday-rules.js'
import { monthRule } from './month-rules.js'
import { relativeRule } from './relative-rules.js'
import { weekdayRule } from './weekday-rules.js'
import { yearRule } from './year-rules.js'

/** What relative expressions are resolved against: the article's local calendar date of publication. */
export type DateReference = {
  localDate: string
  /** The day the article has told last, before this paragraph: what "a day earlier" opening it counts from. */
  told?: Told
}

export type FoundDate = {
  text: string
  start: number
  end: number
  /** YYYY-MM-DD | YYYY-MM | YYYY | YYYY-Www */
  value: string
  granularity: Granularity
  /** True when the value was computed from the publication date ("on Friday", "last month"), not written out. */
  relative?: boolean
}

/** Rule families; each finds and resolves its own expressions (see each file). */
const RULES: DateRule[] = [explicitRule, weekdayRule, monthRule, yearRule, holidayRule, relativeRule]

/** Cheap test run before any rule: does the paragraph hold a word that can start a time expression? */
const MAY_HAVE_TIME =
  /\b(?:1[6-9]\d\d|20\d\d|today|tonight|yesterday|tomorrow|week|month|year|ago|day|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec|nineteen|thousand|Thanksgiving|Christmas|Halloween|Fourth|night|morning|afternoon|evening)/i

const PREPOSITION = /(?:on|in|from|since|until|till|by|during)\s+$/i

/** Start of the preposition right before `start` ("on Friday", "in 2024"), or `start` itself. */
function withPreposition(text: string, start: number, floor: number): number {
  const from = Math.max(floor, start - 8)
  const m = PREPOSITION.exec(text.slice(from, start))
  if (!m) return start
  const at = from + m.index
  return at > 0 && /\w/.test(text[at - 1] ?? '') ? start : at
}

/** Keeps the longest of overlapping candidates (ties: higher priority, then earlier start). */
export function pickNonOverlapping(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start,
  )
  const kept: Candidate[] = []
  for (const c of sorted) if (!kept.some((k) => k.start < c.end && c.start < k.end)) kept.push(c)
  return kept.sort((a, b) => a.start - b.start)
}

/**
 * Every time expression in `text` (one paragraph), resolved against the publication date and keeping the
 * granularity the text has: "on Friday" a day, "next week" an ISO week, "last month" a month, "in 2024" a year.
 * Durations ("three years") and vague references ("now", "recently") are not reported. Overlapping matches
 * keep the longest; a preposition right before an expression ("on", "in", "since") is included in its text.
 */
export function findDates(text: string, ref: DateReference): FoundDate[] {
  if (!MAY_HAVE_TIME.test(text)) return []
  const ctx: RuleContext = { text, ref: parseDay(ref.localDate) }
  const first = composeAround(text, pickNonOverlapping(RULES.flatMap((rule) => rule(ctx))))
  const picked = pickNonOverlapping([...first, ...anaphoric(text, ctx.ref, first, ref.told)])
  return picked.map((c, i) => {
    const start = withPreposition(text, c.start, picked[i - 1]?.end ?? 0)
    return {
      text: text.slice(start, c.end),
      start,
      end: c.end,
      value: c.value,
      granularity: c.granularity,
      relative: c.relative,
    }
  })
}

/** A date that names a thing rather than placing the clause in time: "next Tuesday's primary", "Friday's talks". */
const POSSESSIVE = /['’]s?\W?$/

/**
 * The dates of an article's paragraphs, in order. Each paragraph is read as `findDates` reads it, except that a day
 * counted from ("A day earlier, …", "The next day …") with nothing to count from in its paragraph counts from the last
 * day the article has told before it; a day before a possessive ("Tuesday's primary") names an event, and is not
 * the day the story has got to.
 */
export function findArticleDates(paragraphs: readonly string[], ref: DateReference): FoundDate[][] {
  let told: Told | undefined
  return paragraphs.map((text) => {
    const found = findDates(text, { ...ref, told })
    const last = found.findLast((d) => d.granularity === 'day' && !POSSESSIVE.test(text.slice(d.start, d.end + 1)))
    if (last) told = last
    return found
  })
}
