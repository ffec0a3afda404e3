import { describe, expect, test } from 'vitest'
import { parseArticle, parsePublished, splitParagraphs } from '../../src/story/parse-article.js'

const file = (front: string, body = 'First paragraph.\n\nSecond one.') => `---\n${front}\n---\n${body}\n`
const parse = (raw: string) => parseArticle('id', 'corpus/id.md', raw, { timezone: 'UTC' })

describe('parseArticle', () => {
  test('reads front matter and numbered paragraphs', () => {
    const r = parse(
      file('title: "A title"\nsource: Wire\npublished: 2026-02-07\nurl: https://example.org/a\nextra: kept'),
    )
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.article).toMatchObject({
      id: 'id',
      title: 'A title',
      source: 'Wire',
      published: '2026-02-07',
      localDate: '2026-02-07',
      dateOnly: true,
      url: 'https://example.org/a',
      byline: null,
    })
    expect(r.article.paragraphs.map((p) => [p.n, p.text])).toEqual([
      [1, 'First paragraph.'],
      [2, 'Second one.'],
    ])
  })

  test.each([
    ['no front matter', 'Just text.\n', /no front matter/],
    ['missing title', file('source: Wire\npublished: 2026-02-07'), /missing "title"/],
    ['missing source', file('title: T\npublished: 2026-02-07'), /missing "source"/],
    ['empty title', file('title: ""\nsource: Wire\npublished: 2026-02-07'), /"title" is empty/],
    ['missing date', file('title: T\nsource: Wire'), /missing "published"/],
    ['bad date', file('title: T\nsource: Wire\npublished: 7 Feb 2026'), /ISO 8601/],
    ['impossible date', file('title: T\nsource: Wire\npublished: 2026-02-30'), /not a real date/],
    ['empty body', file('title: T\nsource: Wire\npublished: 2026-02-07', '\n\n'), /no paragraphs/],
    ['invalid YAML', file('title: [unclosed\nsource: Wire\npublished: 2026-02-07'), /not valid YAML/],
    ['a list, not keys', file('- a\n- b'), /key: value/],
  ])('%s is reported with the reason', (_name, raw, reason) => {
    const r = parse(raw)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.reason).toMatch(reason)
  })
})

describe('splitParagraphs', () => {
  test('subheadings are not paragraphs and are not counted; line breaks are spaces', () => {
    const ps = splitParagraphs('One\nline two.\n\n## A heading\nUnder it.\n\n\nLast.')
    expect(ps).toEqual([
      { n: 1, text: 'One line two.', heading: null },
      { n: 2, text: 'Under it.', heading: 'A heading' },
      { n: 3, text: 'Last.', heading: 'A heading' },
    ])
  })
})

describe('parsePublished', () => {
  test.each([
    ['2026-02-07', 'UTC', '2026-02-07T00:00:00.000Z', '2026-02-07'],
    ['2026-02-07', 'Asia/Qatar', '2026-02-06T21:00:00.000Z', '2026-02-07'],
    ['2026-02-07T09:30:00+03:00', 'UTC', '2026-02-07T06:30:00.000Z', '2026-02-07'],
    ['2018-12-15T01:01:36Z', 'America/Toronto', '2018-12-15T01:01:36.000Z', '2018-12-15'],
  ])('%s in %s', (value, zone, instant, localDate) => {
    const r = parsePublished(value, zone)
    expect(typeof r).toBe('object')
    if (typeof r === 'string') return
    expect(r.at.toISOString()).toBe(instant)
    expect(r.localDate).toBe(localDate)
  })
})
