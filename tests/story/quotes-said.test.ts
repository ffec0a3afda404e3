import { describe, expect, test } from 'vitest'
import { extractQuotes } from '../../src/story/quotes/index.js'
import { article, dateIn } from '../fixtures/quotes/article.js'

describe('said: the date of the statement', () => {
  test.each([
    [
      'a date in the attribution',
      'Jane Doe told Al Jazeera on Saturday that the talks failed.',
      'on Saturday',
      '2026-02-07',
    ],
    [
      'a date after a trailing attribution',
      '“The talks failed,” Jane Doe wrote on Aug. 29 in an email.',
      'on Aug. 29',
      '2025-08-29',
    ],
    [
      'a date in a leading phrase',
      'In an Aug. 30 email, Jane Doe wrote that the talks failed.',
      'Aug. 30',
      '2025-08-30',
    ],
    [
      'a partial quotation',
      'Despite calling the talks “very good” on Friday, Donald Trump signed an order.',
      'on Friday',
      '2026-02-06',
    ],
  ])('%s', (_name, paragraph, expression, value) => {
    const dates = [dateIn([paragraph], 1, expression, value)]
    expect(extractQuotes(article([paragraph]), dates).map((q) => q.said)).toEqual([value])
  })

  test.each([
    ['a date inside the quoted words', '“We meet again on Friday,” Jane Doe said.', 'on Friday', '2026-02-06'],
    ['a date inside the reported clause', 'Jane Doe said the talks would resume next week.', 'next week', '2026-W08'],
    [
      'a date in a clause beyond the statement',
      'Jane Doe says talks will resume, while a new round is planned for next week.',
      'next week',
      '2026-W08',
    ],
  ])('is not %s', (_name, paragraph, expression, value) => {
    const dates = [dateIn([paragraph], 1, expression, value)]
    expect(extractQuotes(article([paragraph]), dates).map((q) => q.said)).toEqual([null])
  })

  test('without date mentions, said is null', () => {
    expect(
      extractQuotes(article(['Jane Doe told Al Jazeera on Saturday that the talks failed.']), [])[0]?.said,
    ).toBeNull()
  })

  test('dates of another article or paragraph are ignored', () => {
    const paragraphs = ['Jane Doe told Al Jazeera on Saturday that the talks failed.']
    const other = { ...dateIn(paragraphs, 1, 'on Saturday', '2026-02-07'), article: 'other' }
    expect(extractQuotes(article(paragraphs), [other])[0]?.said).toBeNull()
  })
})
