/**
 * Weekdays, as news uses them: a bare "Friday" is the most recent Friday on or before the publication date,
 * unless the tense points ahead ("will meet on Friday"); "last Friday" is strictly before it, "next Friday" and
 * "this coming Friday" strictly after.
 */
import { type Day, dayValue, plusDays, type WeekdayNumber, weekdayOf } from './calendar.js'
import { type Candidate, type DateRule, matchCandidate } from './candidate.js'
import { DAY_PART, WEEKDAY, weekdayNumber } from './lexicon.js'
import { tenseAt } from './tense.js'

export type WeekdayDirection = 'onOrBefore' | 'before' | 'onOrAfter' | 'after'

/** The date of `weekday` nearest `ref` in the given direction. */
export function resolveWeekday(ref: Day, weekday: WeekdayNumber, direction: WeekdayDirection): Day {
  const back = (weekdayOf(ref) - weekday + 7) % 7
  const ahead = (weekday - weekdayOf(ref) + 7) % 7
  switch (direction) {
    case 'onOrBefore':
      return plusDays(ref, -back)
    case 'before':
      return plusDays(ref, -(back || 7))
    case 'onOrAfter':
      return plusDays(ref, ahead)
    case 'after':
      return plusDays(ref, ahead || 7)
  }
}

const MODIFIER: Record<string, WeekdayDirection> = {
  last: 'before',
  'this past': 'before',
  'late last': 'before',
  'early last': 'before',
  next: 'after',
  'this coming': 'after',
  coming: 'after',
  'early next': 'after',
  'late next': 'after',
}

const WEEKDAY_RE = new RegExp(
  '\\b(?:(last|this\\s+past|next|this\\s+coming|coming|this|(?:early|late)\\s+(?:last|next)|the\\s+previous|the\\s+following|the\\s+next)\\s+|' +
    '(?:(?:early|late|earlier|later)\\s+(?:on\\s+)?))?' +
    `(${WEEKDAY})(?:'s|\u2019s)?${DAY_PART}\\b`,
  'gi',
)

/** Named days that are not "the most recent Friday": Good Friday, Black Monday, Super Tuesday. */
const NAMED_DAY = /\b(?:Good|Black|Ash|Super|Bloody|Holy|Easter|Palm|Maundy|Cyber|Shrove|Whit)\s+$/

/** Words right before a possessive weekday that put its event ahead: "ahead of Friday's vote". */
const AHEAD_OF = /\b(?:ahead\s+of|upcoming)\s+$/i

/**
 * Whether a bare weekday is ahead of the publication date. A possessive ("Friday's talks") names an event,
 * usually one reported on, so only a verb right after it or "ahead of" before it puts it ahead.
 */
function pointsAhead(text: string, start: number, end: number, possessive: boolean): boolean {
  if (!possessive) return tenseAt(text, start, end) === 'future'
  if (AHEAD_OF.test(text.slice(Math.max(0, start - 12), start))) return true
  // The verb right after the event noun: "Friday's talks will", "Monday's vote is expected".
  return /^(?:\s+[\w-]+){1,2}\s+(?:will|would|is\s+(?:set|due|expected|scheduled)|are\s+(?:set|due|expected|scheduled))\b/i.test(
    text.slice(end, end + 60),
  )
}

const HAS_WEEKDAY = /(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day/

export const weekdayRule: DateRule = ({ text, ref }) => {
  const out: Candidate[] = []
  if (!HAS_WEEKDAY.test(text)) return out
  for (const m of text.matchAll(WEEKDAY_RE)) {
    const name = m[2] ?? ''
    const weekday = weekdayNumber(name)
    if (weekday === undefined || !/^[A-Z]/.test(name)) continue
    // "each Thursday", "every Monday": a schedule, not a date.
    if (/\b(?:each|every)\s+$/i.test(text.slice(Math.max(0, m.index - 6), m.index))) continue
    if (NAMED_DAY.test(text.slice(Math.max(0, m.index - 10), m.index))) continue
    const modifier = (m[1] ?? '').toLowerCase().replace(/\s+/g, ' ')
    // "the previous Friday" counts from a date the text has moved to; it cannot be placed from here.
    if (/^the /.test(modifier)) continue
    let direction = MODIFIER[modifier]
    if (!direction) {
      const end = m.index + m[0].length
      direction = pointsAhead(text, m.index, end, /['\u2019]s\b/.test(m[0])) ? 'onOrAfter' : 'onOrBefore'
    }
    const day = resolveWeekday(ref, weekday, direction)
    out.push(matchCandidate(m, { value: dayValue(day), granularity: 'day' }, 5))
  }
  return out
}
