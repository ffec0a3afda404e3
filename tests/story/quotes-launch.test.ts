import { beforeAll, describe, expect, test } from 'vitest'
import { loadCorpus } from '../../src/story/load-corpus.js'
import { canonicalizeSpeakers, extractQuotes } from '../../src/story/quotes/index.js'
import type { Quote } from '../../src/story/types.js'

/** The two launch articles: every direct quotation found, with the right speaker. */
let quotes: Quote[] = []
beforeAll(async () => {
  const corpus = await loadCorpus('corpus', { timezone: 'Asia/Dubai' })
  quotes = canonicalizeSpeakers(corpus.articles.flatMap((a) => extractQuotes(a, []))).quotes
})

const speakerOf = (words: string) => {
  const found = quotes.filter((q) => q.kind === 'direct' && q.text.includes(words))
  expect(found.length, `a direct quotation with "${words}"`).toBeGreaterThan(0)
  return [...new Set(found.map((q) => q.speaker))]
}

describe('launch articles', () => {
  test.each([
    ['never negotiable', 'Abbas Araghchi'],
    ['an opportunity arose', 'Abbas Araghchi'],
    ['a good start', 'Abbas Araghchi'],
    ['there is a long way to go', 'Abbas Araghchi'],
    ['inalienable right and must continue', 'Abbas Araghchi'],
    ['We are ready', 'Abbas Araghchi'],
    ['defence issue', 'Abbas Araghchi'],
    ['Our missile program', 'Abbas Araghchi'],
    ['very positive', 'Abbas Araghchi'],
    ['very good', 'Donald Trump'],
    ['There is a strong position', 'Abdullah al-Shayji'],
    ['The Iranians are vehemently opposed', 'Abdullah al-Shayji'],
    ['In my opinion', 'an anonymous woman'],
  ])('“%s” is %s', (words, speaker) => {
    expect(speakerOf(words)).toEqual([speaker])
  })

  test('the order quoted is not put in the mouth of anyone but its signer', () => {
    expect(speakerOf('imposition of tariffs')).toEqual(['Donald Trump'])
  })

  test('roles come from the titles and appositions of the coverage', () => {
    const roleOf = (name: string) => quotes.find((q) => q.speaker === name)?.role
    expect(roleOf('Abbas Araghchi')).toBe('Iranian Foreign Minister')
    expect(roleOf('Abdullah al-Shayji')).toBe('US foreign policy expert at Kuwait University')
  })

  test('the subheading with a quotation mark is not a statement', () => {
    expect(quotes.some((q) => q.text.includes('Inalienable right’'))).toBe(false)
  })
})
