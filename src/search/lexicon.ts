/**
 * What the question reader and the answer step need to know about English words, from a lexical resource
 * (WordNet, read by `src/lexicon/wordnet.ts`; the core only sees this interface, so tests can pass a small one).
 */

import { stemToken } from './text-terms.js'

export type PartOfSpeech = 'noun' | 'verb' | 'adj' | 'adv'

/** One sense of a word: the words of its synonym set, and the words of the sets it points to. */
export type Sense = {
  pos: PartOfSpeech
  /** Lower-case lemmas of the synonym set (multi-word lemmas with spaces, e.g. "step down"). */
  words: readonly string[]
  /** Lemmas of closely related sets: the verb's direct hypernym ("slay" → "kill"), an adjective's similar sets. */
  related: readonly string[]
  /** Words of another part of speech WordNet derives from the set's words ("win" → "winner", "invade" → "invasion"). */
  derived?: readonly string[]
  /** WordNet's lexicographer file, e.g. "noun.location", "noun.person", "noun.group". */
  file: string
}

export interface Lexicon {
  /** The senses of a word (any inflected form), most frequent first; empty for a word the resource lacks. */
  senses(word: string): readonly Sense[]
  /**
   * The place a word names or pertains to: "Canada" → "canada", "Canadian" → "canada", "Kenyan" → "kenya";
   * null when it is neither a place nor a demonym.
   */
  place(word: string): string | null
  /**
   * The kinds of person a noun names more narrowly, one word each ("lawmaker" → "senator", "congressman", …;
   * "diplomat" → "ambassador", "envoy", "minister"): a description at a general level fits people the coverage gives
   * a narrower role. Empty when the resource cannot say.
   */
  narrower?(word: string): readonly string[]
  /**
   * The one-word lemmas of the parts and members of a noun's first senses (its part and member meronyms: "academia"
   * → "university", "college"). Empty when the resource cannot say.
   */
  parts?(word: string): readonly string[]
  /** Whether a place (as `place` names it) lies within a region ("kenya" within "africa"); false when unknown. */
  within?(place: string, region: string): boolean
  /**
   * Whether one of a noun's first senses is `kind` or a kind of it ("carrier", in its sense of an aircraft carrier,
   * "destroyer" and "vessel" are kinds of "watercraft"), by WordNet's hypernyms up to a few levels; false when unknown.
   */
  kindOf?(word: string, kind: string): boolean
}

/** A lexicon that knows no word: search then works on spelling and stems alone. */
export const NO_LEXICON: Lexicon = { senses: () => [], place: () => null }

/**
 * Whether a word is a verb of saying by the lexicon: its most frequent verb senses (up to two) are all of
 * communication ("mock", "concede", "agree", "telling"), so "sign" (a document, then a treaty) is not.
 */
export function isCommunicationVerb(lexicon: Lexicon, word: string): boolean {
  const verbs = lexicon.senses(word).filter((s) => s.pos === 'verb')
  return verbs.length > 0 && verbs.slice(0, 2).every((s) => s.file === 'verb.communication')
}

/**
 * The other one-word names of a place ("Teheran" → "tehran", "Peking" → "beijing", "Bombay" → "mumbai"): the words
 * of its synonym sets filed as locations, in lower case (the word itself among them). Empty for a word written in
 * lower case or naming no place.
 */
export function otherPlaceNames(lexicon: Lexicon, word: string): string[] {
  if (!/^\p{Lu}/u.test(word)) return []
  const out = new Set<string>()
  for (const sense of lexicon.senses(word))
    if (sense.pos === 'noun' && sense.file === 'noun.location')
      for (const w of sense.words) if (!w.includes(' ')) out.add(w)
  return [...out]
}

/**
 * The stems of the words of a place's first other name of several words whose every word the story writes
 * ("Mideast" → "middl", "east" for "Middle East"; "Near East" is tried after it). Empty when there is none, or for a
 * word written in lower case.
 */
export function writtenPlacePhrase(lexicon: Lexicon, word: string, writes: (stem: string) => boolean): string[] {
  if (!/^\p{Lu}/u.test(word)) return []
  for (const sense of lexicon.senses(word)) {
    if (sense.pos !== 'noun' || sense.file !== 'noun.location') continue
    for (const name of sense.words) {
      if (!name.includes(' ')) continue
      const stems = name.split(/[\s-]+/).map((w) => stemToken(w))
      if (stems.every((s): s is string => s !== null && writes(s))) return stems
    }
  }
  return []
}

/** The stems of a place's other names (see `otherPlaceNames`) that the story writes, in WordNet's order. */
export function writtenPlaceStems(lexicon: Lexicon, word: string, writes: (stem: string) => boolean): string[] {
  return otherPlaceNames(lexicon, word)
    .map((w) => stemToken(w))
    .filter((s): s is string => s !== null && writes(s))
}
