/**
 * Dates written out with a day: "Feb. 6", "March 3, 1998", "Friday, Oct. 23", "5 January 2001", "10/23/1998",
 * "March eighth". Parsed by chrono-node; a missing year is inferred from the publication date and the tense
 * (chrono would take the nearest year either way), or from the weekday when one is given.
 */
import { type ParsedResult, strict } from 'chrono-node/en'
import { dayValue, isValidDay, makeDay, monthValue, weekdayOf, yearOf } from './calendar.js'
import type { Candidate, DateRule } from './candidate.js'
import { inferYear } from './infer-year.js'
import { MONTH_BEFORE_DAY, MONTH_NAME, ORDINAL_WORD } from './lexicon.js'
import { tenseAt } from './tense.js'

/** Parsers and refiners of chrono's strict English set that this rule does not want. */
const DROPPED = new Set([
  'ENTimeUnitWithinFormatParser', // "within 3 days": a duration
  'ENTimeUnitAgoFormatParser', // "3 days ago": relative-rules.ts keeps the unit's granularity
  'ENTimeUnitLaterFormatParser',
  'ENTimeExpressionParser', // times of day
  'ENMergeDateRangeRefiner', // "Oct. 1 to Nov. 15" is two dates
  'ForwardDateRefiner',
])

/** One chrono instance for the process, built once. */
const parser = (() => {
  const c = strict.clone()
  c.parsers = c.parsers.filter((p) => !DROPPED.has(p.constructor.name))
  c.refiners = c.refiners.filter((r) => !DROPPED.has(r.constructor.name))
  return c
})()

/** Where a written-out date can be: chrono only reads a window around each of these. */
const MAY_HAVE_DATE = new RegExp(
  `${MONTH_BEFORE_DAY}\\s*(?:\\d|${ORDINAL_WORD})|\\d\\s+${MONTH_NAME}|\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b|\\b\\d{4}-\\d\\d-\\d\\d\\b`,
  'gi',
)
/** Characters read before and after a hit: enough for "this coming Sunday, March 8" and ", 1998". */
const WINDOW_BEFORE = 32
const WINDOW_AFTER = 40

/** Windows [start, end) around the hits, widened to word boundaries and merged when they touch. */
function windows(text: string): [number, number][] {
  const out: [number, number][] = []
  for (const m of text.matchAll(MAY_HAVE_DATE)) {
    let start = Math.max(0, m.index - WINDOW_BEFORE)
    while (start > 0 && /\S/.test(text[start - 1] ?? '')) start--
    let end = Math.min(text.length, m.index + m[0].length + WINDOW_AFTER)
    while (end < text.length && /\S/.test(text[end] ?? '')) end++
    const last = out[out.length - 1]
    if (last && start <= last[1]) last[1] = Math.max(last[1], end)
    else out.push([start, end])
  }
  return out
}

function resolve(
  r: ParsedResult,
  text: string,
  start: number,
  ref: Date,
): Omit<Candidate, 'start' | 'end'> | undefined {
  const c = r.start
  const month = c.get('month')
  if (month === null || !c.isCertain('month')) return undefined
  const day = c.isCertain('day') ? c.get('day') : null
  let year = c.isCertain('year') ? c.get('year') : null
  if (year === null) {
    if (day === null) return undefined
    const inferred = inferYear(month, day, ref, 'auto', tenseAt(text, start, start + r.text.length))
    // "Friday, Oct. 23": the weekday tells the year when the inferred one does not fit it.
    const weekday = c.isCertain('weekday') ? c.get('weekday') : null
    const fits = (y: number) => isValidDay(y, month, day) && weekdayOf(makeDay(y, month, day)) === weekday
    year = weekday === null ? inferred : ([inferred, inferred - 1, inferred + 1].find(fits) ?? inferred)
  }
  if (day === null) return { value: monthValue(year, month), granularity: 'month', relative: false, priority: 6 }
  if (!isValidDay(year, month, day)) return undefined
  return { value: dayValue(makeDay(year, month, day)), granularity: 'day', relative: false, priority: 7 }
}

export const explicitRule: DateRule = ({ text, ref }) => {
  const out: Candidate[] = []
  const spans = windows(text)
  if (spans.length === 0) return out
  const instant = new Date(Date.UTC(yearOf(ref), ref.getMonth(), ref.getDate(), 12))
  for (const [from, to] of spans) {
    for (const r of parser.parse(text.slice(from, to), { instant, timezone: 0 })) {
      // "6 1/4%": a fraction, not a month/day without a year.
      if (r.text.includes('/') && !r.start.isCertain('year')) continue
      const start = from + r.index
      const resolved = resolve(r, text, start, ref)
      if (!resolved) continue
      const raw = r.text.replace(/[\s,;:]+$/, '')
      out.push({ start, end: start + raw.length, ...resolved })
    }
  }
  return out
}
