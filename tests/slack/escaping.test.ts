/**
 * Outside text cannot ping or link (from the question or from the corpus), and no reply breaks Slack's limits,
 * however long the passage or the list.
 */
import { describe, expect, test } from 'vitest'
import type { Answer } from '../../src/answer/types.js'
import { LIMITS } from '../../src/render/mrkdwn.js'
import type { StoryService } from '../../src/slack/types.js'
import { BOT_USER_ID } from './helpers/fake-slack.js'
import { answered, citation, fakeStory } from './helpers/fake-story.js'
import { allText, blocksOf, responseFor, startTestApp, type TestApp, useTestApp, waitFor } from './helpers/harness.js'

let app: TestApp
let story: StoryService

useTestApp(
  { story: () => story },
  (started) => {
    app = started
  },
  () => {
    story = fakeStory()
  },
)

/**
 * Every `<…>` in the text is a link or a user mention the app built; nothing pings a group. (A link label may hold
 * `|`: Slack ends the URL at the first one.)
 */
function expectNoInjectedMarkup(text: string): void {
  expect(text).not.toMatch(/<!/)
  for (const token of text.match(/<[^>]*>/g) ?? []) {
    expect(token).toMatch(/^<(https?:\/\/[^\s|<>]+\|[^<>]*|@U[A-Z0-9]+)>$/)
  }
  expect(text).not.toMatch(/<https?:\/\/evil/)
}

/** Every section and context text within the limits, entities whole, no lone half of an emoji. */
function expectWithinLimits(message: Record<string, unknown>): void {
  const blocks = blocksOf(message)
  expect(blocks.length).toBeLessThanOrEqual(LIMITS.blocksPerMessage)
  expect(String(message.text).length).toBeLessThanOrEqual(LIMITS.fallbackText)
  for (const b of blocks) {
    if (b.text) expect(b.text.text.length).toBeLessThanOrEqual(LIMITS.sectionText)
    if (b.type === 'context') expect(b.elements?.length ?? 0).toBeLessThanOrEqual(LIMITS.contextElements)
  }
  const text = allText(message)
  expect(text).not.toMatch(/&(?!amp;|lt;|gt;)/)
  expect(text).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/)
}

const hostile: Answer = {
  question: 'q',
  answer: {
    text: '<!channel> the talks were <http://evil.example|reuters.com> over',
    speaker: '<@U0VICTIM> Jane & Co',
    role: '<!here> spokesperson',
    date: '2026-02-07',
    dateBasis: 'stated',
  },
  citations: [
    citation({
      text: 'Officials said <!channel> the talks were <http://evil.example|reuters.com> over, & that <!subteam^S123> agreed.',
      title: 'Talks <!everyone> & <http://evil.example|the end>',
      source: '<@U0VICTIM>',
      url: 'https://example.com/a|b>c?x=1&y=<2>',
    }),
    citation({ url: 'javascript:alert(1)', title: 'Not a link' }),
  ],
}

describe('escaping', () => {
  test('a question containing <!channel> or a fake link pings nobody and links nowhere (slash command)', async () => {
    const res = await app.command('<!channel> did <http://evil.example|reuters.com> say <@U0VICTIM> & co?')
    const reply = (await responseFor(app, res.responseId)).body
    const text = allText(reply)
    expectNoInjectedMarkup(text)
    expect(text).toContain(
      '&lt;!channel&gt; did &lt;http://evil.example|reuters.com&gt; say &lt;@U0VICTIM&gt; &amp; co?',
    )
    const value = blocksOf(reply).find((b) => b.type === 'actions')?.elements?.[0]?.value ?? ''
    const shared = await app.click({ value })
    expectNoInjectedMarkup(allText((await responseFor(app, shared.responseId)).body))
  })

  test('a question containing <!channel> in a mention pings nobody', async () => {
    await app.mention({ ts: '1770401000.000100', text: `<@${BOT_USER_ID}> what about <!channel> and <!here>?` })
    const post = await waitFor(() => app.slack.callsOf('chat.postMessage')[0])
    expectNoInjectedMarkup(allText(post.args).replace(`<@U0REPORTER>`, ''))
  })

  test('NUL, right-to-left override and <!channel> in a question never reach Slack raw (command and mention)', async () => {
    const question = 'who said\u0000 \u202emoc.live\u202c <!channel> \u001b[2J?'
    const res = await app.command(question)
    const reply = allText((await responseFor(app, res.responseId)).body)
    await app.mention({ ts: '1770401000.000200', text: `<@${BOT_USER_ID}> ${question}` })
    const post = allText((await waitFor(() => app.slack.callsOf('chat.postMessage')[0])).args)
    const value = JSON.stringify(blocksOf((await responseFor(app, res.responseId)).body))
    expect(value).not.toMatch(/\\u0000|\\u001b|[\u202a-\u202e]/)
    for (const text of [reply, post]) {
      expect(text).not.toMatch(/[^\P{Cc}\n\t]|[\u202a-\u202e\u2066-\u2069]/u)
      expect(text).toContain('who said moc.live &lt;!channel&gt; [2J?')
      expectNoInjectedMarkup(text.replace('<@U0REPORTER>', ''))
    }
  })

  test('corpus text with <!channel>, fake links, and a URL with | and > is escaped (private and public)', async () => {
    story = fakeStory({ ask: () => hostile })
    const res = await app.command('What happened?')
    const reply = (await responseFor(app, res.responseId)).body
    const text = allText(reply)
    expectNoInjectedMarkup(text)
    expect(text).toContain('&lt;!channel&gt;')
    expect(text).toContain('&lt;http://evil.example|reuters.com&gt;')
    expect(text).toContain(
      '<https://example.com/a%7Cb%3Ec?x=1&amp;y=%3C2%3E|Talks &lt;!everyone&gt; &amp; &lt;http://evil.example|the end&gt;>',
    )
    expect(text).toContain('_Not a link_')
    expect(text).not.toContain('javascript:')

    await app.mention({ ts: '1770401100.000100', text: `<@${BOT_USER_ID}> What happened?` })
    const post = await waitFor(() => app.slack.callsOf('chat.postMessage')[0])
    expectNoInjectedMarkup(allText(post.args).replace('<@U0REPORTER>', ''))
  })
})

describe('limits', () => {
  test('a 10,000-character passage is cut at a word with an ellipsis, keeping the answer in view', async () => {
    const before = 'Negotiators met & talked at length about sanctions, '.repeat(100)
    const after = ' while analysts said the talks would take time. 😀'.repeat(100)
    const words = 'the missile programme was “never negotiable”'
    const text = `${before}${words}${after}`.slice(0, 10_000)
    story = fakeStory({ ask: (q) => answered(q, { text }) })
    const res = await app.command('What did Araghchi say?')
    const reply = (await responseFor(app, res.responseId)).body
    expectWithinLimits(reply)
    const source = blocksOf(reply).find((b) => b.text?.text.startsWith('*1.*'))?.text?.text ?? ''
    expect(source).toContain(words)
    expect(source).toMatch(/^[\s\S]*\n>….*…$/)
  })

  test('a 10,000-character answer and many sources stay within 50 blocks and 3,000 characters a section', async () => {
    const huge = `${'Word & <!channel> '.repeat(600)}`.slice(0, 10_000)
    const many = Array.from({ length: 80 }, (_, i) =>
      citation({ paragraph: i + 1, text: huge, title: `T${i} ${'h'.repeat(400)}` }),
    )
    story = fakeStory({
      ask: (question) => ({
        question,
        answer: { text: huge, speaker: 'S'.repeat(500), role: 'R'.repeat(500), date: null, dateBasis: null },
        citations: many,
      }),
    })
    const res = await app.command('x'.repeat(4000))
    const reply = (await responseFor(app, res.responseId)).body
    expectWithinLimits(reply)
    expectNoInjectedMarkup(allText(reply))
    expect(allText(reply)).toContain('…and 75 more sources')
  })

  test('a digest handler returning too many blocks is clamped too', async () => {
    const big = await startTestApp({
      story: () => fakeStory(),
      digest: async () => ({
        text: 'x'.repeat(10_000),
        blocks: Array.from({ length: 120 }, () => ({
          type: 'section' as const,
          text: { type: 'mrkdwn' as const, text: 'y' },
        })),
      }),
    })
    try {
      const res = await big.command('digest')
      expectWithinLimits((await responseFor(big, res.responseId)).body)
    } finally {
      await big.stop()
    }
  })
})
