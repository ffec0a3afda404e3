/** Escaping, cutting and links: the one place outside text is made safe for Slack. */
import { describe, expect, test } from 'vitest'
import {
  escapeText,
  excerpt,
  LIMITS,
  link,
  mentionUser,
  safeEnd,
  safeStart,
  safeText,
  safeUrl,
  truncate,
} from '../../src/render/mrkdwn.js'

describe('escapeText', () => {
  test.each([
    ['<!channel>', '&lt;!channel&gt;'],
    ['<!here|here>', '&lt;!here|here&gt;'],
    ['<@U123>', '&lt;@U123&gt;'],
    ['<http://evil|reuters.com>', '&lt;http://evil|reuters.com&gt;'],
    ['Q&A', 'Q&amp;A'],
    ['&amp;', '&amp;amp;'],
    ['a > b < c', 'a &gt; b &lt; c'],
    ['*bold* _it_ “quotes”', '*bold* _it_ “quotes”'],
    ['', ''],
    ['NUL\u0000 and ESC\u001b[31m gone', 'NUL and ESC[31m gone'],
    ['right-to-left \u202eoverride\u202c and \u2066isolate\u2069', 'right-to-left override and isolate'],
    ['lines\nand\ttabs stay', 'lines\nand\ttabs stay'],
  ])('%j → %j', (text, escaped) => {
    expect(escapeText(text)).toBe(escaped)
  })
})

describe('truncate', () => {
  test.each([
    ['short', 10, 'short'],
    ['exactly ten', 11, 'exactly ten'],
    ['the quick brown fox jumps over', 20, 'the quick brown fox…'],
    ['abcdefghijklmnopqrstuvwxyz', 10, 'abcdefghi…'],
    ['Q &amp; A and more words', 8, 'Q &amp;…'],
    ['Q &amp; A and more words', 7, 'Q…'],
    ['Q &amp;&amp;&amp; A', 9, 'Q &amp;…'],
    ['see <https://x.com/a|the story> now', 20, 'see…'],
    ['ping <@U123456> please', 12, 'ping…'],
    ['emoji 😀😀😀', 9, 'emoji 😀…'],
    ['emoji😀', 7, 'emoji😀'],
    ['emoji😀x', 7, 'emoji…'],
  ])('truncate(%j, %i) → %j', (text, max, cut) => {
    const out = truncate(text, max)
    expect(out).toBe(cut)
    expect(out.length).toBeLessThanOrEqual(max)
  })

  test.each([100, 2999, 3000, 3001])(
    'a 10,000-character text fits in %i characters, ending with an ellipsis',
    (max) => {
      const text = escapeText('Tehran & Washington <talks> resume; '.repeat(300))
      const out = truncate(text, max)
      expect(out.length).toBeLessThanOrEqual(max)
      expect(out.endsWith('…')).toBe(true)
      expect(out).not.toMatch(/&(?!amp;|lt;|gt;)/)
    },
  )

  test('never splits an entity, whatever the length', () => {
    const text = escapeText('&<>'.repeat(100))
    for (let max = 1; max < 60; max++) expect(truncate(text, max)).toMatch(/^(&amp;|&lt;|&gt;)*…?$/)
  })
})

describe('safeEnd and safeStart', () => {
  test.each([
    ['a &amp; b', 4, 2],
    ['a &amp; b', 7, 7],
    ['x <https://a.b|c d> y', 10, 2],
    ['x <https://a.b|c d> y', 19, 19],
    ['😀x', 1, 0],
  ])('safeEnd(%j, %i) → %i', (text, i, at) => {
    expect(safeEnd(text, i)).toBe(at)
  })

  test.each([
    ['a &amp; b', 4, 7],
    ['a &amp; b', 2, 2],
    ['x <https://a.b|c d> y', 10, 19],
    ['😀x', 1, 2],
  ])('safeStart(%j, %i) → %i', (text, i, at) => {
    expect(safeStart(text, i)).toBe(at)
  })
})

describe('excerpt', () => {
  const text = `${'alpha beta gamma '.repeat(40)}THE ANSWER IS HERE${' delta epsilon zeta'.repeat(40)}`
  const at = text.indexOf('THE ANSWER')

  test.each([60, 100, 400])('keeps the answer in a %i-character window cut at words', (max) => {
    const out = excerpt(text, at, at + 'THE ANSWER IS HERE'.length, max)
    expect(out.length).toBeLessThanOrEqual(max)
    expect(out).toContain('THE ANSWER IS HERE')
    expect(out.startsWith('…')).toBe(true)
    expect(out.endsWith('…')).toBe(true)
    expect(out).toMatch(/^…(alpha|beta|gamma|THE) /) // whole words after the ellipsis
    expect(out).toMatch(/ (delta|epsilon|zeta|HERE)…$/) // and before it
  })

  test('returns the text when it fits', () => {
    expect(excerpt('short text', 0, 5, 100)).toBe('short text')
  })

  test('an answer longer than the window is cut from its start', () => {
    const out = excerpt(text, at, text.length, 50)
    expect(out.startsWith('…THE ANSWER')).toBe(true)
    expect(out.length).toBeLessThanOrEqual(50)
  })

  test('does not split entities at either end', () => {
    const escaped = escapeText(`${'<&>'.repeat(50)}ANSWER${'<&>'.repeat(50)}`)
    const i = escaped.indexOf('ANSWER')
    const out = excerpt(escaped, i, i + 6, 40)
    expect(out).toContain('ANSWER')
    expect(out.slice(1, -1)).toMatch(/^(&amp;|&lt;|&gt;)*ANSWER(&amp;|&lt;|&gt;)*$/)
  })
})

describe('links', () => {
  test.each([
    ['https://example.com/a', 'https://example.com/a'],
    ['https://example.com/a|b', 'https://example.com/a%7Cb'],
    ['https://example.com/a>b<c', 'https://example.com/a%3Eb%3Cc'],
    ['https://example.com/?a=1&b=2', 'https://example.com/?a=1&amp;b=2'],
    ['https://example.com/a b', 'https://example.com/a%20b'],
    ['http://example.com', 'http://example.com/'],
    ['javascript:alert(1)', null],
    ['mailto:a@b.c', null],
    ['not a url', null],
    ['', null],
    [null, null],
  ])('safeUrl(%j) → %j', (url, safe) => {
    expect(safeUrl(url)).toBe(safe)
  })

  test.each([
    ['https://example.com/x', 'Iran & US <talks>', '<https://example.com/x|Iran &amp; US &lt;talks&gt;>'],
    ['https://evil.example/|reuters.com', 'Reuters', '<https://evil.example/%7Creuters.com|Reuters>'],
    [null, '<!channel>', '&lt;!channel&gt;'],
    ['javascript:alert(1)', 'click', 'click'],
  ])('link(%j, %j) → %j', (url, label, out) => {
    expect(link(url, label)).toBe(out)
  })

  test.each([
    ['U0REPORTER', '<@U0REPORTER>'],
    ['W123ABC', '<@W123ABC>'],
    ['!channel', '!channel'],
    ['U1>|<!here', 'U1&gt;|&lt;!here'],
  ])('mentionUser(%j) → %j', (id, out) => {
    expect(mentionUser(id)).toBe(out)
  })
})

test('safeText escapes then cuts', () => {
  expect(safeText('<!channel> '.repeat(10), 30)).toBe('&lt;!channel&gt; &lt;!channel…')
  expect(safeText('<!channel> '.repeat(10), 34)).toBe('&lt;!channel&gt; &lt;!channel&gt;…')
  expect(LIMITS.sectionText).toBe(3000)
})
