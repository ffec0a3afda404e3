/**
 * How text becomes index terms, the same way for paragraphs and questions: tokens, American spelling, a few
 * irregular forms, the Porter stem, and the synonym group of the story's vocabulary.
 */
import { stemmer } from 'stemmer'
import { writtenOut } from './abbreviations.js'
import { americanSpelling } from './spelling.js'
import { STOP_WORDS } from './stop-words.js'
import { synonymTerms } from './synonyms.js'

const IRREGULAR: Record<string, string> = {
  die: 'death',
  died: 'death',
  dies: 'death',
  dying: 'death',
  dead: 'death',
  men: 'man',
  women: 'woman',
  children: 'child',
  people: 'person',
  said: 'say',
  says: 'say',
  told: 'tell',
  met: 'meet',
  spoke: 'speak',
  spoken: 'speak',
  struck: 'strike',
  took: 'take',
  taken: 'take',
  went: 'go',
  gone: 'go',
  began: 'begin',
  begun: 'begin',
  held: 'hold',
  led: 'lead',
  sought: 'seek',
  fought: 'fight',
  thought: 'think',
  bought: 'buy',
  brought: 'bring',
  won: 'win',
  lost: 'lose',
  left: 'leave',
  felt: 'feel',
  kept: 'keep',
  sent: 'send',
  shot: 'shoot',
  hit: 'hit',
  rose: 'rise',
  risen: 'rise',
  fell: 'fall',
  fallen: 'fall',
}

/** Tokens: multi-word names and dotted abbreviations first (read as one token), then numbers and words. */
const TOKEN =
  /(U\.\s?S\.(?:\s?A\.)?|United States(?: of America)?)|(U\.\s?K\.)|(U\.\s?N\.)|\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{M}]+(?:['’][\p{L}]+)*/gu

export type TokenSpan = { token: string; start: number; end: number }

/** The tokens of a text with their offsets (case kept, so "US" can be told from "us"). */
export function tokenSpans(text: string): TokenSpan[] {
  const out: TokenSpan[] = []
  for (const m of text.matchAll(TOKEN)) {
    const token = m[1] ? 'US' : m[2] ? 'UK' : m[3] ? 'UN' : m[0]
    out.push({ token, start: m.index, end: m.index + m[0].length })
  }
  return out
}

/** Splits text into raw tokens. */
export const tokenize = (text: string): string[] => tokenSpans(text).map((t) => t.token)

/**
 * A token's stem: title abbreviations written out, lower case, American spelling, irregular forms, Porter stem. Null
 * for stop words.
 */
export function stemToken(token: string): string | null {
  // the country, never "use" (whose Porter stem is "us")
  if (token === 'US') return 'usa'
  // "Gov." is the governor, "Sens." senators
  const written = writtenOut(token)
  if (written) return stemmer(written)
  let word = token
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/['’]s$/, '')
    .replace(/['’]/g, '')
  if (/^\p{N}/u.test(word)) return word.replace(/,/g, '')
  if (word.length < 2 || STOP_WORDS.has(word)) return null
  word = americanSpelling(word)
  return IRREGULAR[word] ?? stemmer(word)
}

/** The terms a paragraph token is indexed under: its stem and its synonym groups. */
export function indexTerms(token: string): string[] | null {
  const stem = stemToken(token)
  if (stem === null) return null
  const groups = synonymTerms(stem)
  return groups.length ? [stem, ...groups] : [stem]
}

/** The distinct stems of a text, in order of first appearance. */
export function stems(text: string): string[] {
  const out = new Set<string>()
  for (const token of tokenize(text)) {
    const stem = stemToken(token)
    if (stem !== null) out.add(stem)
  }
  return [...out]
}
