/**
 * When Slack misbehaves (a connection dropped after Slack accepted a post, a hung API, a 429), a mention is answered
 * once, nothing else waits on the one bad call, and what happened is logged. Over real HTTP, against the fake Slack.
 */
import { describe, expect, test } from 'vitest'
import type { StoryService } from '../../src/slack/types.js'
import { BOT_USER_ID } from './helpers/fake-slack.js'
import { answered, fakeStory } from './helpers/fake-story.js'
import { type TestApp, useTestApp, waitFor } from './helpers/harness.js'

let app: TestApp
let story: StoryService

useTestApp(
  { story: () => story },
  (started) => {
    app = started
  },
  () => {
    story = fakeStory({ ask: (question) => answered(question) })
  },
  { slackTimeoutMs: 400 },
)

let n = 0
const nextTs = () => `1770500000.${String(++n).padStart(6, '0')}`
const postsTo = (ts: string) => app.slack.callsOf('chat.postMessage').filter((c) => c.args.thread_ts === ts)
const logged = (level: string, text: string) =>
  waitFor(
    () => app.logger.lines.find((l) => l.level === level && l.text.includes(text)),
    3000,
    `a ${level} line with "${text}"`,
  )
const ask = (ts: string) => app.mention({ ts, text: `<@${BOT_USER_ID}> where were the talks held?` })

describe('posting mention answers', () => {
  test('Slack accepts the answer, then the connection drops: posted once, not retried blindly, logged', async () => {
    app.slack.override('chat.postMessage', (_call, nth) => (nth === 1 ? 'drop' : undefined))
    const ts = nextTs()
    await ask(ts)
    await logged('warn', 'not sent again, since Slack may have posted it')
    await new Promise((r) => setTimeout(r, 200))
    expect(postsTo(ts)).toHaveLength(1)
  })

  test('a hung Slack API: the call is abandoned after the timeout and logged as stalled; answers resume after', async () => {
    let hung = true
    app.slack.override('chat.postMessage', () => (hung ? 'hang' : undefined))
    const stalled = [nextTs(), nextTs(), nextTs()]
    for (const ts of stalled) await ask(ts)
    await logged('warn', 'Slack did not answer within')
    hung = false
    const after = nextTs()
    await ask(after)
    await waitFor(() => postsTo(after)[0], 2000, 'the answer after Slack recovered')
    // the stalled ones are not sent again
    await new Promise((r) => setTimeout(r, 100))
    for (const ts of stalled) expect(postsTo(ts)).toHaveLength(1)
  })

  test('one 429 delays that post alone (retried after Retry-After, logged); other answers go out at once', async () => {
    const limited = nextTs()
    app.slack.override('chat.postMessage', (call, nth) =>
      nth === 1 && call.args.thread_ts === limited
        ? { status: 429, headers: { 'retry-after': '2' }, body: { ok: false, error: 'ratelimited' } }
        : undefined,
    )
    await ask(limited)
    await logged('warn', 'retry 1 of 2 in 2 s (Retry-After), for this post only')
    const other = nextTs()
    await ask(other)
    await waitFor(() => postsTo(other)[0], 1000, 'another answer while one post waits out its Retry-After')
    expect(postsTo(limited)).toHaveLength(1)
    await waitFor(() => postsTo(limited)[1], 4000, 'the rate-limited answer, after Retry-After')
    expect(postsTo(limited)).toHaveLength(2)
  })

  test('Slack refusing a post (not_in_channel) is logged with what to do, not retried', async () => {
    app.slack.failMethod('chat.postMessage', 'not_in_channel')
    const ts = nextTs()
    await ask(ts)
    await logged('warn', 'not_in_channel')
    expect(postsTo(ts)).toHaveLength(1)
  })
})
