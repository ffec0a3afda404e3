/**
 * Paraphrase tolerance from the lexicon: each word of a question is also searched as the words WordNet puts in its
 * first senses' synonym sets and the sets closest to them ("bitter" → "acrimonious", "slain" → "kill",
 * "resigned" → "quit"), when the story uses them. Names are searched as written, and a place also by its other names.
 */
import { type Lexicon, type PartOfSpeech, writtenPlacePhrase, writtenPlaceStems } from '../search/lexicon.js'
import type { QueryTerm } from '../search/story-index.js'
import { stemToken, type TokenSpan, tokenSpans } from '../search/text-terms.js'
import type { DocumentFrequency } from './relevance.js'
import { askedShipNoun, SHIP_PREFIXES } from './ship-noun.js'

/** How many senses of a word (per part of speech, most frequent first) lend it their synonyms. */
export const SENSES = 2
/** A synonym in at least this many paragraphs, or this share of them, is not searched. */
const COMMON_PARAGRAPHS = 50
const COMMON_SHARE = 0.005

export function expandTerms(
  terms: readonly QueryTerm[],
  words: ReadonlyMap<string, string>,
  lexicon: Lexicon,
  index: DocumentFrequency,
  /** The name part of a speaker a word may be a misspelling of (one edit, or the same sound). */
  nameLike: (word: string) => string | null = () => null,
  /** The part of speech a word has in the question, where the words before it say: only its senses of that kind. */
  kinds: ReadonlyMap<string, PartOfSpeech> = new Map(),
  /** The question, read for the words that make one lemma with the word after them ("crack down"). */
  text = '',
): QueryTerm[] {
  // a synonym the story uses in many paragraphs says little and costs a long posting list
  const common = Math.max(COMMON_PARAGRAPHS, COMMON_SHARE * index.paragraphCount)
  const usable = (stem: string) => {
    const df = index.documentFrequency(stem)
    return df > 0 && df < common
  }
  const tokens = tokenSpans(text)
  // "Which carrier did …": the noun of a question asking for a ship (one look-up, only where the story names ships)
  const shipNoun = SHIP_PREFIXES.some(usable) ? askedShipNoun(text, lexicon) : null
  return terms.map((t) => {
    const word = words.get(t.stem)
    if (!word || /^\p{N}/u.test(word)) return t
    const extra = new Set<string>()
    if (index.documentFrequency(t.stem) === 0) {
      for (const stem of typoFixes(word, index, nameLike)) extra.add(stem)
      // a place written otherwise than the story writes it ("Teheran" for "Tehran")
      for (const stem of writtenPlaceStems(lexicon, word, usable)) if (stem !== t.stem) extra.add(stem)
      // or written in several words ("Mideast" for "Middle East")
      if (extra.size === 0) for (const stem of writtenPlacePhrase(lexicon, word, usable)) extra.add(stem)
    }
    if (/^\p{Lu}/u.test(word)) return extra.size ? { stem: t.stem, synonyms: [...t.synonyms, ...extra] } : t
    const perPos = new Map<string, number>()
    const kind = kinds.get(t.stem)
    // "crack down", "step down", "dead set": the multi-word lemma's senses, not the first word's
    const phrase = collocationAt(tokens, text, word, lexicon)
    const senses = phrase ? lexicon.senses(phrase.lemma) : lexicon.senses(word)
    // "the fall" is no verb, "to back" no noun: only when the word has senses of that kind at all
    const fitting = kind && senses.some((x) => x.pos === kind) ? senses.filter((x) => x.pos === kind) : senses
    for (const sense of fitting) {
      const n = perPos.get(sense.pos) ?? 0
      perPos.set(sense.pos, n + 1)
      if (n >= SENSES) continue
      // a multi-word lemma's closest sets are broad verbs ("catch up" → "make", "hit"): its synonyms only
      for (const w of phrase ? sense.words : [...sense.words, ...sense.related]) {
        const stem = w.includes(' ') ? sameParticleHead(w, phrase) : stemToken(w)
        if (stem && stem !== t.stem && usable(stem)) extra.add(stem)
      }
    }
    // a ship is named by its navy's prefix: "the USS Abraham Lincoln" is the carrier asked about
    if (word === shipNoun) for (const stem of SHIP_PREFIXES) if (usable(stem)) extra.add(stem)
    // an adjective is also written in its degrees ("weak" → "weakest"), which the stemmer keeps apart
    for (const form of degreesOf(word.toLowerCase(), lexicon)) {
      const stem = stemToken(form)
      if (stem && stem !== t.stem && usable(stem)) extra.add(stem)
    }
    return extra.size ? { stem: t.stem, synonyms: [...t.synonyms, ...extra] } : t
  })
}

/**
 * The comparative and superlative of an adjective that the lexicon reads back to it ("weak" → "weaker", "weakest";
 * "big" → "bigger"; "early" → "earlier"): the regular endings, kept only where WordNet gives the form as that word.
 */
function degreesOf(word: string, lexicon: Lexicon): string[] {
  if (word.length < 3 || !lexicon.senses(word).some((s) => s.pos === 'adj')) return []
  const last = word.slice(-1)
  const stemOf = word.endsWith('y') ? `${word.slice(0, -1)}i` : word.endsWith('e') ? word.slice(0, -1) : word
  const forms = [`${stemOf}er`, `${stemOf}est`, `${word}${last}er`, `${word}${last}est`]
  return forms.filter((f) => lexicon.senses(f).some((s) => s.pos === 'adj' && s.words.includes(word)))
}

/**
 * What a word the story never uses may have been meant as: the word with two neighbouring letters swapped back
 * ("Isreal", "Boieng"), or a speaker's name part it is one edit from or sounds like ("Araqchi"), when the story
 * uses that.
 */
function typoFixes(word: string, index: DocumentFrequency, nameLike: (word: string) => string | null): string[] {
  const out = new Set<string>()
  const lower = word.toLowerCase()
  if (lower.length >= 4)
    for (let i = 0; i + 1 < lower.length; i++) {
      const swapped = lower.slice(0, i) + (lower[i + 1] ?? '') + (lower[i] ?? '') + lower.slice(i + 2)
      const stem = stemToken(swapped)
      if (stem && index.documentFrequency(stem) > 0) out.add(stem)
    }
  const part = nameLike(word)
  const stem = part ? stemToken(part) : null
  if (stem && index.documentFrequency(stem) > 0) out.add(stem)
  return [...out]
}

type Collocation = { lemma: string; rest: string }

/**
 * The multi-word lemma a question word opens with the word after it ("crack down", "step down", "dead set",
 * "prime minister"), when the lexicon knows it (the first word inflected: "cracking down"). Null otherwise.
 */
function collocationAt(tokens: readonly TokenSpan[], text: string, word: string, lexicon: Lexicon): Collocation | null {
  const at = tokens.findIndex((t) => t.token === word)
  const next = tokens[at + 1]
  if (at < 0 || !next || !/^\p{Ll}/u.test(word) || !/^\p{Ll}+$/u.test(next.token)) return null
  // the two words are written side by side
  if (!/^[\s-]+$/.test(text.slice(tokens[at]?.end ?? 0, next.start))) return null
  const lemma = `${word.toLowerCase()} ${next.token}`
  return lexicon.senses(lemma).length ? { lemma, rest: next.token } : null
}

/**
 * The first word of a multi-word synonym that ends as the question's lemma does ("clamp down" for "crack down"),
 * as a stem: the shared word is searched already, the first carries the meaning. Null for any other.
 */
function sameParticleHead(synonym: string, phrase: Collocation | null): string | null {
  const space = synonym.indexOf(' ')
  // the same word, in any inflection ("atomic weapon" for "nuclear weapons")
  if (!phrase || stemToken(synonym.slice(space + 1)) !== stemToken(phrase.rest)) return null
  return stemToken(synonym.slice(0, space))
}
