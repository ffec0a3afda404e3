/** How the index is searched: MiniSearch's options, and the weights of synonyms and typos. */
import type { Options } from 'minisearch'
import { editDistanceAtMost } from './edit-distance.js'
import { type ParagraphDoc, processToken, tokenizeOnce } from './paragraph-docs.js'
import { indexTerms, tokenize } from './text-terms.js'

/** A synonym group's weight beside the word itself. */
export const SYNONYM_WEIGHT = 0.35

/** MiniSearch's own weight of a fuzzy match (its default), and its largest edit distance (`maxFuzzy`). */
export const FUZZY_WEIGHT = 0.45
export const MAX_FUZZY = 2

/** The edit distance between an unknown word and a term MiniSearch's fuzzy search finds for it, else null. */
export function fuzzyDistance(word: string, term: string): number | null {
  const max = Math.min(MAX_FUZZY, Math.round(word.length * 0.2))
  for (let d = 1; d <= max; d++) if (editDistanceAtMost(word, term, d)) return d
  return null
}

/** Whether a word is searched fuzzily when the story does not use it: words of 5+ letters, not synonym groups. */
export const isFuzzy = (term: string) => !term.startsWith('~') && term.length >= 5 && !/^\d/.test(term)

/**
 * MiniSearch options. Typo tolerance (fuzzy matching) is only for words the story does not use: a word it uses
 * is matched as it is, which is both more precise ("stake" is not "state") and much faster on a large vocabulary.
 * `known` says whether the story uses a stem. No prefix matching: stems already cover inflections.
 */
export function minisearchOptions(known: (term: string) => boolean = () => false): Options<ParagraphDoc> {
  return {
    fields: ['text', 'speakers'],
    storeFields: ['ord', 'len', 'rep', 'slen', 'srep'],
    tokenize: tokenizeOnce,
    processTerm: processToken,
    // discarded paragraphs (replaced or removed articles) are cleaned out once they are 1% of the index
    autoVacuum: { minDirtCount: 200, minDirtFactor: 0.01, batchSize: 2000, batchWait: 5 },
    searchOptions: {
      boost: { text: 1, speakers: 1.5 },
      tokenize: (s: string) => [s],
      processTerm: (term: string) => term,
      fuzzy: (term: string) => (isFuzzy(term) && !known(term) ? 0.2 : false),
      maxFuzzy: MAX_FUZZY,
      prefix: false,
      boostTerm: (term: string) => (term.startsWith('~') ? SYNONYM_WEIGHT : 1),
    },
  }
}

/** Options to search the index with a raw question, the way MiniSearch's own examples do (the benchmark's baseline). */
export const RAW_QUERY_OPTIONS = { tokenize, processTerm: indexTerms }
