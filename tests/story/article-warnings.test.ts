import { describe, expect, test } from 'vitest'
import { articleWarnings } from '../../src/story/article-warnings.js'
import { parseArticle } from '../../src/story/parse-article.js'
import type { Article } from '../../src/story/types.js'

const article = (id: string, published: string): Article => {
  const r = parseArticle(id, `corpus/${id}.md`, `---\ntitle: T\nsource: S\npublished: ${published}\n---\nBody.\n`, {
    timezone: 'UTC',
  })
  if (!r.ok) throw new Error(r.reason)
  return r.article
}
const now = new Date('2026-02-10T12:00:00Z')

describe('articleWarnings', () => {
  test('an ordinary article: none', () => {
    expect(articleWarnings(article('2026-02-07-wire-talks', '2026-02-07'), now)).toEqual([])
    expect(articleWarnings(article('wire-talks', '2026-02-07T09:30:00+03:00'), now)).toEqual([])
  })

  test('published far in the future (a typo for the year, say)', () => {
    expect(articleWarnings(article('wire-talks', '2027-02-07'), now)).toEqual([
      '"published" is 2027-02-07, 362 days in the future: check the date (it dates every "on Saturday" in the article)',
    ])
  })

  test('tomorrow is not the future yet (time zones, embargoes)', () => {
    expect(articleWarnings(article('wire-talks', '2026-02-11'), now)).toEqual([])
  })

  test('a file name whose date disagrees with "published"', () => {
    expect(articleWarnings(article('2026-02-08-wire-talks', '2026-02-07'), now)).toEqual([
      'the file name says 2026-02-08 but "published" says 2026-02-07: one of them is wrong (dates come from "published")',
    ])
  })
})
