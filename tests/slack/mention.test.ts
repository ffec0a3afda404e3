/** `@bot QUESTION`: answered publicly in the message's thread, once, whatever Slack repeats. */
import { describe, expect, test } from 'vitest'
import type { StoryService } from '../../src/slack/types.js'
import { BOT_USER_ID } from './helpers/fake-slack.js'
import { answered, fakeStory } from './helpers/fake-story.js'
import { allText, type TestApp, useTestApp, waitFor } from './helpers/harness.js'

let app: TestApp
let story: StoryService
const asked: string[] = []

useTestApp(
  { story: () => story },
  (started) => {
    app = started
  },
  () => {
    asked.length = 0
    story = fakeStory({
      ask: (question) => {
        asked.push(question)
        return answered(question)
      },
    })
  },
)

const posts = () => app.slack.callsOf('chat.postMessage')
const postsTo = (ts: string) => posts().filter((c) => c.args.thread_ts === ts)
const waitForPost = (ts: string) => waitFor(() => postsTo(ts)[0], 5000, `a reply in thread ${ts}`)

/** Sends a fresh mention and waits for its answer: everything sent before it has been handled by then. */
async function sentinel(): Promise<void> {
  const ts = `1770409999.${Math.floor(Math.random() * 1e6)}`
  await app.mention({ ts, event_ts: ts, text: `<@${BOT_USER_ID}> sentinel` })
  await waitForPost(ts)
}

describe('mentions', () => {
  test('answers in a thread under the message, publicly, without the bot mention in the question', async () => {
    const res = await app.mention({
      ts: '1770400100.000100',
      text: `<@${BOT_USER_ID}> What did Araghchi say about missiles?`,
    })
    expect(res.status).toBe(200)
    const post = await waitForPost('1770400100.000100')
    expect(post.args.channel).toBe('C0DESK001')
    expect(post.token).toBe('xoxb-test-0000-token')
    expect(asked).toEqual(['What did Araghchi say about missiles?'])
    const text = allText(post.args)
    expect(text).toContain('never negotiable')
    expect(text).toContain('Asked by <@U0REPORTER>')
    expect(JSON.stringify(post.args.blocks)).not.toContain('share_answer')
  })

  test('answers in the thread it was asked in (thread_ts), not under the reply', async () => {
    await app.mention({
      ts: '1770400200.000300',
      thread_ts: '1770400200.000100',
      text: `<@${BOT_USER_ID}>: who said it?`,
    })
    const post = await waitForPost('1770400200.000100')
    expect(post.args.thread_ts).toBe('1770400200.000100')
    expect(asked).toEqual(['who said it?'])
  })

  test.each([`<@${BOT_USER_ID}>`, `<@${BOT_USER_ID}>   `, `<@${BOT_USER_ID}|iran-talks> help`])(
    'an empty mention (or help) gets the help: %j',
    async (text) => {
      const ts = `1770400300.${Math.floor(Math.random() * 1e6)}`
      await app.mention({ ts, text })
      const post = await waitForPost(ts)
      expect(allText(post.args)).toContain('/iran-talks who')
      expect(asked).toEqual([])
    },
  )

  test('the same subcommands work in a mention (who, sources)', async () => {
    await app.mention({ ts: '1770400400.000100', text: `<@${BOT_USER_ID}> sources` })
    const post = await waitForPost('1770400400.000100')
    expect(allText(post.args)).toContain('*The coverage*')
  })
})

describe('repeated deliveries', () => {
  test('a retried event (X-Slack-Retry-Num) is answered once', async () => {
    const first = await app.mention({ ts: '1770400500.000100', text: `<@${BOT_USER_ID}> first delivery` })
    await waitForPost('1770400500.000100')
    const retry = await app.mention(
      { ts: '1770400500.000100', text: `<@${BOT_USER_ID}> first delivery` },
      { eventId: first.eventId, retryNum: 1 },
    )
    expect(retry.status).toBe(200)
    await sentinel()
    expect(postsTo('1770400500.000100')).toHaveLength(1)
  })

  test('the same event_id delivered twice is answered once', async () => {
    const first = await app.mention({ ts: '1770400600.000100', text: `<@${BOT_USER_ID}> twice` })
    await app.mention({ ts: '1770400600.000100', text: `<@${BOT_USER_ID}> twice` }, { eventId: first.eventId })
    await sentinel()
    expect(postsTo('1770400600.000100')).toHaveLength(1)
    expect(asked.filter((q) => q === 'twice')).toHaveLength(1)
  })

  test('a retry whose first delivery never arrived is answered', async () => {
    await app.mention({ ts: '1770400700.000100', text: `<@${BOT_USER_ID}> lost first` }, { retryNum: 2 })
    await waitForPost('1770400700.000100')
    await sentinel()
    expect(postsTo('1770400700.000100')).toHaveLength(1)
  })
})

describe('failures', () => {
  test('a handler failure is logged with context and apologised for in the thread; the app keeps serving', async () => {
    story = fakeStory({
      ask: () => {
        throw new TypeError('cannot read the index')
      },
    })
    const res = await app.mention({ ts: '1770400800.000100', text: `<@${BOT_USER_ID}> boom?` })
    expect(res.status).toBe(200)
    const post = await waitForPost('1770400800.000100')
    expect(allText(post.args)).toMatch(/Sorry, something went wrong/)
    const logged = app.logger.lines.find((l) => l.level === 'error' && l.text.includes('cannot read the index'))
    expect(logged?.text).toContain('Answering a mention')
    expect(logged?.text).toContain('channel="C0DESK001"')

    story = fakeStory()
    await sentinel()
  })

  test('Slack refusing the post (not_in_channel) is logged, and the app keeps serving', async () => {
    app.slack.failMethod('chat.postMessage', 'not_in_channel')
    await app.mention({ ts: '1770400900.000100', text: `<@${BOT_USER_ID}> anyone?` })
    await waitFor(() => app.logger.lines.find((l) => l.text.includes('not_in_channel')), 5000, 'the logged refusal')
    app.slack.reset()
    await sentinel()
  })
})
