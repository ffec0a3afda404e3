import { describe, expect, test } from 'vitest'
import { composeDigest } from '../../src/digest/compose.js'
import { renderDigestBlocks } from '../../src/render/digest-blocks.js'
import { LIMITS, safeUrl } from '../../src/render/mrkdwn.js'
import { article, mention, multiDayStory, quote, story } from '../fixtures/digest/story.js'

type AnyBlock = Record<string, unknown> & { type: string }
const texts = (blocks: unknown[]): string[] =>
  (blocks as AnyBlock[]).flatMap((b) => {
    const own = (b.text as { text?: string } | undefined)?.text
    const elements = ((b.elements as { text?: string }[] | undefined) ?? []).map((e) => e.text ?? '')
    return [...(own ? [own] : []), ...elements]
  })

function withinLimits(message: { text: string; blocks: unknown[] }) {
  expect(message.blocks.length).toBeLessThanOrEqual(LIMITS.blocksPerMessage)
  expect(message.text.length).toBeLessThanOrEqual(LIMITS.fallbackText)
  for (const b of message.blocks as AnyBlock[]) {
    const text = (b.text as { text?: string } | undefined)?.text ?? ''
    if (b.type === 'section') expect(text.length).toBeLessThanOrEqual(LIMITS.sectionText)
    if (b.type === 'header') expect(text.length).toBeLessThanOrEqual(LIMITS.headerText)
    if (b.type === 'context') expect((b.elements as unknown[]).length).toBeLessThanOrEqual(LIMITS.contextElements)
  }
}

describe('renderDigestBlocks', () => {
  test('a day: heading, articles with links, statements by speaker with credits, timeline', () => {
    const message = renderDigestBlocks(composeDigest(multiDayStory(), '2026-02-07', 'UTC'))
    withinLimits(message)
    const all = texts(message.blocks).join('\n')
    expect(all).toContain('Iran–US talks · Saturday 7 February 2026')
    expect(all).toContain('<https://gulfnewsweek.com/red-lines|*Headline of gulfnews-7*> — Gulf News Week, 05:30')
    expect(all).toContain('*Abbas Araghchi* — Iran’s foreign minister')
    expect(all).toContain(
      '<https://gulfnewsweek.com/red-lines|Gulf News Week ¶3, ¶1> · also <https://news.example/aljazeera-7|Al Jazeera ¶1>',
    )
    expect(all).toContain('*Timeline: events dated by this coverage*')
    expect(message.text.startsWith('Iran–US talks — digest for Saturday 7 February 2026 (UTC)')).toBe(true)
  })

  test('an empty day is one line', () => {
    const message = renderDigestBlocks(composeDigest(multiDayStory(), '2026-02-10', 'UTC'))
    expect(message.blocks).toHaveLength(3)
    expect(texts(message.blocks)[2]).toBe('No new coverage of the Iran–US talks on Tuesday 10 February 2026 (UTC).')
  })

  test.each([
    ['many long statements (message size)', 300, 150, 60, 16],
    ['many speakers (block count)', 120, 3, 120, LIMITS.blocksPerMessage],
  ])('a huge day stays within Slack limits and says what was cut: %s', (_name, count, length, speakers, blocks) => {
    const paragraphs = Array.from(
      { length: count },
      (_, i) => `Speaker ${i} said: “${'word '.repeat(length)}number ${i}”`,
    )
    const a = article({ id: 'big', source: 'Wire', published: '2026-02-07', paragraphs })
    const quotes = paragraphs.map((p, i) =>
      quote(a, i + 1, p.slice(p.indexOf('“') + 1, -1), `Speaker ${i % speakers}`, { role: 'x'.repeat(400) }),
    )
    const message = renderDigestBlocks(composeDigest(story([a], quotes), '2026-02-07', 'UTC'))
    withinLimits(message)
    expect(message.blocks).toHaveLength(blocks)
    expect(JSON.stringify(message.blocks).length).toBeLessThan(40_000)
    expect(texts(message.blocks).at(-1)).toMatch(
      /more sections? did not fit .*iran-talks digest --date 2026-02-07 --tz UTC/,
    )
  })

  test('everything from the corpus is escaped; links cannot be faked', () => {
    const a = article({
      id: 'evil',
      source: 'Evil <!channel> & co',
      published: '2026-02-07',
      title: '<http://evil.example|reuters.com> <@U123>',
      url: 'https://evil.example/a|b><!here>',
      paragraphs: ['He said “<!everyone> come & see <http://x|y>” on Friday.'],
    })
    const s = story(
      [a],
      [quote(a, 1, '<!everyone> come & see <http://x|y>', '<@U999> Boss')],
      [mention(a, 1, 'on Friday', '2026-02-06')],
    )
    const message = renderDigestBlocks(composeDigest(s, '2026-02-07', 'UTC'))
    const all = [message.text, ...texts(message.blocks)].join('\n')
    for (const raw of ['<!channel>', '<!everyone>', '<!here>', '<@U123>', '<@U999>', '<http://x|y>', '|reuters.com>'])
      expect(all).not.toContain(raw)
    expect(all).toContain('&lt;!everyone&gt; come &amp; see')
    expect(all).toContain('<https://evil.example/a%7Cb%3E%3C!here%3E|')
  })

  test.each([
    ['https://ok.example/x?y=1', 'https://ok.example/x?y=1'],
    ['javascript:alert(1)', null],
    ['not a url', null],
    [null, null],
  ])('safeUrl(%s)', (url, expected) => {
    expect(safeUrl(url)).toBe(expected)
  })

  test('a note (the preview’s) goes under the heading', () => {
    const message = renderDigestBlocks(composeDigest(multiDayStory(), '2026-02-07', 'UTC'), { note: 'Preview' })
    expect((message.blocks[1] as AnyBlock).type).toBe('context')
    expect(texts([message.blocks[1]])).toContain('Preview')
  })
})
