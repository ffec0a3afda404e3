/**
 * Years: "in 2024", "fiscal 1989", "mid-1996", "early 1990", "the end of 1994", "nineteen ninety-six",
 * "the year two thousand". Not "1990s" (a decade), "2,000 troops", "$1998" or "1998-99" ranges' second part.
 */
import { yearValue } from './calendar.js'
import { type Candidate, type DateRule, matchCandidate } from './candidate.js'
import { countValue } from './lexicon.js'

const TENS = '(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)'
const UNIT = '(?:one|two|three|four|five|six|seven|eight|nine)'
const TEEN = '(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)'

/** A year in words: "nineteen ninety-six", "nineteen oh five", "two thousand and one". */
export const SPELLED_YEAR =
  `(?:(?:nineteen|eighteen)\\s+(?:hundred(?:\\s+and)?\\s+)?(?:oh[- ]${UNIT}|${TENS}(?:[- ]${UNIT})?|${TEEN})` +
  `|two\\s+thousand(?:\\s+and)?(?:\\s+(?:${UNIT}|${TEEN}))?)`

/** The value of a SPELLED_YEAR match. */
export function spelledYear(words: string): number | undefined {
  const w = words.toLowerCase().replace(/\s+/g, ' ').trim()
  const m = /^(nineteen|eighteen) (?:hundred (?:and )?)?(?:oh[- ])?(.+)$/.exec(w)
  if (m) {
    const rest = countValue(m[2] ?? '')
    if (rest === undefined || rest >= 100) return undefined
    return (m[1] === 'nineteen' ? 1900 : 1800) + rest
  }
  const t = /^two thousand(?: and)?(?: (.+))?$/.exec(w)
  if (t) {
    const rest = t[1] ? countValue(t[1]) : 0
    return rest === undefined ? undefined : 2000 + rest
  }
  return undefined
}

const LEAD =
  '(?:(?:the\\s+)?(?:end|beginning|start|middle|first\\s+half|second\\s+half|rest|spring|summer|fall|autumn|winter|course)\\s+of\\s+|' +
  '(?:(?:early|late|mid|fiscal|calendar|post|pre)[- ])|the\\s+year\\s+)?'

const NUMERIC_YEAR = new RegExp(
  `(?<![$#\u00a3\u20ac\\d,.\\/-])\\b${LEAD}(1[6-9]\\d\\d|20\\d\\d)(?:'s|\u2019s)?(?![\\d%]|s\\b|-\\d|,\\d|\\.\\d|\\s*(?:percent|per\\s+cent)\\b|\\s*[-\u2013/]\\s*\\d)`,
  'gi',
)
const SPELLED_RE = new RegExp(`\\b(?:the\\s+year\\s+)?${SPELLED_YEAR}\\b(?!\\s+(?:${UNIT}|${TENS}|hundred)\\b)`, 'gi')

/** Words after a four-digit number that make it a count, not a year ("2000 troops", "1500 people"). */
const COUNT_NOUN =
  /^\s+(?:troops|people|soldiers|workers|employees|men|women|children|jobs|shares|miles|feet|meters|metres|tons|tonnes|barrels|cars|homes|units|points|votes|dollars|pounds|yen|euros|members|students|residents|refugees|cases|deaths|acres|years|hours|minutes|days|GMT|UTC|hrs)\b/i

/** A capitalised word (not a month, nor a sentence opener like "In") right before a bare number. */
const NAME_BEFORE =
  /(?<![.!?]\s*|^)\b(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b)[A-Z][a-z]+\s+$/

const HAS_YEAR = /1[6-9]\d\d|20\d\d|nineteen|eighteen|thousand/i

export const yearRule: DateRule = ({ text }) => {
  const out: Candidate[] = []
  if (!HAS_YEAR.test(text)) return out
  for (const m of text.matchAll(NUMERIC_YEAR)) {
    const digits = m[1] ?? ''
    const year = Number(digits)
    const end = m.index + m[0].length
    if (COUNT_NOUN.test(text.slice(end, end + 16))) continue
    // A lone number over the current era's range in running text is a count ("1700 workers" was caught above).
    if (year < 1800 && m[0] === digits) continue
    // "Orion 1980", "Windows 2000": a bare number right after a name is part of the name.
    if (m[0] === digits && NAME_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index))) continue
    out.push({ start: m.index, end, value: yearValue(year), granularity: 'year', relative: false, priority: 3 })
  }
  for (const m of text.matchAll(SPELLED_RE)) {
    const words = m[0].replace(/^the\s+year\s+/i, '')
    if (/^two/i.test(words) && words === m[0]) continue // "two thousand" alone is a number
    const year = spelledYear(words)
    if (year === undefined) continue
    out.push(matchCandidate(m, { value: yearValue(year), granularity: 'year' }, 3, false))
  }
  return out
}
