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

describe('what is refused, with a reason', () => {
  const front = 'title: T\nsource: Wire\npublished: 2026-02-07'

  test('a body of binary junk (NUL bytes, or control characters and invalid UTF-8)', () => {
    const junk = Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7919 + 13) % 256)).toString('utf8')
    const r = parse(file(front, `A first paragraph.\n\n${junk}`))
    expect(r.ok === false && r.reason).toMatch(/not text|binary data/)
    const controls = parse(file(front, `Text.\n\n${'\u0001\u0002\u001b\u0007'.repeat(20)}`))
    expect(controls.ok === false && controls.reason).toMatch(/it is not text \(80 control characters/)
  })

  test('a stray control character in real text is not refused', () => {
    expect(parse(file(front, 'One paragraph\u000b with a vertical tab.\n\nAnd \f a form feed.')).ok).toBe(true)
  })

  test('a paragraph over 20,000 characters, naming it', () => {
    const r = parse(file(front, `Short.\n\n${'word '.repeat(5000)}`))
    expect(r.ok === false && r.reason).toBe(
      'paragraph 2 is 24,999 characters long; a paragraph may have at most 20,000 (paragraphs are separated by a blank line)',
    )
    expect(parse(file(front, 'word '.repeat(3900))).ok).toBe(true)
  })

  test('an article over 500,000 characters, before anything else is read', () => {
    const r = parse(file(front, 'A paragraph of a long article.\n\n'.repeat(20_000)))
    expect(r.ok === false && r.reason).toMatch(
      /^it is 64\d,\d{3} characters long; one article may have at most 500,000/,
    )
  })

  test('a YAML error shows the offending line of the file, not just "at line 3, column 1:"', () => {
    const r = parse(file('title: "unclosed\nsource: Wire\npublished: 2026-02-07'))
    expect(r.ok === false && r.reason).toMatch(/^front matter is not valid YAML at line \d, column \d+: .+: "/)
    const bracket = parse(file('title: T\nsource: [Wire\npublished: 2026-02-07'))
    expect(bracket.ok === false && bracket.reason).toContain('"source: [Wire"')
    expect(bracket.ok === false && bracket.reason).not.toMatch(/:\s*$/)
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
