import { describe, expect, test } from 'vitest'
import { extractQuotes } from '../../src/story/quotes/index.js'
import { kinPossessor } from '../../src/story/quotes/kin-names.js'
import { article } from '../fixtures/quotes/article.js'

const speakersOf = (...paragraphs: string[]) =>
  extractQuotes(article(paragraphs), []).map((q) => [q.text, q.speaker] as const)

describe('a relative named by the given name alone', () => {
  test('"his wife, Jane" takes the surname of the man "his" means', () => {
    expect(
      speakersOf(
        'Bill Smith said the plan would fail. But his wife, Jane, offered a preview.',
        '“He will keep going,” she said.',
      ),
    ).toEqual([
      ['the plan would fail', 'Bill Smith'],
      ['He will keep going', 'Jane Smith'],
    ])
  })

  test('a possessive surname before the family noun', () => {
    expect(speakersOf('Smith’s wife, Jane, said he will keep going.')).toEqual([['he will keep going', 'Jane Smith']])
  })

  test('a relative the article names with another surname keeps it', () => {
    const got = speakersOf(
      'Tom Weiler said the plan would fail. But his wife, Huma, offered a preview.',
      '“He will keep going,” she said. Huma Abedin works for the campaign.',
    )
    expect(got[1]?.[1]).not.toBe('Huma Weiler')
  })

  test('the possessor of a family role', () => {
    expect(kinPossessor('his late wife')).toBe('his')
    expect(kinPossessor('Bernie Sanders’s wife')).toBe('Sanders')
    expect(kinPossessor('Sanders’ son')).toBe('Sanders')
    expect(kinPossessor('his campaign manager')).toBeNull()
    expect(kinPossessor('the wife')).toBeNull()
  })
})
