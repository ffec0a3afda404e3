/**
 * Expressions relative to the publication date: "today", "yesterday", "this week", "last month", "next year",
 * "earlier this year", "two weeks ago", "a year earlier", "year-ago".
 */
import type { Granularity } from '../types.js'
import {
  type Day,
  dayValue,
  monthOf,
  monthValue,
  plusDays,
  plusMonths,
  weekValue,
  yearOf,
  yearValue,
} from './calendar.js'
import { type Candidate, type DateRule, matchCandidate } from './candidate.js'
import { COUNT, countValue, DAY_PART } from './lexicon.js'

const EDGE = '(?:(?:early|late|earlier|later|mid)[- ]?)'

type Unit = 'day' | 'week' | 'month' | 'year'

/** The value of the `unit` that contains `ref` shifted by `n` units. */
export function shiftedValue(ref: Day, unit: Unit, n: number): { value: string; granularity: Granularity } {
  switch (unit) {
    case 'day':
      return { value: dayValue(plusDays(ref, n)), granularity: 'day' }
    case 'week':
      return { value: weekValue(plusDays(ref, 7 * n)), granularity: 'week' }
    case 'month': {
      const d = plusMonths(ref, n)
      return { value: monthValue(yearOf(d), monthOf(d)), granularity: 'month' }
    }
    case 'year':
      return { value: yearValue(yearOf(ref) + n), granularity: 'year' }
  }
}

const DAY_WORDS = new RegExp(
  `\\b(?:the\\s+day\\s+(?:before|after)\\s+)?(?:${EDGE}\\s*)?(today|yesterday|tomorrow|tonight)(?:'s|\u2019s)?${DAY_PART}\\b`,
  'gi',
)
const DAY_OFFSET: Record<string, number> = { today: 0, tonight: 0, yesterday: -1, tomorrow: 1 }

/** "last night", "this morning": a part of the publication day (or the day before). */
const DAY_PARTS = /\b(last\s+night|this\s+(?:morning|afternoon|evening))\b/gi

const THIS_LAST_NEXT = new RegExp(
  `\\b(?:${EDGE}(?:in\\s+)?)?(?:(?:the\\s+)?(?:end|beginning|start|middle|rest)\\s+of\\s+)?` +
    '(this|last|next|the\\s+current|the\\s+past|the\\s+coming|this\\s+past|this\\s+coming)\\s+' +
    "(?:(fiscal|calendar)\\s+)?(week|month|year)(?:end)?(?:'s|\u2019s)?\\b",
  'gi',
)
const SHIFT: Record<string, number> = {
  this: 0,
  'the current': 0,
  last: -1,
  'this past': -1,
  'the past': -1,
  next: 1,
  'the coming': 1,
  'this coming': 1,
}

const AGO = new RegExp(
  `\\b(?:(?:nearly|almost|about|some|roughly|more\\s+than|less\\s+than|over|just|only|exactly)\\s+)?(${COUNT})\\s+(day|week|month|year)s?\\s+(ago|before(?=\\s*(?:[,.;:)]|$)))`,
  'gi',
)

/** "year-ago", "the year-earlier quarter": the year before the publication year (a quarter keeps the year). */
const YEAR_AGO_ADJ =
  /\b(?:the\s+)?(?:comparable\s+)?year-(?:ago|earlier)(?:\s+(?:(?:first|second|third|fourth|fiscal|nine|six|three)[- ]?)*(?:quarter|period|months|half))?\b/gi
/** "the year", "the current fiscal year", "year-end": the publication year, unless it is a fiscal year that ends
 *  on a date given right after ("the year ended Sept. 30") or counts from another date ("the year before"). */
const THE_YEAR =
  /\b(?:the\s+(?:current\s+|full\s+)?(?:fiscal\s+)?year|year[- ]end|year's\s+end|year-to-date)\b(?!\s+(?:before|after|earlier|ago|later|that|when|in\s+which|ended|ending|to\s+date))/gi

/** "of tomorrow", "today's youth": the present or future in general, not a day. */
const GENERIC_DAY = /^(?:of\s+)$/i
const GENERIC_AFTER =
  /^\s+(?:world|youth|society|generation|children|kids|young|people|standards|market|economy|technology|personal|teens|America|Americans)\b/

/** Cheap tests that skip a family of patterns when its key word is absent. */
const HAS_DAY_WORD = /today|tonight|yesterday|tomorrow|last night|this (?:morning|afternoon|evening)/i
const HAS_UNIT = /day|week|month|year/i
const HAS_AGO = /\b(?:ago|before)\b/i

export const relativeRule: DateRule = ({ text, ref }) => {
  const out: Candidate[] = []
  if (HAS_DAY_WORD.test(text)) out.push(...dayWords(text, ref))
  if (!HAS_UNIT.test(text)) return out
  out.push(...periods(text, ref))
  if (HAS_AGO.test(text)) out.push(...ago(text, ref))
  for (const m of text.matchAll(YEAR_AGO_ADJ)) out.push(matchCandidate(m, shiftedValue(ref, 'year', -1), 4))
  for (const m of text.matchAll(THE_YEAR)) out.push(matchCandidate(m, shiftedValue(ref, 'year', 0), 3))
  return out
}

/** Whether a word at `at` opens its sentence (the text's start, or after a full stop or an opening quotation mark). */
export const opensSentence = (text: string, at: number): boolean =>
  at === 0 || /(?:[.!?]["”’]?|["“‘(])\s*$/.test(text.slice(Math.max(0, at - 4), at))

/** "today", "late yesterday", "tomorrow morning", "the day before yesterday". */
function dayWords(text: string, ref: Day): Candidate[] {
  const out: Candidate[] = []
  for (const m of text.matchAll(DAY_WORDS)) {
    const end = m.index + m[0].length
    if (GENERIC_DAY.test(text.slice(Math.max(0, m.index - 3), m.index))) continue
    if (/'s$|\u2019s$/.test(m[0]) && GENERIC_AFTER.test(text.slice(end, end + 20))) continue
    // "VOA Today", "USA Today": a capitalised "Today" inside a sentence is a name.
    if (/^(?:Today|Tonight)/.test(m[0]) && /\w\s+$/.test(text.slice(Math.max(0, m.index - 2), m.index))) continue
    // "Maclean’s, Today’s Parent": so is one before another capitalised word, unless it opens the sentence
    if (
      /^(?:Today|Tonight)/.test(m[0]) &&
      /^\s+\p{Lu}/u.test(text.slice(end, end + 3)) &&
      !opensSentence(text, m.index)
    )
      continue
    const word = (m[1] ?? '').toLowerCase()
    let n = DAY_OFFSET[word] ?? 0
    const lead = m[0].toLowerCase()
    if (lead.startsWith('the day before')) n -= 1
    else if (lead.startsWith('the day after')) n += 1
    out.push(matchCandidate(m, shiftedValue(ref, 'day', n), 6))
  }
  for (const m of text.matchAll(DAY_PARTS)) {
    out.push(matchCandidate(m, shiftedValue(ref, 'day', /^last/i.test(m[0]) ? -1 : 0), 6))
  }
  return out
}

/** "this week", "last month", "next year", "earlier this year", "the end of this week". */
function periods(text: string, ref: Day): Candidate[] {
  const out: Candidate[] = []
  for (const m of text.matchAll(THIS_LAST_NEXT)) {
    // ABC's "This Week": a capitalised title after a quotation mark or inside a sentence.
    if (/^This [A-Z]/.test(m[0]) && m.index > 0 && !/[.!?]\s+$/.test(text.slice(Math.max(0, m.index - 3), m.index)))
      continue
    const which = (m[1] ?? '').toLowerCase().replace(/\s+/g, ' ')
    const unit = (m[3] ?? '').toLowerCase() as Unit
    const n = SHIFT[which]
    if (n === undefined) continue
    // "the past week/month", "for the last week" are spans of time, not calendar periods.
    if (which === 'the past' && unit !== 'year') continue
    if (which === 'last' && /\bthe\s+$/i.test(text.slice(Math.max(0, m.index - 4), m.index))) continue
    out.push(matchCandidate(m, shiftedValue(ref, unit, n), 5))
  }
  return out
}

/** "two weeks ago", "10 days ago", "a year before." */
function ago(text: string, ref: Day): Candidate[] {
  const out: Candidate[] = []
  for (const m of text.matchAll(AGO)) {
    const n = countValue(m[1] ?? '')
    const unit = (m[2] ?? '').toLowerCase() as Unit
    if (n === undefined || n > 100) continue
    out.push(matchCandidate(m, shiftedValue(ref, unit, -n), 5))
  }
  return out
}
