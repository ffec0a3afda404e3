import { describe, expect, test } from 'vitest'
import { parseQuestion } from '../../src/search/parse-question.js'
import { buildIndex } from '../../src/search/story-index.js'
import { article } from '../helpers/story.js'

const a = article('a', [
  'Tehran insists its missile programme is a matter of national defence.',
  'Negotiations with Washington resumed in Muscat after a pause of a year.',
  'Authorities acknowledged 3,117 deaths during the protests.',
  'The weather was mild and the markets were calm.',
  'Abbas Araghchi said a deal was possible.',
])
const index = buildIndex([a], [])
const top = (question: string) => {
  const hit = index.query(parseQuestion(question, []).terms)[0]
  return hit ? hit.paragraph : null
}

describe('recall for newsroom questions', () => {
  test.each([
    ['American spelling finds British', 'What about the missile program and defense?', 1],
    ['plural and inflection: died / deaths', 'How many people died?', 3],
    ['synonym: talks / negotiations, US / Washington', 'When did the US talks restart?', 2],
    ['synonym: Oman / Muscat', 'Were the talks held in Oman?', 2],
    ['typo in a name', 'What did Araghchy say?', 5],
    ['typo in a word', 'How many deaths did the authoritties acknowledge?', 3],
  ])('%s', (_what, question, paragraph) => expect(top(question)).toBe(paragraph))

  test('a word the story never uses finds nothing', () => {
    expect(top('bitcoin?')).toBeNull()
  })
})

describe('updates', () => {
  test('an article can be replaced and removed', () => {
    const idx = buildIndex([a], [])
    const terms = parseQuestion('bitcoin price', []).terms
    expect(idx.query(terms)).toEqual([])
    idx.setArticle(article('a', ['The bitcoin price fell.']), [])
    expect(idx.query(terms).map((h) => h.id)).toEqual(['a#1'])
    expect(idx.documentFrequency('bitcoin')).toBe(1)
    expect(idx.documentFrequency('missil')).toBe(0)
    idx.removeArticle('a')
    expect(idx.query(terms)).toEqual([])
    expect(idx.paragraphCount).toBe(0)
  })
})

describe('paragraphsWith', () => {
  test('lists every paragraph holding a term, in the text or among its speakers, and none once removed', () => {
    const idx = buildIndex(
      [a, article('b', ['Araghchi arrived in Muscat.', 'A deal was possible, he said.'])],
      [
        {
          article: 'b',
          paragraph: 2,
          text: 'A deal was possible',
          kind: 'direct',
          said: null,
          source: 'Test',
          published: '2026-02-07',
          start: 0,
          end: 19,
          speaker: 'Abbas Araghchi',
          role: null,
        },
      ],
    )
    expect([...idx.paragraphsWith('araghchi')].sort()).toEqual(['a#5', 'b#1', 'b#2'])
    expect(idx.paragraphsWith('bitcoin').size).toBe(0)
    idx.removeArticle('b')
    expect([...idx.paragraphsWith('araghchi')]).toEqual(['a#5'])
  })
})
