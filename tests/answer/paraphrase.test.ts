import { describe, expect, test } from 'vitest'
import { CREDIT, paraphraseMatches, RELATED } from '../../src/answer/paraphrase.js'
import { understand } from '../../src/answer/understand.js'
import { Engine } from '../../src/engine.js'
import type { Relatedness } from '../../src/search/lexicon.js'
import { tokenSpans } from '../../src/search/text-terms.js'
import { article, story } from '../helpers/story.js'

// Made-up relatedness: word numbers above the commonest words, and the cosines of a few pairs.
const WORDS = ['pledged', 'promised', 'budget', 'spending', 'cuts', 'mayor', 'council', 'vowed']
const COSINE: Record<string, number> = {
  'pledged promised': 0.8,
  'promised vowed': 0.7,
  'budget spending': RELATED - 0.1,
  'council mayor': 0.9,
}
const related: Relatedness = {
  id: (word) => {
    const i = WORDS.indexOf(word)
    return i < 0 ? undefined : 1000 + i
  },
  cosine: (i, j) => {
    const [a, b] = [WORDS[i - 1000] ?? '', WORDS[j - 1000] ?? ''].sort()
    return i === j ? 1 : (COSINE[`${a} ${b}`] ?? 0)
  },
}

const text = 'Mayor Lena Cho pledged budget cuts on Friday, and the council vowed to back her.'
const engine = new Engine(story([article('city', [text])], [], [], []))
const words = tokenSpans(text)

function matches(question: string, vectors: Relatedness | null = related) {
  const u = understand(engine.answerContext, question)
  const terms = u.terms.map((t) => ({ stem: t.stem, weight: 2 }))
  const found = words
    .filter((w) => u.terms.some((t) => t.stem === w.token.toLowerCase()))
    .map((w) => ({ start: w.start, end: w.end, term: w.token.toLowerCase() }))
  return paraphraseMatches(u, vectors, terms, text, words, found).map((m) => ({
    term: m.term,
    word: text.slice(m.start, m.end),
    weight: m.weight,
  }))
}

describe('paraphrase by word vectors (measured, not adopted: see the README)', () => {
  test('a word the paragraph lacks matches its related words there, at a part of its weight', () => {
    expect(matches('What did the mayor say she promised?')).toEqual([
      { term: 'promis', word: 'pledged', weight: 2 * CREDIT },
      { term: 'promis', word: 'vowed', weight: 2 * CREDIT },
    ])
  })

  test('a word less related than the threshold does not match', () => {
    expect(matches('What spending did the mayor announce?')).toEqual([])
  })

  test('a word the paragraph has as written is not matched again, nor used for another word', () => {
    // "council" is in the paragraph; "mayor" is too, so neither needs nor lends a paraphrase
    expect(matches('What did the council say about the mayor?')).toEqual([])
  })

  test('without vectors nothing is matched', () => {
    expect(matches('What did the mayor say she promised?', null)).toEqual([])
  })
})
