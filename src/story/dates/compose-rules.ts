/**
 * Expressions built on another one already found in the paragraph: "the week of March 6", "the day before
 * last Tuesday", "1994 or later", and the anaphoric "a day later", "the following year", "earlier that day",
 * which count from the nearest date written before them in the same paragraph.
 */
import type { Granularity } from '../types.js'
import { type Day, dayValue, monthValue, parseDay, plusDays, plusMonths, weekValue } from './calendar.js'
import { type Candidate, matchCandidate } from './candidate.js'
import { COUNT, countValue } from './lexicon.js'
import { opensSentence } from './relative-rules.js'

const WEEK_OF = /\b(?:the\s+)?week\s+of\s+$/i
const DAY_AROUND = /\b(?:the\s+)?day\s+(before|after)\s+$/i
const OPEN_END = /^\s+(?:or\s+(?:later|earlier|before|after)|and\s+(?:beyond|later|after))\b/i

/** Widens or re-values candidates by the words right around them. */
export function composeAround(text: string, candidates: Candidate[]): Candidate[] {
  return candidates.map((c) => {
    const before = text.slice(Math.max(0, c.start - 20), c.start)
    const week = WEEK_OF.exec(before)
    if (week && c.granularity === 'day') {
      return { ...c, start: c.start - week[0].length, value: weekValue(parseDay(c.value)), granularity: 'week' }
    }
    const around = DAY_AROUND.exec(before)
    if (around && c.granularity === 'day') {
      const n = around[1]?.toLowerCase() === 'before' ? -1 : 1
      return { ...c, start: c.start - around[0].length, value: dayValue(plusDays(parseDay(c.value), n)) }
    }
    const open = OPEN_END.exec(text.slice(c.end, c.end + 20))
    if (open) return { ...c, end: c.end + open[0].length }
    return c
  })
}

type Unit = 'day' | 'week' | 'month' | 'year'
const RANK: Record<Granularity, number> = { day: 0, week: 1, month: 2, year: 3 }

/** "a day later", "two weeks earlier", "the next day", "the following year", "that year", "earlier that day". */
const ANAPHORIC = new RegExp(
  `\\b(?:(${COUNT})\\s+(day|week|month|year)s?\\s+(later|earlier|afterward|afterwards)` +
    '|the\\s+(next|following|previous|preceding)\\s+(day|morning|week|month|year)' +
    '|(?:(?:earlier|later)\\s+)?(?:that|the\\s+same)\\s+(day|week|month|year))\\b',
  'gi',
)

const HAS_ANAPHORA =
  /later|earlier|afterwards?|next|following|previous|preceding|(?:that|same)\s+(?:day|week|month|year)/i

function shift(
  value: string,
  granularity: Granularity,
  unit: Unit,
  n: number,
): { value: string; granularity: Granularity } | undefined {
  if (RANK[granularity] > RANK[unit]) return undefined
  const day = parseDay(value.length === 4 ? `${value}-01-01` : value.length === 7 ? `${value}-01` : value)
  if (granularity === 'week')
    return unit === 'week' ? { value: weekValue(plusDays(day, 7 * n)), granularity } : undefined
  switch (unit) {
    case 'day':
      return { value: dayValue(plusDays(day, n)), granularity: 'day' }
    case 'week':
      return { value: weekValue(plusDays(day, 7 * n)), granularity: 'week' }
    case 'month': {
      const d = plusMonths(day, n)
      return { value: monthValue(d.getFullYear(), d.getMonth() + 1), granularity: 'month' }
    }
    case 'year':
      return { value: String(day.getFullYear() + n).padStart(4, '0'), granularity: 'year' }
  }
}

/** The day the story has last told, from the paragraphs before (see `findArticleDates`). */
export type Told = { value: string; granularity: Granularity }

/**
 * Anaphoric expressions, resolved against the nearest earlier candidate in the paragraph that is at least as
 * precise as their unit; a day counted from that opens a sentence ("A day earlier, six protesters were arrested", "The
 * next day …") with none before it in its paragraph counts from the day the story has last told (`told`), as news goes
 * on from paragraph to paragraph. Inside a sentence ("higher than a day earlier") it compares with publication. Nothing is reported when there is no such date.
 */
export function anaphoric(text: string, ref: Day, found: Candidate[], told?: Told): Candidate[] {
  const out: Candidate[] = []
  if (!HAS_ANAPHORA.test(text)) return out
  for (const m of text.matchAll(ANAPHORIC)) {
    if (found.some((c) => c.start < m.index + m[0].length && m.index < c.end)) continue
    let unit: Unit
    let n: number
    if (m[2]) {
      unit = m[2].toLowerCase() as Unit
      const count = countValue(m[1] ?? '')
      if (count === undefined) continue
      n = /^later|^after/i.test(m[3] ?? '') ? count : -count
    } else if (m[5]) {
      const word = m[5].toLowerCase()
      unit = word === 'morning' ? 'day' : (word as Unit)
      n = /^(?:next|following)$/i.test(m[4] ?? '') ? 1 : -1
    } else {
      unit = (m[6] ?? 'day').toLowerCase() as Unit
      n = 0
    }
    const anchor =
      [...found].reverse().find((c) => c.end <= m.index && RANK[c.granularity] <= RANK[unit]) ??
      (unit === 'day' && opensSentence(text, m.index) ? told : undefined)
    // "a year earlier" with nothing to count from is a year before publication, as in "a year ago".
    const value = anchor
      ? shift(anchor.value, anchor.granularity, unit, n)
      : m[2] && n < 0
        ? shift(dayValue(ref), 'day', unit, n)
        : undefined
    if (!value) continue
    out.push(matchCandidate(m, value, 2))
  }
  return out
}
