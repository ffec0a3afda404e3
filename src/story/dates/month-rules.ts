/**
 * Month names without a day: "in June" (the most recent June unless the tense points ahead), "last June",
 * "next March", "this September", "June last year", "January 1998", "early December", "the end of November".
 */
import { monthValue, yearOf } from './calendar.js'
import { type Candidate, type DateRule, matchCandidate } from './candidate.js'
import { type Direction, inferYear } from './infer-year.js'
import { MONTH_ABBR, MONTH_FULL, monthNumber } from './lexicon.js'
import { tenseAt } from './tense.js'
import { SPELLED_YEAR, spelledYear } from './year-rules.js'

/** A word that may start a sentence: "last" -> "[Ll]ast" (month names themselves must stay capitalised). */
const cap = (words: string): string => words.replace(/\b([a-z])/, (c) => `[${c.toUpperCase()}${c}]`)

const MONTH_RE = new RegExp(
  `\\b(?:(${['last', 'next', 'this\\s+past', 'this\\s+coming', 'this'].map(cap).join('|')})\\s+|` +
    `(?:(?:${cap('the')}\\s+)?(?:${['end', 'beginning', 'start', 'middle', 'first\\s+half', 'second\\s+half', 'rest'].map(cap).join('|')})\\s+of\\s+)|` +
    `(?:(?:${['early', 'late', 'mid'].map(cap).join('|')})[- ]))?` +
    `(${MONTH_FULL}|${MONTH_ABBR}(?=,?\\s+\\d{4}\\b))` +
    `(?:(?:,?\\s+(?:of\\s+)?(\\d{4})|\\s+(${SPELLED_YEAR}))\\b|\\s+(last|this|next)\\s+year\\b)?` +
    "(?:'s|\u2019s)?(?![\\w-])",
  'g',
)

/** How many words away a verb may be and still set the tense of a bare month name. */
const TENSE_REACH = 5

const DIRECTION: Record<string, Direction> = {
  last: 'last',
  'this past': 'last',
  next: 'next',
  'this coming': 'next',
  this: 'this',
}

/** Words before "May" (or any month) that make it a month, not a modal verb or a name. */
const TIME_LEAD =
  /\b(?:in|since|by|until|till|through|of|from|to|during|before|after|between|and|or|early|late|mid|last|next|this|past|coming|end|beginning|start|middle|half|rest|each|every|until)[\s-]+$/i

/** A title or a capitalised word (not a time word nor an article) right before a month name: it is a surname. */
const NAMED_BEFORE =
  /(?:\b(?:Mr|Mrs|Ms|Miss|Dr|Sen|Rep|Gov|Gen|Lt|Col|Capt|Prof|Rev|St)\.?|\b(?!(?:In|On|At|By|For|Of|From|To|Since|Until|Till|Through|Throughout|During|Before|After|Between|About|Around|Over|Under|Within|Into|And|Or|Early|Late|Mid|Last|Next|This|That|Past|Coming|End|Each|Every|The|A|An|Its|His|Her|Their|Our|Your|My)\b)\p{Lu}\p{Ll}+)\s+$/u

const HAS_MONTH = new RegExp(`${MONTH_FULL}|${MONTH_ABBR}`)

export const monthRule: DateRule = ({ text, ref }) => {
  const out: Candidate[] = []
  if (!HAS_MONTH.test(text)) return out
  for (const m of text.matchAll(MONTH_RE)) {
    const name = m[2] ?? ''
    const month = monthNumber(name)
    if (month === undefined) continue
    const nameAt = m.index + m[0].indexOf(name)
    if (/\b(?:each|every)\s+$/i.test(text.slice(Math.max(0, nameAt - 6), nameAt))) continue
    // "the March of the Combatant Mothers": a name.
    if (/^\s+of\s+(?!\d|nineteen|two\s+thousand)/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 20)))
      continue
    const written = m[3] ?? m[4]
    // "Ms. May's offer", "Theresa May's government": after a title or a name, a month name is a surname
    if (nameAt === m.index && !written && !m[5] && NAMED_BEFORE.test(text.slice(Math.max(0, nameAt - 30), nameAt)))
      continue
    const led = m[0] !== name || TIME_LEAD.test(text.slice(Math.max(0, nameAt - 12), nameAt))
    if (!led && !written && !m[5]) {
      // "May" alone is a modal verb or a name; "June Carter" is a name.
      if (name === 'May') continue
      if (
        /^\s+[A-Z][a-z]/.test(text.slice(m.index + m[0].length)) &&
        !/^\s+(?:I|The|A)\b/.test(text.slice(m.index + m[0].length))
      )
        continue
    }
    let year: number
    if (m[3]) year = Number(m[3])
    else if (m[4]) {
      const y = spelledYear(m[4])
      if (y === undefined) continue
      year = y
    } else if (m[5]) year = yearOf(ref) + ({ last: -1, this: 0, next: 1 }[m[5].toLowerCase()] ?? 0)
    else {
      const direction = DIRECTION[(m[1] ?? '').toLowerCase().replace(/\s+/g, ' ')] ?? 'auto'
      const tense = direction === 'auto' ? tenseAt(text, m.index, m.index + m[0].length, TENSE_REACH) : 'none'
      year = inferYear(month, undefined, ref, direction, tense)
    }
    out.push(matchCandidate(m, { value: monthValue(year, month), granularity: 'month' }, 4, !written))
  }
  return out
}
