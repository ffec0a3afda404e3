/**
 * The lexicon the engine answers with: WordNet (`wordnet.ts`) and the word vectors (`word-vectors.ts`), each read on
 * first use.
 */
import type { Lexicon } from '../search/lexicon.js'
import { wordVectors } from './word-vectors.js'
import { wordNet } from './wordnet.js'

let shared: Lexicon | undefined

export function newsLexicon(): Lexicon {
  if (!shared) {
    const wn = wordNet()
    shared = {
      senses: (word) => wn.senses(word),
      place: (word) => wn.place(word),
      narrower: (word) => wn.narrower(word),
      within: (place, region) => wn.within(place, region),
      relatedness: wordVectors,
    }
  }
  return shared
}
