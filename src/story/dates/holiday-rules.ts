/**
 * Named days: "Thanksgiving", "Christmas", "New Year's Day", "Election Day", "Labor Day", "Independence Day".
 * The year is the most recent one unless "next" or the tense points ahead ("last Thanksgiving" is the most
 * recent one strictly before the publication date).
 */
import { type Day, dayValue, makeDay, plusDays, weekdayOf } from './calendar.js'
import { type Candidate, type DateRule, matchCandidate } from './candidate.js'
import { tenseAt } from './tense.js'

type Holiday = (year: number) => Day

/** The n-th (1-based) `weekday` of `month`, or the last one when n is -1. */
function nthWeekday(year: number, month: number, weekday: number, n: number): Day {
  if (n < 0) {
    const last = plusDays(makeDay(year, month + 1, 1), -1)
    return plusDays(last, -((weekdayOf(last) - weekday + 7) % 7))
  }
  const first = makeDay(year, month, 1)
  return plusDays(first, ((weekday - weekdayOf(first) + 7) % 7) + 7 * (n - 1))
}

const HOLIDAYS: [RegExp, Holiday][] = [
  [/^thanksgiving/i, (y) => nthWeekday(y, 11, 4, 4)],
  [/^christmas\s+eve/i, (y) => makeDay(y, 12, 24)],
  [/^christmas/i, (y) => makeDay(y, 12, 25)],
  [/^new\s+year['\u2019]s\s+eve/i, (y) => makeDay(y, 12, 31)],
  [/^new\s+year['\u2019]s/i, (y) => makeDay(y, 1, 1)],
  [/^election\s+day/i, (y) => plusDays(nthWeekday(y, 11, 1, 1), 1)],
  [/^labou?r\s+day/i, (y) => nthWeekday(y, 9, 1, 1)],
  [/^memorial\s+day/i, (y) => nthWeekday(y, 5, 1, -1)],
  [/^independence\s+day|^(?:the\s+)?fourth\s+of\s+july/i, (y) => makeDay(y, 7, 4)],
  [/^veterans\s+day/i, (y) => makeDay(y, 11, 11)],
  [/^valentine['\u2019]s\s+day/i, (y) => makeDay(y, 2, 14)],
  [/^halloween/i, (y) => makeDay(y, 10, 31)],
]

const HOLIDAY_RE =
  /\b(?:(last|next|this)\s+)?(Thanksgiving(?:\s+Day)?|Christmas(?:\s+(?:Day|Eve))?|New\s+Year['\u2019]s\s+(?:Day|Eve)|Election\s+Day|Labou?r\s+Day|Memorial\s+Day|Independence\s+Day|(?:the\s+)?Fourth\s+of\s+July|Veterans\s+Day|Valentine['\u2019]s\s+Day|Halloween)\b/gi

const HAS_HOLIDAY =
  /Thanksgiving|Christmas|New Year|Election Day|Labou?r Day|Memorial Day|Independence Day|Fourth of July|Veterans Day|Valentine|Halloween/i

export const holidayRule: DateRule = ({ text, ref }) => {
  const out: Candidate[] = []
  if (!HAS_HOLIDAY.test(text)) return out
  for (const m of text.matchAll(HOLIDAY_RE)) {
    const name = m[2] ?? ''
    if (!/^[A-Z]/.test(name.replace(/^the\s+/i, ''))) continue
    const holiday = HOLIDAYS.find(([re]) => re.test(name))?.[1]
    if (!holiday) continue
    const modifier = (m[1] ?? '').toLowerCase()
    const y = ref.getFullYear()
    const thisYear = holiday(y)
    const t = thisYear.getTime()
    const r = ref.getTime()
    let day: Day
    if (modifier === 'last') day = t < r ? thisYear : holiday(y - 1)
    else if (modifier === 'next') day = t > r ? thisYear : holiday(y + 1)
    else if (modifier === 'this') day = thisYear
    else if (tenseAt(text, m.index, m.index + m[0].length) === 'future') day = t >= r ? thisYear : holiday(y + 1)
    else day = t <= r ? thisYear : holiday(y - 1)
    out.push(matchCandidate(m, { value: dayValue(day), granularity: 'day' }, 5))
  }
  return out
}
