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
  const hit = index.query(parseQuestion(question).terms)[0]
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
    const terms = parseQuestion('bitcoin price').terms
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

describe('pruned queries over held postings', () => {
  // enough paragraphs for common words to be searched in two passes, with their postings held as typed arrays
  const WORDS = ['talks', 'minister', 'missile', 'sanctions', 'Muscat', 'envoy', 'uranium', 'ceasefire', 'border']
  // a corrected article (salt 1) leads with the words searched for most, so its paragraphs rank first
  const paragraph = (i: number, salt = 0) =>
    (salt ? 'talks talks talks minister minister uranium uranium ' : '') +
    Array.from({ length: 6 + ((i + salt) % 5) }, (_, k) => WORDS[(i * 7 + k * (k + 3) + salt) % WORDS.length]).join(
      ' ',
    ) +
    '.'
  const articleOf = (n: number, salt = 0) =>
    article(
      `x${String(n).padStart(3, '0')}`,
      Array.from({ length: 10 }, (_, i) => paragraph(n * 10 + i, salt)),
    )
  const speakerQuote = (id: string, paragraphNo: number, speaker: string) => ({
    article: id,
    paragraph: paragraphNo,
    text: 'talks',
    kind: 'direct' as const,
    said: null,
    source: 'Test',
    published: '2026-02-07',
    start: 0,
    end: 5,
    speaker,
    role: null,
  })
  const QUERIES = [
    'talks minister',
    'missile sanctions envoy',
    'uranium',
    'ceasefire border Muscat talks',
    'Haddad talks',
    // typos: a word the story never uses is matched fuzzily, and weighed as MiniSearch weighs it
    'uraniun border',
    'Muscatt talks envoy',
  ]
  /** The same first 30 hits as an exhaustive search, up to the order of equal scores (identical paragraphs). */
  const expectSameAsExhaustive = (idx: ReturnType<typeof buildIndex>) => {
    for (const q of QUERIES) {
      const { terms } = parseQuestion(q)
      const pruned = idx.query(terms).slice(0, 30)
      const full = idx.query(terms, undefined, undefined, { exhaustive: true }).slice(0, 30)
      const scores = (hits: { score: number }[]) => hits.map((h) => h.score.toFixed(9))
      expect(scores(pruned), q).toEqual(scores(full))
      const last = full.at(-1)?.score ?? 0
      const above = (hits: { id: string; score: number }[]) =>
        hits
          .filter((h) => h.score > last + 1e-9)
          .map((h) => h.id)
          .sort()
      expect(above(pruned), q).toEqual(above(full))
    }
  }

  // (MiniSearch counts discarded paragraphs in a term's frequency until it vacuums, as the engine does after updates)
  test('agree with an exhaustive search, before and after articles are changed, removed and re-spoken', async () => {
    const articles = Array.from({ length: 300 }, (_, n) => articleOf(n))
    const idx = buildIndex(articles, [speakerQuote('x001', 1, 'Leila Haddad')])
    expectSameAsExhaustive(idx)
    for (let n = 0; n < 300; n += 37) idx.setArticle(articleOf(n, 1), [])
    for (let n = 5; n < 300; n += 41) idx.removeArticle(`x${String(n).padStart(3, '0')}`)
    const x002 = articles[2]
    if (x002) idx.updateSpeakers(x002, [speakerQuote('x002', 3, 'Leila Haddad')])
    await idx.search.vacuum()
    expectSameAsExhaustive(idx)
    const top = idx.query(parseQuestion('talks minister uranium').terms)[0]
    expect(top?.id).toMatch(/^x(?:000|037|074|111|148|185|222|259)#/)
    expect([...idx.paragraphsWith('haddad')].sort()).toEqual(['x001#1', 'x002#3'])
  })
})
