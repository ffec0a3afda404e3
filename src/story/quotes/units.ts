/** Sentence units of a paragraph that never cut through a quotation, and their word tokens. */
import { splitSentences } from '../sentences.js'
import { SPEECH_VERBS } from './lexicon.js'
import { MASK, type QuoteSpan } from './quote-marks.js'
import { makeToken, type Token } from './token.js'

/** A sentence (or several, when a quotation spans them) with its quotations and tokens. */
export type Unit = { start: number; end: number; quotes: QuoteSpan[]; tokens: Token[] }

/**
 * A quotation, a word (with inner apostrophes, hyphens, dots, commas: al-Shayji, 26-year-old, 3,117, U.S; and the
 * apostrophe of a plural's possessive: Sanders'), or a mark.
 */
const TOKEN_RE = new RegExp(
  `${MASK}+|([\\p{L}\\p{N}]+(?:['’\\-.,][\\p{L}\\p{N}]+)*(?:(?<=[sS])['’](?![\\p{L}\\p{N}]))?)(\\.)?|[^\\s\\p{L}\\p{N}${MASK}]`,
  'gu',
)
/** Words that keep their dot: honorifics and titles (Mr., Sen.), initials (J.), dotted abbreviations (U.S.). */
const DOTTED = new Set(
  'Mr Mrs Ms Dr Prof Sen Rep Gov Gen Lt Col Sgt Capt Cpl Const Det Insp Supt Rev Hon St Jr Sr Maj Adm Cmdr Pres Atty Mt Ft Coun Cst Co Cos Corp Inc Ltd Bros'.split(
    ' ',
  ),
)
const keepsDot = (word: string) =>
  DOTTED.has(word) || (word.length === 1 && word !== word.toLowerCase()) || /^(?:\p{L}\.)+\p{L}$/u.test(word)
const MASK_CODE = MASK.charCodeAt(0)

/** Tokens of `masked` between `from` and `to`. */
export function tokenize(masked: string, from: number, to: number): Token[] {
  const out: Token[] = []
  const text = masked.slice(from, to)
  TOKEN_RE.lastIndex = 0
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) {
    const at = from + m.index
    const word = m[1]
    if (word === undefined) {
      out.push(makeToken(m[0], at, m[0].charCodeAt(0) === MASK_CODE ? 'q' : 'p'))
      continue
    }
    const dotted = m[2] !== undefined && keepsDot(word)
    // "3,117" is a word; but a comma between two words ("Lonechild,left") is punctuation
    if (word.includes(',') && /[\p{L}],[\p{L}]/u.test(word)) out.push(...splitCommas(word, at))
    else out.push(makeToken(dotted ? `${word}.` : word, at, 'w'))
    if (m[2] !== undefined && !dotted) out.push(makeToken('.', at + word.length, 'p'))
  }
  return out
}

function splitCommas(text: string, start: number): Token[] {
  const out: Token[] = []
  let at = start
  for (const part of text.split(/(,)/)) {
    if (part) out.push(makeToken(part, at, part === ',' ? 'p' : 'w'))
    at += part.length
  }
  return out
}

const ATTRIBUTION_START_RE = /^(?:[\p{Lu}][\p{L}'’.-]*\s+){0,5}?(\p{Ll}+)\b(?:\s+(\p{Ll}+)\b)?/u
/** (the verb may carry a brand's capital: "Murphy, the head of the PAC, Tweeted on Friday") */
const APPOSITIVE_ATTRIBUTION_RE =
  /^(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}?\p{Lu}[\p{L}'’-]*,\s[^,;:]{3,100},\s+(\p{Ll}+|\p{Lu}\p{Ll}+ed)\b/u
const SUBORDINATE_START_RE = /^(?:When|If|As|After|Before|While|Once|Since|Though|Although|Because|Unless|Until)\b/
const CLOSING_MARK_RE = /[?!.,\u2026—–-](?:["\u201c\u201d]|'')\s*$/u

/** "“Where do you draw the line?” Jane Doe asked.": the next sentence is the attribution of a quotation. */
function attributesQuoteBefore(text: string, end: number, next: { text: string }): boolean {
  if (!CLOSING_MARK_RE.test(text.slice(Math.max(0, end - 4), end))) return false
  // "Trump said on Twitter.", "The minister said.", "He told reporters." (not "When asked, ...")
  if (SUBORDINATE_START_RE.test(next.text)) return false
  const m = ATTRIBUTION_START_RE.exec(next.text)
  let verb = m?.[1] !== undefined && SPEECH_VERBS.has(m[1]) ? m[1] : m?.[2]
  if (next.text.length >= 160) return false
  if (verb === undefined || !SPEECH_VERBS.has(verb)) {
    // "Miller, a retired worker from a nuclear plant, said pleasantly.": a name and its apposition before the verb
    verb = APPOSITIVE_ATTRIBUTION_RE.exec(next.text)?.[1]?.toLowerCase()
    if (verb === undefined || !SPEECH_VERBS.has(verb)) return false
  } else if (next.text.length >= 120) return false
  // the attribution is the whole sentence: a few words of adjuncts at most after the verb, no clause of its own
  const words: string[] = next.text.match(/[\p{L}'’]+/gu) ?? []
  const after = words.slice(words.findIndex((w) => w.toLowerCase() === verb) + 1)
  if (after.includes('that')) return false
  // "tweeted on Friday with an image of the skywriting": a longer adjunct, opened by a preposition, with no verb
  return (
    after.length <= 5 ||
    (after.length <= 12 && ADJUNCT_START.has(after[0] ?? '') && !after.some((w) => FINITE_WORDS.has(w)))
  )
}

/** Prepositions that open an adjunct after a verb of saying ("said on the same call", "wrote in an op-ed"). */
const ADJUNCT_START = new Set(['on', 'in', 'at', 'with', 'during', 'after', 'before', 'to', 'from', 'via', 'through'])
/** Auxiliaries and forms of "be" that make a clause of the words after the verb. */
const FINITE_WORDS = new Set(
  'is was were are be has have had will would can could may might should must do does did'.split(' '),
)

/** Splits a paragraph into units: sentences, merged where a sentence boundary falls inside a quotation. */
export function splitUnits(text: string, masked: string, spans: QuoteSpan[]): Unit[] {
  const sentences = splitSentences(text)
  const ranges: { start: number; end: number }[] = []
  for (const s of sentences) {
    const last = ranges[ranges.length - 1]
    const merge =
      last !== undefined &&
      spans.length > 0 &&
      (spans.some((q) => s.start > q.start && s.start < q.end) || attributesQuoteBefore(text, last.end, s))
    if (last && merge) last.end = s.end
    else ranges.push({ start: s.start, end: s.end })
  }
  // one pass of the tokenizer over the paragraph, shared out to the units
  const tokens = tokenize(masked, 0, masked.length)
  const units: Unit[] = []
  let k = 0
  for (const r of ranges) {
    const own: Token[] = []
    while (k < tokens.length && (tokens[k] as Token).start < r.start) k++
    while (k < tokens.length && (tokens[k] as Token).start < r.end) own.push(tokens[k++] as Token)
    units.push({
      start: r.start,
      end: r.end,
      quotes: spans.length === 0 ? spans : spans.filter((q) => q.start < r.end && q.end > r.start),
      tokens: own,
    })
  }
  return units
}
