import { describe, expect, test } from 'vitest'
import { extractQuotes } from '../../src/story/quotes/index.js'
import { article } from '../fixtures/quotes/article.js'

const speakersOf = (...paragraphs: string[]) =>
  extractQuotes(article(paragraphs), []).map((q) => [q.text, q.speaker] as const)

describe('a quoted title after its owner', () => {
  test('an apposition holding a show’s title still leads to the verb', () => {
    expect(
      speakersOf(
        'Joe Smith, host of NBC’s “Evening Talk,” suggested the mayor’s refusal to resign could cost him the race.',
      ),
    ).toEqual([['the mayor’s refusal to resign could cost him the race', 'Joe Smith']])
  })

  test('straight marks and a title of several words', () => {
    expect(speakersOf('Ann Lee, a guest on CBS\'s "Face the Nation," said the deal would hold.')).toEqual([
      ['the deal would hold', 'Ann Lee'],
    ])
  })

  test('a short quotation after a possessive that is a phrase, not a title, stays a quotation', () => {
    expect(speakersOf('Trump called it Clinton’s “total disaster,” he said.').map(([t]) => t)).toContain(
      'total disaster',
    )
  })
})
