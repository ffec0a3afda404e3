import { describe, expect, test } from 'vitest'
import { expandTerms } from '../../src/answer/expand-terms.js'
import type { Lexicon, Sense } from '../../src/search/lexicon.js'

// a made-up lexicon: "fall" is a season (noun) and to drop (verb); "rain" a verb whose hypernym is "fall"
const senses: Record<string, Sense[]> = {
  fall: [
    { pos: 'noun', words: ['fall', 'autumn'], related: [], file: 'noun.time' },
    { pos: 'verb', words: ['fall', 'drop'], related: [], file: 'verb.motion' },
  ],
  crack: [{ pos: 'verb', words: ['crack', 'break'], related: [], file: 'verb.contact' }],
  'crack down': [
    { pos: 'verb', words: ['clamp down', 'crack down', 'tighten up'], related: ['limit'], file: 'verb.change' },
  ],
  'nuclear weapons': [{ pos: 'noun', words: ['nuclear weapon', 'atomic weapon'], related: [], file: 'noun.artifact' }],
  zorbia: [{ pos: 'noun', words: ['zorbia', 'xorbia', 'old zorbia'], related: [], file: 'noun.location' }],
  Zorbia: [{ pos: 'noun', words: ['zorbia', 'xorbia', 'old zorbia'], related: [], file: 'noun.location' }],
  frail: [{ pos: 'adj', words: ['frail'], related: [], file: 'adj.all' }],
  // the lexicon reads an inflected form back to its lemma, as WordNet's rules do
  frailest: [{ pos: 'adj', words: ['frail'], related: [], file: 'adj.all' }],
  frailer: [{ pos: 'adj', words: ['frail'], related: [], file: 'adj.all' }],
  back: [
    { pos: 'noun', words: ['back', 'spine'], related: [], file: 'noun.body' },
    { pos: 'verb', words: ['back', 'endorse'], related: [], file: 'verb.communication' },
  ],
}
const lexicon: Lexicon = { senses: (w) => senses[w] ?? [], place: () => null }
// a place whose other name is of two words ("Xorbia" is "Old Zorbium", as "Mideast" is "Middle East")
const phraseLexicon: Lexicon = {
  senses: (w) =>
    w.toLowerCase() === 'xorbia'
      ? [{ pos: 'noun', words: ['xorbia', 'old zorbium'], related: [], file: 'noun.location' }]
      : [],
  place: () => null,
}
const index = { documentFrequency: () => 3, paragraphCount: 1000 }
const synonymsOf = (word: string, kind?: 'noun' | 'verb', question = '') =>
  expandTerms(
    [{ stem: word, synonyms: [] }],
    new Map([[word, word]]),
    lexicon,
    index,
    undefined,
    kind ? new Map([[word, kind]]) : new Map(),
    question,
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

describe('a word that opens a multi-word lemma with the next ("crack down")', () => {
  const expand = (question: string, word: string) => synonymsOf(word, undefined, question)

  test("is searched by the lemma's synonyms that end as it does, not by its own senses", () => {
    const synonyms = expand('Who wants the city to crack down on speeding?', 'crack')
    expect(synonyms).toContain('clamp')
    // "tighten up" ends otherwise; "limit" is a broad closest set; "break" is the first word's own sense
    expect(synonyms).not.toContain('tighten')
    expect(synonyms).not.toContain('limit')
    expect(synonyms).not.toContain('break')
  })

  test('the word they share may be inflected otherwise', () => {
    expect(expand('Does Iran have nuclear weapons?', 'nuclear')).toContain('atom')
  })

  test('the word alone keeps its own senses', () => {
    expect(expand('Who said the ice will crack in spring?', 'crack')).toContain('break')
  })
})

describe('a place the story writes otherwise', () => {
  test('is searched by its other names the story uses', () => {
    const written = { documentFrequency: (s: string) => (s === 'xorbia' ? 4 : 0), paragraphCount: 1000 }
    const synonyms =
      expandTerms([{ stem: 'zorbia', synonyms: [] }], new Map([['zorbia', 'Zorbia']]), lexicon, written)[0]?.synonyms ??
      []
    expect(synonyms).toEqual(['xorbia'])
  })

  test('is searched by the words of a name of several words when the story writes only that one', () => {
    const phraseOnly = {
      documentFrequency: (s: string) => (s === 'old' || s === 'zorbium' ? 4 : 0),
      paragraphCount: 1000,
    }
    const viaPhrase =
      expandTerms([{ stem: 'xorbia', synonyms: [] }], new Map([['xorbia', 'Xorbia']]), phraseLexicon, phraseOnly)[0]
        ?.synonyms ?? []
    expect(viaPhrase).toEqual(['old', 'zorbium'])
    // not when one of its words is never written
    const half = { documentFrequency: (s: string) => (s === 'old' ? 4 : 0), paragraphCount: 1000 }
    expect(
      expandTerms([{ stem: 'xorbia', synonyms: [] }], new Map([['xorbia', 'Xorbia']]), phraseLexicon, half)[0]
        ?.synonyms ?? [],
    ).toEqual([])
  })

  test('a place the story writes as asked is searched as written', () => {
    const synonyms =
      expandTerms([{ stem: 'zorbia', synonyms: [] }], new Map([['zorbia', 'Zorbia']]), lexicon, index)[0]?.synonyms ??
      []
    expect(synonyms).toEqual([])
  })
})

describe('an adjective in its degrees', () => {
  test('"frail" is also searched as "frailer" and "frailest", the forms the lexicon reads back to it', () => {
    expect(synonymsOf('frail')).toEqual(expect.arrayContaining(['frailer', 'frailest']))
  })

  test('a noun has no degrees', () => {
    expect(synonymsOf('fall', 'noun')).not.toContain('faller')
  })
})
