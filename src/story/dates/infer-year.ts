/** The year of a month or a month-day written without one ("in June", "Feb. 6"), from the publication date. */
import { type Day, makeDay, monthOf, yearOf } from './calendar.js'
import type { Tense } from './tense.js'

export type Direction = 'last' | 'next' | 'this' | 'auto'

/** A month name up to this many months ahead, with no tense to say otherwise, is the coming one. */
const AHEAD_MONTHS = 2
/** A month-day up to this many days ahead is the coming one ("payable Dec. 15", "by Jan. 14") unless told. */
const AHEAD_DAYS = 90
const DAY_MS = 86_400_000

/**
 * The year for `month` (and `day`, if given) as seen from `ref`.
 * - 'last': the most recent one strictly before the reference month (or day);
 * - 'next': the first one strictly after it;
 * - 'this': the reference year;
 * - 'auto': ahead when the tense is future; for a month name, behind when the tense is past; otherwise the
 *   coming one when it is near (AHEAD_MONTHS / AHEAD_DAYS), else the most recent one on or before `ref`.
 *   A written-out day ignores a past tense: "declared a dividend payable Dec. 15" is still ahead.
 */
export function inferYear(
  month: number,
  day: number | undefined,
  ref: Day,
  direction: Direction,
  tense: Tense,
): number {
  const y = yearOf(ref)
  if (direction === 'this') return y
  if (day === undefined) {
    const refMonth = monthOf(ref)
    const behind = month <= refMonth ? y : y - 1
    const ahead = month >= refMonth ? y : y + 1
    if (direction === 'last') return month < refMonth ? y : y - 1
    if (direction === 'next') return month > refMonth ? y : y + 1
    if (tense === 'future') return ahead
    if (tense === 'past') return behind
    return (month - refMonth + 12) % 12 <= AHEAD_MONTHS ? ahead : behind
  }
  const r = ref.getTime()
  const t = makeDay(y, month, day).getTime()
  const behind = t <= r ? y : y - 1
  const ahead = t >= r ? y : y + 1
  if (direction === 'last') return t < r ? y : y - 1
  if (direction === 'next') return t > r ? y : y + 1
  const daysAhead = (makeDay(ahead, month, day).getTime() - r) / DAY_MS
  const daysBehind = (r - makeDay(behind, month, day).getTime()) / DAY_MS
  // A date a few weeks past is likelier than one almost a year ahead, even in a sentence about the future.
  if (tense === 'future') return daysAhead > 300 && daysBehind <= 60 ? behind : ahead
  return daysAhead <= AHEAD_DAYS ? ahead : behind
}
