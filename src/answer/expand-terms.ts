/**
 * Paraphrase tolerance from the lexicon: each word of a question is also searched as the words WordNet puts in its
 * first senses' synonym sets and the sets closest to them ("bitter" → "acrimonious", "slain" → "kill",
 * "resigned" → "quit"), when the story uses them. Names are searched as written.
 */
import type { Lexicon } from '../search/lexicon.js'
import type { QueryTerm } from '../search/story-index.js'
import { stemToken } from '../search/text-terms.js'
import type { DocumentFrequency } from './relevance.js'

/** How many senses of a word (per part of speech, most frequent first) lend it their synonyms. */
export const SENSES = 2

export function expandTerms(
  terms: readonly QueryTerm[],
  words: ReadonlyMap<string, string>,
  lexicon: Lexicon,
  index: DocumentFrequency,
): QueryTerm[] {
  return terms.map((t) => {
    const word = words.get(t.stem)
    if (!word || /^\p{Lu}/u.test(word) || /^\p{N}/u.test(word)) return t
    const extra = new Set<string>()
    const perPos = new Map<string, number>()
    for (const sense of lexicon.senses(word)) {
      const n = perPos.get(sense.pos) ?? 0
      perPos.set(sense.pos, n + 1)
      if (n >= SENSES) continue
      for (const w of [...sense.words, ...sense.related]) {
        if (w.includes(' ')) continue
        const stem = stemToken(w)
        if (stem && stem !== t.stem && index.documentFrequency(stem) > 0) extra.add(stem)
      }
    }
    return extra.size ? { stem: t.stem, synonyms: [...t.synonyms, ...extra] } : t
  })
}
