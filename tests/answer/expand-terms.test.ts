import { describe, expect, test } from 'vitest'
import { expandTerms } from '../../src/answer/expand-terms.js'
import type { Lexicon, Sense } from '../../src/search/lexicon.js'

// a made-up lexicon: "fall" is a season (noun) and to drop (verb); "rain" a verb whose hypernym is "fall"
const senses: Record<string, Sense[]> = {
  fall: [
    { pos: 'noun', words: ['fall', 'autumn'], related: [], file: 'noun.time' },
    { pos: 'verb', words: ['fall', 'drop'], related: [], file: 'verb.motion' },
  ],
  back: [
    { pos: 'noun', words: ['back', 'spine'], related: [], file: 'noun.body' },
    { pos: 'verb', words: ['back', 'endorse'], related: [], file: 'verb.communication' },
  ],
}
const lexicon: Lexicon = { senses: (w) => senses[w] ?? [], place: () => null }
const index = { documentFrequency: () => 3, paragraphCount: 1000 }
const synonymsOf = (word: string, kind?: 'noun' | 'verb') =>
  expandTerms(
    [{ stem: word, synonyms: [] }],
    new Map([[word, word]]),
    lexicon,
    index,
    undefined,
    kind ? new Map([[word, kind]]) : new Map(),
  )[0]?.synonyms ?? []

describe('paraphrases of the part of speech a word has in the question', () => {
  test('"the fall" is the season, "to back" is to endorse', () => {
    expect(synonymsOf('fall', 'noun')).toContain('autumn')
    expect(synonymsOf('fall', 'noun')).not.toContain('drop')
    expect(synonymsOf('back', 'verb')).toContain('endors')
    expect(synonymsOf('back', 'verb')).not.toContain('spine')
  })

  test('where the question does not say, every part of speech lends its synonyms', () => {
    expect(synonymsOf('fall')).toEqual(expect.arrayContaining(['autumn', 'drop']))
  })
})
