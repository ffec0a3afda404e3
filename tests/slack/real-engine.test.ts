/** The Slack app end to end over the real engine and the bundled corpus (corpus/). */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { type Engine, openEngine } from '../../src/engine.js'
import { LIMITS } from '../../src/render/mrkdwn.js'
import { BOT_USER_ID } from './helpers/fake-slack.js'
import { allText, blocksOf, responseFor, startTestApp, type TestApp, waitFor } from './helpers/harness.js'

let app: TestApp
let engine: Engine

beforeAll(async () => {
  engine = await openEngine({ corpusDir: new URL('../../corpus', import.meta.url).pathname, timezone: 'UTC' })
  app = await startTestApp({
    story: () => engine,
    health: () => ({
      ok: engine.story.articles.length > 0,
      articles: engine.story.articles.length,
      problems: engine.problems.length,
    }),
  })
})
afterAll(async () => {
  await app?.stop()
})
beforeEach(() => app.slack.reset())

function expectWithinLimits(message: Record<string, unknown>): void {
  const blocks = blocksOf(message)
  expect(blocks.length).toBeLessThanOrEqual(LIMITS.blocksPerMessage)
  for (const b of blocks) if (b.text) expect(b.text.text.length).toBeLessThanOrEqual(LIMITS.sectionText)
  expect(String(message.text).length).toBeLessThanOrEqual(LIMITS.fallbackText)
}

describe('answers from the bundled corpus', () => {
  test('"What did Araghchi tell Al Jazeera?" is answered privately, citing Al Jazeera, with speaker, role and date', async () => {
    const res = await app.command('What did Araghchi tell Al Jazeera?')
    const reply = (await responseFor(app, res.responseId)).body
    expect(reply.response_type).toBe('ephemeral')
    const blocks = blocksOf(reply)
    const answer = blocks[0]?.text?.text ?? ''
    expect(answer).toContain('never negotiable')
    expect(answer).toContain('*Abbas Araghchi*, Iranian Foreign Minister')
    expect(answer).toContain('7 Feb 2026')
    const first = blocks.find((b) => b.text?.text.startsWith('*1.*'))?.text?.text ?? ''
    expect(first).toContain('*1.* Al Jazeera — ')
    expect(first).toContain('¶2')
    expect(allText(reply)).toContain(
      '<https://gulfnewsweek.com/iran-draws-red-lines-on-missiles-as-fragile-us-talks-set-to-resume|',
    )
    expect(blocks.some((b) => b.type === 'actions')).toBe(true)
    expectWithinLimits(reply)
  })

  test('the shared answer is the same answer, public, crediting who asked', async () => {
    const res = await app.command('What did Araghchi tell Al Jazeera?')
    const reply = (await responseFor(app, res.responseId)).body
    const value = blocksOf(reply).find((b) => b.type === 'actions')?.elements?.[0]?.value ?? ''
    const click = await app.click({ value })
    const shared = (await responseFor(app, click.responseId)).body
    expect(shared.response_type).toBe('in_channel')
    expect(blocksOf(shared)[0]).toEqual(blocksOf(reply)[0])
    expect(allText(shared)).toContain('Asked by <@U0REPORTER>')
  })

  test('a mention is answered in its thread: "Who said Iran is at its weakest point?"', async () => {
    await app.mention({ ts: '1770402000.000100', text: `<@${BOT_USER_ID}> Who said Iran is at its weakest point?` })
    const post = await waitFor(() => app.slack.callsOf('chat.postMessage')[0])
    expect(post.args.thread_ts).toBe('1770402000.000100')
    const text = allText(post.args)
    expect(text).toContain('Abdullah al-Shayji')
    expect(text).toContain('Al Jazeera')
  })

  test('a question the coverage does not answer says so, with suggestions', async () => {
    const res = await app.command('What is the price of bananas in Peru?')
    const text = allText((await responseFor(app, res.responseId)).body)
    expect(text).toMatch(/coverage doesn't answer/)
    expect(text).toContain('Araghchi')
  })

  test('a 4,000-character question is answered within the limits', async () => {
    const q =
      `What did Araghchi tell Al Jazeera about ${'the missile programme and the talks in Oman, '.repeat(100)}`.slice(
        0,
        4000,
      )
    const res = await app.command(q)
    expectWithinLimits((await responseFor(app, res.responseId)).body)
  })
})

describe('browsing the bundled corpus', () => {
  test('who lists everyone quoted, with role and count', async () => {
    const res = await app.command('who')
    const text = allText((await responseFor(app, res.responseId)).body)
    expect(text).toMatch(/\*Abbas Araghchi\*, Iranian Foreign Minister: \d+ statements/)
    expect(text).toContain('*Abdullah al-Shayji*')
  })

  test('who al-Shayji lists his statements, dated and cited', async () => {
    const res = await app.command('who al-Shayji')
    const text = allText((await responseFor(app, res.responseId)).body)
    expect(text).toContain('*Statements by Abdullah al-Shayji*, newest first')
    expect(text).toMatch(/7 Feb 2026 · Al Jazeera, _?'Non-negotiable'/)
  })

  test('sources lists the two articles', async () => {
    const res = await app.command('sources')
    const text = allText((await responseFor(app, res.responseId)).body)
    expect(text).toContain('2 articles from 2 outlets')
    expect(text).toContain('Gulf News Week — <https://gulfnewsweek.com/')
  })

  test('timeline lists the dated events in order', async () => {
    const res = await app.command('timeline')
    const reply = (await responseFor(app, res.responseId)).body
    const text = allText(reply)
    expect(text).toMatch(/\*Timeline\* \(\d+ dated events\)/)
    expect(text.indexOf('*2024*')).toBeLessThan(text.indexOf('*6 Feb 2026*'))
    expectWithinLimits(reply)
  })

  test('GET /healthz reports the corpus', async () => {
    expect(await (await fetch(`${app.url}/healthz`)).json()).toEqual({ ok: true, articles: 2, problems: 0 })
  })
})

describe('a hostile corpus through the real engine', () => {
  let hostile: TestApp
  beforeAll(async () => {
    const corpus = new URL('../fixtures/slack/hostile-corpus', import.meta.url).pathname
    const e = await openEngine({ corpusDir: corpus, timezone: 'UTC' })
    hostile = await startTestApp({ story: () => e })
  })
  afterAll(async () => {
    await hostile?.stop()
  })

  const expectNoPing = (text: string) => {
    expect(text).not.toMatch(/<!/)
    expect(text).not.toMatch(/<http:\/\/evil/)
  }

  test('<!channel> and a fake link in an article ping nobody and link nowhere, privately and shared', async () => {
    const res = await hostile.command('What did Araghchi say about uranium enrichment?')
    const reply = (await responseFor(hostile, res.responseId)).body
    const text = allText(reply)
    expectNoPing(text)
    expect(text).toContain('Araghchi said &lt;!channel&gt; that the uranium enrichment question')
    expect(text).toContain(
      '<https://example.com/talks%7Cx%3Ey?a=1&amp;b=2|Talks &lt;!channel&gt; &amp; &lt;http://evil.example|reuters.com&gt; resume>',
    )
    const value = blocksOf(reply).find((b) => b.type === 'actions')?.elements?.[0]?.value ?? ''
    const shared = await hostile.click({ value })
    expectNoPing(allText((await responseFor(hostile, shared.responseId)).body).replace('<@U0REPORTER>', ''))
  })

  test('a 9,000-character paragraph is cut around the answer, within the limits', async () => {
    await hostile.mention({
      ts: '1770403000.000100',
      text: `<@${BOT_USER_ID}> How was the Muscat meeting described?`,
    })
    const post = await waitFor(() => hostile.slack.callsOf('chat.postMessage')[0])
    expectWithinLimits(post.args)
    const source = blocksOf(post.args).find((b) => b.text?.text.startsWith('*1.*'))?.text?.text ?? ''
    expect(source).toContain('*Witkoff described the Muscat meeting as constructive and businesslike.*')
    expect(source).toMatch(/\n>….+…$/)
    expect(source).not.toMatch(/&(?!amp;|lt;|gt;)/)
  })
})
