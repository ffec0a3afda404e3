/** The Block Kit views: what they show, in what order, and that none can exceed Slack's limits. */
import { describe, expect, test } from 'vitest'
import type { Answer, Citation, SourceEntry, TimelineEntry, WhoEntry } from '../../src/answer/types.js'
import { answerBlocks } from '../../src/render/answer-blocks.js'
import {
  type BlockMessage,
  clampBlocks,
  formatDate,
  type KnownBlock,
  packLines,
  pageFooter,
  paginate,
  section,
} from '../../src/render/common-blocks.js'
import { errorBlocks, noticeBlocks } from '../../src/render/error-blocks.js'
import { helpBlocks } from '../../src/render/help-blocks.js'
import { LIMITS } from '../../src/render/mrkdwn.js'
import { sourcesBlocks } from '../../src/render/sources-blocks.js'
import { timelineBlocks } from '../../src/render/timeline-blocks.js'
import { whoListBlocks, whoNamedBlocks } from '../../src/render/who-blocks.js'
import type { Quote } from '../../src/story/types.js'

const C = '/iran-talks'

const cite = (over: Partial<Citation> = {}): Citation => ({
  article: 'a1',
  paragraph: 2,
  text: 'Araghchi told Al Jazeera on Saturday that Iran’s missile programme was “never negotiable” in Friday’s talks.',
  source: 'Al Jazeera',
  title: "'Non-negotiable': Iran says missiles off the table in talks with the US",
  published: '2026-02-07',
  url: null,
  ...over,
})

const answer = (over: Partial<Answer> = {}): Answer => ({
  question: 'What did Araghchi tell Al Jazeera?',
  answer: {
    text: 'Araghchi told Al Jazeera on Saturday that Iran’s missile programme was “never negotiable” in Friday’s talks.',
    speaker: 'Abbas Araghchi',
    role: 'Iranian Foreign Minister',
    date: '2026-02-07',
    dateBasis: 'stated',
  },
  citations: [cite()],
  ...over,
})

const texts = (m: BlockMessage): string[] =>
  m.blocks.flatMap((b) => {
    if (b.type === 'section') return [b.text?.text ?? '']
    if (b.type === 'context') return b.elements.map((e) => ('text' in e && typeof e.text === 'string' ? e.text : ''))
    return []
  })

function expectWithinLimits(m: BlockMessage): void {
  expect(m.blocks.length).toBeLessThanOrEqual(LIMITS.blocksPerMessage)
  expect(m.text.length).toBeLessThanOrEqual(LIMITS.fallbackText)
  expect(m.text.length).toBeGreaterThan(0)
  for (const b of m.blocks) {
    if (b.type === 'section') expect(b.text?.text.length ?? 0).toBeLessThanOrEqual(LIMITS.sectionText)
    if (b.type === 'context') expect(b.elements.length).toBeLessThanOrEqual(LIMITS.contextElements)
    if (b.type === 'actions')
      for (const e of b.elements)
        if (e.type === 'button') {
          expect(e.text.text.length).toBeLessThanOrEqual(LIMITS.buttonText)
          expect(e.value?.length ?? 0).toBeLessThanOrEqual(LIMITS.actionValue)
        }
  }
  for (const t of texts(m)) {
    expect(t).not.toMatch(/<!/)
    expect(t).not.toMatch(/&(?!amp;|lt;|gt;)/)
  }
}

describe('answerBlocks', () => {
  test('the answer first (words, speaker and role, date), then numbered sources, then the button', () => {
    const m = answerBlocks({
      answer: answer(),
      question: 'What did Araghchi tell Al Jazeera?',
      command: C,
      share: { actionId: 'share_answer', value: '{"q":"x"}' },
    })
    expect(m.blocks.map((b) => b.type)).toEqual(['section', 'divider', 'section', 'section', 'actions', 'context'])
    const [first, heading, source] = texts(m)
    expect(first).toBe(
      '>Araghchi told Al Jazeera on Saturday that Iran’s missile programme was “never negotiable” in Friday’s talks.\n' +
        '— *Abbas Araghchi*, Iranian Foreign Minister · 7 Feb 2026',
    )
    expect(heading).toBe('*Source*')
    expect(source).toMatch(
      /^\*1\.\* Al Jazeera — _'Non-negotiable': Iran says missiles off the table in talks with the US_ · 7 Feb 2026 · ¶2\n>/,
    )
    expect(m.text).toBe(
      'Abbas Araghchi: Araghchi told Al Jazeera on Saturday that Iran’s missile programme was “never negotiable” in Friday’s talks. (Al Jazeera, 7 Feb 2026)',
    )
    expectWithinLimits(m)
  })

  test.each([
    ['stated', '2026-02-06', '· 6 Feb 2026'],
    ['published', '2026-02-07', '· published 7 Feb 2026'],
    [null, null, '· published 7 Feb 2026'],
  ] as const)('dateBasis %s, date %s → %s', (dateBasis, date, shown) => {
    const base = answer()
    const body = base.answer ? { ...base.answer, dateBasis, date } : null
    const m = answerBlocks({ answer: { ...base, answer: body }, question: 'q', command: C })
    expect(texts(m)[0]).toContain(shown)
  })

  test('"who said" is answered with the name first; the attribution line keeps only the date', () => {
    const m = answerBlocks({ answer: { ...answer(), shape: 'who-said' }, question: 'Who said …?', command: C })
    expect(texts(m)[0]).toMatch(/^\*Abbas Araghchi\*, Iranian Foreign Minister:\n>Araghchi told/)
    expect(texts(m)[0]).toMatch(/\n— 7 Feb 2026$/)
  })

  test('an answer cut short closes the quotation it opened', () => {
    const base = answer()
    const long = `“${'We will defend our rights. '.repeat(200)}”`
    const body = base.answer ? { ...base.answer, text: long } : null
    const m = answerBlocks({ answer: { ...base, answer: body }, question: 'q', command: C })
    const words = texts(m)[0]?.split('\n—')[0] ?? ''
    expect(words).toMatch(/…”$/)
    expectWithinLimits(m)
  })

  test('a person never quoted: says so, names nobody else', () => {
    const m = answerBlocks({
      answer: { question: 'q', answer: null, citations: [], unquoted: 'Raj <!here> Patel' },
      question: 'What did Raj Patel say?',
      command: C,
    })
    expect(texts(m)[0]).toContain('Nobody called “Raj &lt;!here&gt; Patel” is quoted in the coverage.')
    expectWithinLimits(m)
  })

  test('a person quoted, never on this: says so and points to their statements', () => {
    const m = answerBlocks({
      answer: { question: 'q', answer: null, citations: [], notQuotedOn: 'Raj <!here> Patel' },
      question: 'What did Raj Patel say about the dam?',
      command: C,
    })
    expect(texts(m)[0]).toContain('Raj &lt;!here&gt; Patel is quoted in the coverage, but not on this.')
    expect(texts(m)[0]).toContain(`\`${C} who Raj &lt;!here&gt; Patel\``)
    expectWithinLimits(m)
  })

  test('an unknown speaker is not invented', () => {
    const base = answer()
    const body = base.answer ? { ...base.answer, speaker: null, role: null } : null
    const m = answerBlocks({ answer: { ...base, answer: body }, question: 'q', command: C })
    expect(texts(m)[0]).not.toContain('*')
  })

  test('the answering words are marked in the passage', () => {
    const base = answer()
    const body = base.answer ? { ...base.answer, text: 'never negotiable' } : null
    const m = answerBlocks({ answer: { ...base, answer: body }, question: 'q', command: C })
    expect(texts(m)[2]).toContain('“*never negotiable*”')
  })

  test('a link only for http(s) URLs, escaped and with | > made harmless', () => {
    const m = answerBlocks({
      answer: answer({ citations: [cite({ url: 'https://x.test/a|b>c', title: 'A & B' }), cite({ url: 'ftp://x' })] }),
      question: 'q',
      command: C,
    })
    expect(texts(m)[2]).toContain('<https://x.test/a%7Cb%3Ec|A &amp; B>')
    expect(texts(m)[3]).toContain("_'Non-negotiable'")
  })

  test('no answer: says the coverage does not answer, suggests what it can', () => {
    const m = answerBlocks({
      answer: { question: 'q', answer: null, citations: [], suggestions: ['What did <!here> say?'] },
      question: 'What is the oil price?',
      command: C,
      share: { actionId: 'share_answer', value: 'v' },
    })
    const all = texts(m).join('\n')
    expect(all).toContain("The coverage doesn't answer that.")
    expect(all).toContain('• What did &lt;!here&gt; say?')
    expect(all).toContain('/iran-talks who')
    expect(m.blocks.some((b) => b.type === 'actions')).toBe(false)
    expectWithinLimits(m)
  })

  test('a refused question says why', () => {
    const m = answerBlocks({
      answer: { question: 'q', answer: null, citations: [], refused: 'The question is too long <!channel>.' },
      question: 'q',
      command: C,
    })
    expect(texts(m)[0]).toContain('The question is too long &lt;!channel&gt;.')
  })

  test.each([
    ['a 10,000-character passage', { text: 'word '.repeat(2000) }, 1],
    ['a passage of entities', { text: '<&>'.repeat(3000) }, 1],
    ['a passage of emoji', { text: '😀 '.repeat(4000) }, 1],
    ['60 long sources', { text: 'x'.repeat(5000), title: 't'.repeat(1000), source: 's'.repeat(500) }, 60],
  ])('%s stays within the limits', (_name, over, n) => {
    const citations = Array.from({ length: n }, (_, i) => cite({ ...over, paragraph: i + 1 }))
    const m = answerBlocks({
      answer: answer({ citations }),
      question: '<!channel> '.repeat(400),
      command: C,
      askedBy: 'U0REPORTER',
    })
    expectWithinLimits(m)
    expect(texts(m).join('\n')).toContain('Asked by <@U0REPORTER>')
  })
})

describe('lists', () => {
  const who = (n: number): WhoEntry[] =>
    Array.from({ length: n }, (_, i) => ({
      speaker: `Speaker ${i}`,
      role: 'r'.repeat(300),
      statements: i,
      first: '2026-02-01',
      last: '2026-02-07',
    }))
  const quotes = (n: number): Quote[] =>
    Array.from({ length: n }, (_, i) => ({
      article: 'a1',
      paragraph: i + 1,
      text: `quote ${i} ${'w '.repeat(500)}`,
      kind: i % 2 ? 'indirect' : 'direct',
      speaker: 'Abbas Araghchi',
      role: null,
      said: i % 3 ? '2026-02-07' : null,
      source: 'Al Jazeera',
      published: '2026-02-07',
      start: 0,
      end: 1,
    }))
  const sources = (n: number): SourceEntry[] =>
    Array.from({ length: n }, (_, i) => ({
      article: `a${i}`,
      title: `T ${'t'.repeat(400)}`,
      source: 'Outlet',
      published: '2026-02-07',
      url: `https://x.test/${i}`,
      paragraphs: 9,
    }))
  const timeline = (n: number): TimelineEntry[] =>
    Array.from({ length: n }, (_, i) => ({
      date: '2026-02-06',
      text: `Event ${i} ${'e '.repeat(600)}`,
      article: 'a1',
      paragraph: 1,
      expression: 'on Friday',
      source: 'Al Jazeera',
    }))

  test.each([
    ['who, 0', () => whoListBlocks({ command: C, entries: who(0) })],
    ['who, 1', () => whoListBlocks({ command: C, entries: who(1) })],
    ['who, 500', () => whoListBlocks({ command: C, entries: who(500) })],
    ['who, page 99 of 500', () => whoListBlocks({ command: C, entries: who(500), page: 99 })],
    ['who NAME, 0', () => whoNamedBlocks({ command: C, name: 'Nobody', quotes: [], sources: [], known: ['A', 'B'] })],
    ['who NAME, 300', () => whoNamedBlocks({ command: C, name: 'Araghchi', quotes: quotes(300), sources: sources(3) })],
    ['sources, 0', () => sourcesBlocks({ command: C, sources: [] })],
    ['sources, 1000', () => sourcesBlocks({ command: C, sources: sources(1000) })],
    ['timeline, 0', () => timelineBlocks({ command: C, entries: [] })],
    ['timeline, 400', () => timelineBlocks({ command: C, entries: timeline(400), sources: sources(2) })],
    [
      'help',
      () =>
        helpBlocks({
          command: C,
          botUserId: 'UBOT',
          coverage: { articles: 900, outlets: sources(30).map((s) => s.title) },
          digest: true,
        }),
    ],
    ['error', () => errorBlocks('ab12cd34')],
    ['notice', () => noticeBlocks('Not configured.', 'hint')],
  ])('%s stays within the limits', (_name, render) => {
    expectWithinLimits(render())
  })

  test('who: role, count, first and last date; a hint to the next page', () => {
    const m = whoListBlocks({ command: C, entries: who(30) })
    expect(texts(m)[1]).toMatch(/^• \*Speaker 0\*, r+…?: 0 statements, 1 Feb 2026 – 7 Feb 2026/)
    expect(texts(m).join('\n')).toContain('Showing 1–25 of 30 · …and 5 more: `/iran-talks who 2`')
  })

  test('who NAME: numbered, dated (said or published), cited', () => {
    const m = whoNamedBlocks({
      command: C,
      name: 'Araghchi',
      quotes: quotes(2),
      sources: sources(2).map((s, i) => ({ ...s, article: i ? 'x' : 'a1' })),
    })
    const all = texts(m).join('\n')
    expect(all).toContain('*Statements by Abbas Araghchi*, newest first (2)')
    expect(all).toMatch(
      /\*1\.\* “quote 0 [w ]+…” — published 7 Feb 2026 · Al Jazeera, <https:\/\/x\.test\/0\|T t+…?>, ¶1/,
    )
    expect(all).toMatch(/\*2\.\* _\(reported\)_ quote 1 [w ]+… — said 7 Feb 2026/)
  })

  test('who NAME with nobody: says so and lists who is quoted', () => {
    const m = whoNamedBlocks({ command: C, name: '<!channel>', quotes: [], sources: [], known: ['Abbas Araghchi'] })
    expect(texts(m).join('\n')).toContain('Nobody called “&lt;!channel&gt;” is quoted in the coverage.')
    expect(texts(m).join('\n')).toContain('Quoted: Abbas Araghchi.')
  })
})

describe('helpers', () => {
  test.each([
    ['2026-02-07', '7 Feb 2026'],
    ['2026-12-31', '31 Dec 2026'],
    ['2026-02', 'Feb 2026'],
    ['2026', '2026'],
    ['2026-W06', 'week 6 of 2026'],
    ['2026-02-07T14:30:00+03:00', '7 Feb 2026'],
    ['2026-13', '2026-13'],
    ['<b>', '&lt;b&gt;'],
    [null, ''],
  ])('formatDate(%j) → %j', (value, shown) => {
    expect(formatDate(value)).toBe(shown)
  })

  test.each([
    [0, 1, 1, 0],
    [10, 1, 1, 10],
    [45, 2, 2, 20],
    [45, 9, 3, 5],
    [45, -1, 1, 20],
  ])('paginate(%i items, page %i) → page %i with %i items', (n, page, at, count) => {
    const p = paginate(
      Array.from({ length: n }, (_, i) => i),
      page,
      20,
    )
    expect(p.page).toBe(at)
    expect(p.items).toHaveLength(count)
    expect(p.total).toBe(n)
  })

  test('pageFooter names the next page, and is absent for a single page', () => {
    expect(pageFooter(paginate([1, 2, 3], 1, 2), (p) => `/x ${p}`)).toBe('Showing 1–2 of 3 · …and 1 more: `/x 2`')
    expect(pageFooter(paginate([1, 2, 3], 2, 2), (p) => `/x ${p}`)).toBe('Showing 3–3 of 3')
    expect(pageFooter(paginate([1], 1, 2), (p) => `/x ${p}`)).toBeNull()
  })

  test('packLines fills sections up to the limit and cuts a line longer than a section', () => {
    const packed = packLines(['a'.repeat(1500), 'b'.repeat(1498), 'c'.repeat(10), 'd'.repeat(5000)])
    expect(packed.map((s) => s.text?.text.length)).toEqual([1500 + 1 + 1498, 10, 3000])
  })

  test('clampBlocks keeps 49 blocks and says how many were left out', () => {
    const blocks: KnownBlock[] = Array.from({ length: 70 }, () => section('x'))
    const out = clampBlocks(blocks)
    expect(out).toHaveLength(50)
    expect(JSON.stringify(out[49])).toContain('21 more')
  })
})

describe('suggestions', () => {
  test('subcommand suggestions from the core are shown as commands to type, questions as questions', () => {
    const m = answerBlocks({
      answer: {
        question: 'q',
        answer: null,
        citations: [],
        suggestions: [
          'What did Abbas Araghchi say?',
          'who: everyone quoted in the coverage',
          'timeline: the dated events',
        ],
      },
      question: 'What is the price of bananas?',
      command: C,
    })
    const all = texts(m).join('\n')
    expect(all).toContain('*It can answer questions like:*\n• What did Abbas Araghchi say?')
    expect(all).toContain(
      'Or browse: `/iran-talks who`: everyone quoted in the coverage · `/iran-talks timeline`: the dated events',
    )
  })
})
