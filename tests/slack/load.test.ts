/**
 * Under load, acknowledgements do not wait for answers: answers are worked out one at a time, after the requests
 * that arrived have been acknowledged. On stop, answers already accepted are finished and sent (within a bound).
 * Checked by the order of events, not by timing: each answer here holds the thread for 60 ms.
 */
import { describe, expect, test } from 'vitest'
import type { StoryService } from '../../src/slack/types.js'
import { BOT_USER_ID } from './helpers/fake-slack.js'
import { answered, fakeStory } from './helpers/fake-story.js'
import { startTestApp, waitFor } from './helpers/harness.js'
import { sendFromAnotherProcess } from './helpers/load.js'

/** A story whose every answer keeps the thread busy for `ms`, recording when each answer was done. */
function slowStory(ms: number, done: number[]): StoryService {
  return fakeStory({
    ask: (question) => {
      const until = Date.now() + ms
      while (Date.now() < until) {
        // busy, as a long question over a large corpus is
      }
      done.push(Date.now())
      return answered(question)
    },
  })
}

describe('acknowledgements under load', () => {
  test('20 concurrent commands and 20 mentions: each acknowledged before more than two answers were worked out', async () => {
    const done: number[] = []
    const app = await startTestApp({ story: () => slowStory(60, done) })
    try {
      const requests = Array.from({ length: 20 }, (_, i) => [
        app.signed.command(`question ${i} ${'x'.repeat(3900)}`),
        app.signed.mention({ ts: `1770600000.${String(i).padStart(6, '0')}`, text: `<@${BOT_USER_ID}> question ${i}` }),
      ]).flat()
      const results = await sendFromAnotherProcess(`${app.url}/slack/events`, requests)
      expect(results).toHaveLength(40)
      for (const r of results) {
        expect(r.status).toBe(200)
        // answers finished between this request being sent and its acknowledgement
        expect(done.filter((t) => t >= r.sent && t <= r.acked).length).toBeLessThanOrEqual(2)
      }
      // and each is answered exactly once
      await waitFor(() => (app.slack.responses.length >= 20 ? true : undefined), 15_000, '20 command replies')
      await waitFor(() => (app.slack.callsOf('chat.postMessage').length >= 20 ? true : undefined), 15_000, 'mentions')
      expect(new Set(app.slack.responses.map((r) => r.id)).size).toBe(20)
      expect(app.slack.responses).toHaveLength(20)
      expect(app.slack.callsOf('chat.postMessage')).toHaveLength(20)
    } finally {
      await app.stop()
    }
  })
})

describe('stopping', () => {
  test('answers accepted before stop are worked out and sent before stop() resolves', async () => {
    const done: number[] = []
    const app = await startTestApp({ story: () => slowStory(80, done) })
    try {
      const acks = await Promise.all([
        ...Array.from({ length: 4 }, (_, i) => app.command(`before the stop ${i}`)),
        app.mention({ ts: '1770600100.000001', text: `<@${BOT_USER_ID}> before the stop` }),
      ])
      expect(acks.every((r) => r.status === 200)).toBe(true)
      await app.running.stop()
      expect(app.slack.responses).toHaveLength(4)
      expect(app.slack.callsOf('chat.postMessage')).toHaveLength(1)
      expect(app.logger.lines.some((l) => /Finishing \d answers? in progress/.test(l.text))).toBe(true)
    } finally {
      await app.stop()
    }
  })

  test('the wait is bounded: an answer that takes longer than drainMs is given up, and that is logged', async () => {
    const app = await startTestApp(
      { story: () => fakeStory({ ask: (q) => answered(q) }) },
      { drainMs: 200, slackTimeoutMs: 5000 },
    )
    try {
      app.slack.override('chat.postMessage', () => 'hang')
      await app.mention({ ts: '1770600200.000001', text: `<@${BOT_USER_ID}> never answered` })
      await waitFor(() => app.slack.callsOf('chat.postMessage')[0], 2000, 'the post')
      const started = performance.now()
      await app.running.stop()
      expect(performance.now() - started).toBeLessThan(2000)
      expect(app.logger.lines.some((l) => l.level === 'warn' && /Stopped with 1 answer not sent/.test(l.text))).toBe(
        true,
      )
    } finally {
      await app.stop()
    }
  })
})
