import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import type { DigestConfig } from '../../src/digest/schedule.js'
import {
  type DigestState,
  type DigestStore,
  memoryDigestStore,
  openDigestStore,
  postKey,
} from '../../src/digest/store.js'
import { startDigestScheduler } from '../../src/slack/digest/scheduler.js'
import type { Story } from '../../src/story/types.js'
import {
  digestConfig,
  FakeSlack,
  fakeClock,
  httpError,
  platformError,
  rateLimitedError,
  recordingLogger,
} from '../fixtures/digest/slack.js'
import { multiDayStory } from '../fixtures/digest/story.js'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'digest-scheduler-'))
})
afterEach(async () => {
  vi.useRealTimers()
  await rm(dir, { recursive: true, force: true })
})

const LONDON: Partial<DigestConfig> = {
  DIGEST_CHANNELS: ['C1'],
  DIGEST_TIME: '08:00',
  STORY_TIMEZONE: 'Europe/London',
}

type Boot = {
  clock: ReturnType<typeof fakeClock>
  slack: FakeSlack
  config?: Partial<DigestConfig>
  store?: DigestStore
  story?: Story
  sleep?: (ms: number) => Promise<void>
}

/** Starts the bot's digest side on the state in `dir` (a restart is simply another boot on the same dir). */
async function boot(options: Boot) {
  const logger = recordingLogger()
  const store = options.store ?? (await openDigestStore({ dir, logger, now: options.clock.now }))
  const story = options.story ?? multiDayStory()
  const scheduler = startDigestScheduler({
    client: options.slack,
    story: () => story,
    store,
    config: digestConfig({ ...LONDON, ...options.config }),
    logger,
    now: options.clock.now,
    cron: false,
    ...(options.sleep ? { sleep: options.sleep } : {}),
  })
  const started = await scheduler.started
  return { logger, store, scheduler, started }
}

const at = async (scheduler: { runDue(now?: Date): Promise<unknown> }, clock: Boot['clock'], iso: string) => {
  clock.set(iso)
  return scheduler.runDue()
}

describe('the digest schedule', () => {
  test('a subscription posts at its time, the previous day’s digest, once', async () => {
    const clock = fakeClock('2026-02-07T20:00:00Z')
    const slack = new FakeSlack(clock.now)
    const { scheduler } = await boot({ clock, slack })
    await at(scheduler, clock, '2026-02-08T07:59:00Z')
    expect(slack.calls).toHaveLength(0)
    await at(scheduler, clock, '2026-02-08T08:00:00Z')
    await at(scheduler, clock, '2026-02-08T08:01:00Z')
    await at(scheduler, clock, '2026-02-08T09:30:00Z')
    expect(slack.calls).toHaveLength(1)
    const [call] = slack.calls
    expect(call).toMatchObject({
      channel: 'C1',
      metadata: { event_type: 'iran_talks_digest', event_payload: { channel: 'C1', day: '2026-02-07' } },
      unfurl_links: false,
    })
    expect(call?.text).toContain('digest for Saturday 7 February 2026 (Europe/London)')
    expect(call?.text).not.toContain('defend the rights') // 6 February's statement
    expect(call?.blocks.length).toBeGreaterThan(2)
    await at(scheduler, clock, '2026-02-09T08:00:00Z')
    expect(slack.calls.map((c) => c.metadata.event_payload.day)).toEqual(['2026-02-07', '2026-02-08'])
  })

  test('a restart after posting does not post again', async () => {
    const clock = fakeClock('2026-02-07T20:00:00Z')
    const slack = new FakeSlack(clock.now)
    const first = await boot({ clock, slack })
    await at(first.scheduler, clock, '2026-02-08T08:00:00Z')
    first.scheduler.stop()
    clock.set('2026-02-08T08:02:00Z')
    const second = await boot({ clock, slack })
    expect(second.started.outcomes).toEqual([])
    await at(second.scheduler, clock, '2026-02-08T09:00:00Z')
    expect(slack.calls).toHaveLength(1)
    expect(second.store.read().posts[postKey('C1', '2026-02-07')]).toMatchObject({ status: 'posted', attempts: 1 })
  })

  test('a restart within the grace window after a missed time posts once', async () => {
    const clock = fakeClock('2026-02-07T20:00:00Z')
    const slack = new FakeSlack(clock.now)
    ;(await boot({ clock, slack })).scheduler.stop() // then down from 20:00 until 10:30 the next day
    clock.set('2026-02-08T10:30:00Z')
    const { scheduler, started } = await boot({ clock, slack })
    expect(started.outcomes).toMatchObject([{ channel: 'C1', day: '2026-02-07', status: 'posted' }])
    await at(scheduler, clock, '2026-02-08T10:31:00Z')
    expect(slack.calls).toHaveLength(1)
  })

  test('a restart after the grace window does not post, and logs the miss once', async () => {
    const clock = fakeClock('2026-02-07T20:00:00Z')
    const slack = new FakeSlack(clock.now)
    ;(await boot({ clock, slack })).scheduler.stop()
    clock.set('2026-02-08T11:30:00Z')
    const { scheduler, started, logger } = await boot({ clock, slack })
    expect(started.outcomes).toMatchObject([{ day: '2026-02-07', status: 'missed' }])
    expect(logger.text('warn')).toMatch(
      /missed the 2026-02-07 digest for C1: it was due at 08:00 Europe\/London .*grace window.*\/iran-talks digest 2026-02-07/,
    )
    await at(scheduler, clock, '2026-02-08T11:31:00Z')
    expect(logger.lines.filter((l) => l.text.includes('missed the'))).toHaveLength(1)
    expect(slack.calls).toHaveLength(0)
  })

  test('a first start does not post or report digests due before the channel was configured', async () => {
    const clock = fakeClock('2026-02-08T10:00:00Z')
    const slack = new FakeSlack(clock.now)
    const { started, logger } = await boot({ clock, slack })
    expect(started.outcomes).toEqual([])
    expect(logger.text()).not.toMatch(/missed/)
  })
})

describe('daylight saving: one post per day, at the right local time', () => {
  test.each([
    // London springs forward on 29 March 2026: 01:30 does not exist and is read as 02:30 BST
    ['2026-03-29', '01:30', ['2026-03-28T01:30:00.000Z', '2026-03-29T01:30:00.000Z', '2026-03-30T00:30:00.000Z']],
    ['2026-03-29', '08:00', ['2026-03-28T08:00:00.000Z', '2026-03-29T07:00:00.000Z', '2026-03-30T07:00:00.000Z']],
    // London falls back on 25 October 2026: 01:30 happens twice; the first (BST) counts
    ['2026-10-25', '01:30', ['2026-10-24T00:30:00.000Z', '2026-10-25T00:30:00.000Z', '2026-10-26T01:30:00.000Z']],
    ['2026-10-25', '08:00', ['2026-10-24T07:00:00.000Z', '2026-10-25T08:00:00.000Z', '2026-10-26T08:00:00.000Z']],
  ])('Europe/London around %s at %s', async (day, time, expected) => {
    const start = new Date(`${day}T00:00:00Z`).getTime() - 36 * 3_600_000
    const clock = fakeClock(new Date(start).toISOString())
    const slack = new FakeSlack(clock.now)
    const postedAt: string[] = []
    const client = {
      chat: {
        postMessage: async (args: Parameters<FakeSlack['chat']['postMessage']>[0]) => {
          postedAt.push(clock.now().toISOString())
          return slack.chat.postMessage(args)
        },
      },
    }
    const logger = recordingLogger()
    const scheduler = startDigestScheduler({
      client,
      story: () => multiDayStory(),
      store: memoryDigestStore(),
      config: digestConfig({ ...LONDON, DIGEST_TIME: time }),
      logger,
      now: clock.now,
      cron: false,
    })
    await scheduler.started
    // a check every minute around the expected times, every ten minutes elsewhere, for three days
    const near = (t: number) => expected.some((e) => Math.abs(Date.parse(e) - t) <= 90 * 60_000)
    for (let t = start; t < start + 72 * 3_600_000; t += near(t) ? 60_000 : 600_000)
      await at(scheduler, clock, new Date(t).toISOString())
    expect(postedAt).toEqual(expected)
    const days = slack.calls.map((c) => c.metadata.event_payload.day)
    expect(new Set(days).size).toBe(days.length)
    expect(logger.text()).not.toMatch(/missed/)
  })
})

/** A store that "crashes" (rejects, as if the process died) on the first save matching `when`. */
function crashingStore(inner: DigestStore, when: (state: DigestState) => boolean): DigestStore {
  let crashed = false
  return {
    file: inner.file,
    read: () => inner.read(),
    update(change) {
      const probe = inner.read()
      change(probe)
      if (!crashed && when(probe)) {
        crashed = true
        return Promise.reject(new Error('process killed'))
      }
      return inner.update(change)
    },
  }
}

const status = (store: DigestStore, day = '2026-02-07') => store.read().posts[postKey('C1', day)]

describe('a crash between posting and saving does not double-post', () => {
  async function postThenCrash(clock: ReturnType<typeof fakeClock>, slack: FakeSlack) {
    const inner = await openDigestStore({ dir, now: clock.now })
    const store = crashingStore(inner, (s) => s.posts[postKey('C1', '2026-02-07')]?.status === 'posted')
    const first = await boot({ clock, slack, store })
    await at(first.scheduler, clock, '2026-02-08T08:00:00Z')
    first.scheduler.stop()
    expect(slack.messages).toHaveLength(1)
    expect(status(inner)?.status).toBe('posting') // what is on disk when the process dies
  }

  test('the history shows the message: recorded as posted, not posted again', async () => {
    const clock = fakeClock('2026-02-07T20:00:00Z')
    const slack = new FakeSlack(clock.now)
    await postThenCrash(clock, slack)
    clock.set('2026-02-08T08:03:00Z')
    const { store, logger } = await boot({ clock, slack })
    expect(slack.calls).toHaveLength(1)
    expect(slack.historyCalls[0]).toMatchObject({ channel: 'C1', include_all_metadata: true })
    expect(status(store)).toMatchObject({ status: 'posted', ts: slack.messages[0]?.ts })
    expect(logger.text('info')).toMatch(/already in C1 \(found in the history\)/)
  })

  test('the history cannot be read: not posted again, and the reason is logged with a hint', async () => {
    const clock = fakeClock('2026-02-07T20:00:00Z')
    const slack = new FakeSlack(clock.now)
    await postThenCrash(clock, slack)
    slack.historyError = platformError('missing_scope')
    clock.set('2026-02-08T08:03:00Z')
    const { store, logger, scheduler } = await boot({ clock, slack })
    await at(scheduler, clock, '2026-02-08T08:04:00Z')
    expect(slack.calls).toHaveLength(1)
    expect(status(store)).toMatchObject({ status: 'unknown', reason: 'history unreadable: missing_scope' })
    expect(logger.text('warn')).toMatch(
      /not posting the 2026-02-07 digest to C1 again.*missing_scope.*channels:history/,
    )
  })

  /** A claim saved at 08:00 whose message never left (the process died in between); nothing in the channel. */
  async function claimedNeverSent() {
    const clock = fakeClock('2026-02-07T20:00:00Z')
    const slack = new FakeSlack(clock.now)
    const inner = await openDigestStore({ dir, now: clock.now })
    const first = await boot({ clock, slack, store: inner })
    first.scheduler.stop()
    await inner.update((s) => {
      s.posts[postKey('C1', '2026-02-07')] = {
        channel: 'C1',
        day: '2026-02-07',
        status: 'posting',
        scheduledAt: '2026-02-08T08:00:00.000Z',
        attempts: 1,
        claimedAt: '2026-02-08T08:00:00.000Z',
        ts: null,
        notBefore: null,
        reason: null,
        updatedAt: '2026-02-08T08:00:00.000Z',
      }
    })
    return { clock, slack }
  }

  test('the claim was saved but the message never left: found missing in the history, posted once', async () => {
    const { clock, slack } = await claimedNeverSent()
    clock.set('2026-02-08T08:05:00Z')
    const { store } = await boot({ clock, slack })
    expect(slack.calls).toHaveLength(1)
    expect(status(store)).toMatchObject({ status: 'posted', attempts: 2 })
  })

  test('the history answers a transient 500: checked again at the next run (within the grace window), then posted once', async () => {
    const { clock, slack } = await claimedNeverSent()
    slack.historyError = httpError(500)
    clock.set('2026-02-08T08:05:00Z')
    const { store, logger, scheduler } = await boot({ clock, slack })
    expect(status(store)).toMatchObject({ status: 'posting', reason: 'history unreadable for now: http_500' })
    expect(logger.text('warn')).toMatch(/checked again at the next run/)
    slack.historyError = null
    await at(scheduler, clock, '2026-02-08T08:06:00Z')
    expect(slack.calls).toHaveLength(1)
    expect(status(store)).toMatchObject({ status: 'posted', attempts: 2 })
  })

  test('a transient history error past the grace window: not posted (its outcome stays unknown)', async () => {
    const clock = fakeClock('2026-02-07T20:00:00Z')
    const slack = new FakeSlack(clock.now)
    await postThenCrash(clock, slack)
    slack.historyError = httpError(503)
    clock.set('2026-02-08T12:00:00Z')
    const { store } = await boot({ clock, slack })
    expect(slack.calls).toHaveLength(1)
    expect(status(store)).toMatchObject({ status: 'unknown', reason: 'history unreadable: http_503' })
  })

  test('Slack took the message but the answer was lost: reconciled, not re-posted', async () => {
    const clock = fakeClock('2026-02-07T20:00:00Z')
    const slack = new FakeSlack(clock.now)
    slack.loseAnswer = true
    const { scheduler, store, logger } = await boot({ clock, slack })
    await at(scheduler, clock, '2026-02-08T08:00:00Z')
    expect(status(store)?.status).toBe('posting')
    expect(logger.text('warn')).toMatch(/no clear answer from Slack/)
    slack.loseAnswer = false
    await at(scheduler, clock, '2026-02-08T08:01:00Z')
    expect(slack.calls).toHaveLength(1)
    expect(status(store)?.status).toBe('posted')
  })
})

describe('posting: Slack’s rate limits and refusals', () => {
  test('a rate-limited post waits for Retry-After, then posts once', async () => {
    vi.useFakeTimers({ now: new Date('2026-02-07T20:00:00Z'), toFake: ['setTimeout', 'clearTimeout', 'Date'] })
    const clock = fakeClock('2026-02-07T20:00:00Z')
    const slack = new FakeSlack(clock.now)
    slack.failNext = [rateLimitedError(7)]
    const { scheduler, store, logger } = await boot({ clock, slack, store: memoryDigestStore() })
    clock.set('2026-02-08T08:00:00Z')
    const run = scheduler.runDue()
    await vi.advanceTimersByTimeAsync(6_900)
    expect(slack.calls).toHaveLength(1)
    expect(status(store)).toMatchObject({ status: 'retry', notBefore: '2026-02-08T08:00:07.000Z' })
    await vi.advanceTimersByTimeAsync(100)
    await run
    expect(slack.calls).toHaveLength(2)
    expect(slack.messages).toHaveLength(1)
    expect(status(store)).toMatchObject({ status: 'posted', attempts: 2 })
    expect(logger.text('warn')).toMatch(/rate-limited .* trying again in 7 s/)
  })

  test('a long rate limit is retried by a later check, after Retry-After, without double posting', async () => {
    const clock = fakeClock('2026-02-07T20:00:00Z')
    const slack = new FakeSlack(clock.now)
    slack.failNext = [rateLimitedError(120)]
    const sleep = vi.fn(async () => undefined)
    const { scheduler, store } = await boot({ clock, slack, store: memoryDigestStore(), sleep })
    await at(scheduler, clock, '2026-02-08T08:00:00Z')
    expect(sleep).not.toHaveBeenCalled()
    expect(status(store)).toMatchObject({ status: 'retry', notBefore: '2026-02-08T08:02:00.000Z' })
    await at(scheduler, clock, '2026-02-08T08:01:00Z')
    expect(slack.calls).toHaveLength(1)
    await at(scheduler, clock, '2026-02-08T08:02:00Z')
    await at(scheduler, clock, '2026-02-08T08:03:00Z')
    expect(slack.calls).toHaveLength(2)
    expect(slack.messages).toHaveLength(1)
  })

  test.each([
    ['not_in_channel', /invite the bot to #newsroom \(C1\): type \/invite @/],
    ['channel_not_found', /check the channel ID .* invite the bot to #newsroom \(C1\)/],
  ])('%s is logged with a hint and not retried', async (code, hint) => {
    const clock = fakeClock('2026-02-07T20:00:00Z')
    const slack = new FakeSlack(clock.now)
    slack.failNext = [platformError(code)]
    const store = memoryDigestStore()
    await store.update((s) => {
      s.subscriptions.C1 = {
        channel: 'C1',
        channelName: 'newsroom',
        enabled: true,
        time: '08:00',
        timezone: 'Europe/London',
        since: '2026-02-07T20:00:00Z',
        by: 'U1',
        updatedAt: '2026-02-07T20:00:00Z',
      }
    })
    const { scheduler, logger } = await boot({ clock, slack, store, config: { DIGEST_CHANNELS: [] } })
    await at(scheduler, clock, '2026-02-08T08:00:00Z')
    for (const minute of ['01', '02', '30']) await at(scheduler, clock, `2026-02-08T08:${minute}:00Z`)
    expect(slack.calls).toHaveLength(1)
    expect(logger.text('error')).toMatch(new RegExp(`refused the 2026-02-07 digest for #newsroom \\(C1\\): ${code}`))
    expect(logger.text('error')).toMatch(hint)
    expect(status(store)).toMatchObject({ status: 'failed' })
  })
})

describe('empty days', () => {
  test.each([
    [true, 0, 'skipped'],
    [false, 1, 'posted'],
  ])('DIGEST_SKIP_EMPTY=%s: %i post(s)', async (skip, posts, recorded) => {
    const clock = fakeClock('2026-02-09T20:00:00Z')
    const slack = new FakeSlack(clock.now)
    const { scheduler, store } = await boot({ clock, slack, config: { DIGEST_SKIP_EMPTY: skip } })
    await at(scheduler, clock, '2026-02-10T08:00:00Z') // 9 February: nothing published
    expect(slack.calls).toHaveLength(posts)
    expect(slack.calls[0]?.text ?? '').toMatch(
      skip ? /^$/ : /^No new coverage of the Iran–US talks on Monday 9 February/,
    )
    expect(status(store, '2026-02-09')?.status).toBe(recorded)
  })
})

describe('croner wakes the scheduler up', () => {
  test('with a fake clock, the minute tick at 08:00 posts', async () => {
    vi.useFakeTimers({ now: new Date('2026-02-08T07:58:30Z'), toFake: ['setTimeout', 'clearTimeout', 'Date'] })
    const slack = new FakeSlack(() => new Date())
    const scheduler = startDigestScheduler({
      client: slack,
      story: () => multiDayStory(),
      store: memoryDigestStore({
        version: 1,
        subscriptions: {},
        posts: {},
        configSince: { C1: '2026-02-01T00:00:00Z' },
        recoveredAt: null,
      }),
      config: digestConfig(LONDON),
      logger: recordingLogger(),
    })
    await scheduler.started
    await vi.advanceTimersByTimeAsync(60_000) // 07:59:30
    expect(slack.calls).toHaveLength(0)
    await vi.advanceTimersByTimeAsync(31_000) // 08:00:01
    expect(slack.calls).toHaveLength(1)
    await vi.advanceTimersByTimeAsync(5 * 60_000)
    expect(slack.calls).toHaveLength(1)
    scheduler.stop()
  })
})
