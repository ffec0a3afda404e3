import { describe, expect, test } from 'vitest'
import { canonicalZone, parseClock, previousDay, zonedInstant } from '../../src/digest/day.js'
import {
  type DigestConfig,
  duePosts,
  type EffectiveSubscription,
  effectiveSubscriptions,
  graceMs,
  nextPost,
} from '../../src/digest/schedule.js'
import { type DigestState, emptyState, type PostRecord, postKey } from '../../src/digest/store.js'
import { digestConfig } from '../fixtures/digest/slack.js'

describe('zonedInstant: one instant per local day, daylight saving included', () => {
  test.each([
    // London springs forward at 01:00 GMT on 29 March 2026: 01:30 does not exist → read with GMT (= 02:30 BST)
    ['2026-03-29', '01:30', 'Europe/London', '2026-03-29T01:30:00.000Z'],
    ['2026-03-29', '08:00', 'Europe/London', '2026-03-29T07:00:00.000Z'],
    // London falls back at 01:00 GMT on 25 October 2026: 01:30 happens twice → the first (BST)
    ['2026-10-25', '01:30', 'Europe/London', '2026-10-25T00:30:00.000Z'],
    ['2026-10-25', '08:00', 'Europe/London', '2026-10-25T08:00:00.000Z'],
    ['2026-03-08', '02:30', 'America/New_York', '2026-03-08T07:30:00.000Z'],
    ['2026-02-07', '08:00', 'Asia/Tehran', '2026-02-07T04:30:00.000Z'],
    ['2026-02-07', '00:00', 'UTC', '2026-02-07T00:00:00.000Z'],
  ])('%s %s %s', (day, clock, zone, iso) => {
    expect(zonedInstant(day, clock, zone).toISOString()).toBe(iso)
  })

  test.each([
    ['8:00', '08:00'],
    ['23:59', '23:59'],
    ['25:00', null],
    ['08:60', null],
    ['8am', null],
  ])('parseClock(%s)', (text, expected) => {
    expect(parseClock(text)).toBe(expected)
  })

  test.each([
    ['europe/london', 'Europe/London'],
    ['UTC', 'UTC'],
    ['Mars/Base', null],
    ['', null],
  ])('canonicalZone(%s)', (zone, expected) => {
    expect(canonicalZone(zone)).toBe(expected)
  })

  test('previousDay is the calendar day before, in the zone', () => {
    expect(previousDay(new Date('2026-02-08T01:00:00Z'), 'UTC')).toBe('2026-02-07')
    expect(previousDay(new Date('2026-02-08T01:00:00Z'), 'America/Los_Angeles')).toBe('2026-02-06')
  })
})

const sub = (over: Partial<EffectiveSubscription> = {}): EffectiveSubscription => ({
  channel: 'C1',
  channelName: 'newsroom',
  time: '08:00',
  timezone: 'Europe/London',
  since: '2026-02-07T12:00:00Z', // subscribed (or first configured) on 7 February, after that day's time
  origin: 'config',
  ...over,
})

const withRecord = (day: string, over: Partial<PostRecord>): DigestState => {
  const state = emptyState()
  state.posts[postKey('C1', day)] = {
    channel: 'C1',
    day,
    status: 'posted',
    scheduledAt: '2026-02-08T08:00:00.000Z',
    attempts: 1,
    claimedAt: '2026-02-08T08:00:00.000Z',
    ts: '1.2',
    notBefore: null,
    reason: null,
    updatedAt: '2026-02-08T08:00:01.000Z',
    ...over,
  }
  return state
}

const grace = graceMs({ DIGEST_GRACE_HOURS: 3 })
const plan = (state: DigestState, now: string, s = sub()) =>
  duePosts([s], state, new Date(now), grace).map((d) => `${d.action} ${d.day}`)

describe('duePosts: a pure function of (subscriptions, state, now)', () => {
  test.each([
    ['before the time', emptyState(), '2026-02-08T07:59:59Z', []],
    ['at the time: yesterday’s digest', emptyState(), '2026-02-08T08:00:00Z', ['post 2026-02-07']],
    ['late, within the grace window', emptyState(), '2026-02-08T10:59:00Z', ['post 2026-02-07']],
    ['after the grace window: a miss', emptyState(), '2026-02-08T11:01:00Z', ['miss 2026-02-07']],
    ['already posted', withRecord('2026-02-07', {}), '2026-02-08T09:00:00Z', []],
    ['already missed, skipped or failed', withRecord('2026-02-07', { status: 'failed' }), '2026-02-08T09:00:00Z', []],
    [
      'a claim with no answer: reconcile',
      withRecord('2026-02-07', { status: 'posting' }),
      '2026-02-08T09:00:00Z',
      ['reconcile 2026-02-07'],
    ],
    [
      'rate limited, not yet',
      withRecord('2026-02-07', { status: 'retry', notBefore: '2026-02-08T09:00:30Z' }),
      '2026-02-08T09:00:00Z',
      [],
    ],
    [
      'rate limited, time to retry',
      withRecord('2026-02-07', { status: 'retry', notBefore: '2026-02-08T09:00:30Z' }),
      '2026-02-08T09:00:30Z',
      ['post 2026-02-07'],
    ],
    [
      'rate limited until past the window',
      withRecord('2026-02-07', { status: 'retry' }),
      '2026-02-08T11:30:00Z',
      ['miss 2026-02-07'],
    ],
  ])('%s', (_name, state, now, expected) => {
    expect(plan(state, now)).toEqual(expected)
  })

  test('a bot down for more than a day reports each digest it missed', () => {
    expect(plan(emptyState(), '2026-02-08T12:00:00Z', sub({ since: '2026-02-01T00:00:00Z' }))).toEqual([
      'miss 2026-02-06',
      'miss 2026-02-07',
    ])
  })

  test('a late-evening time still posts after midnight within the grace window', () => {
    expect(plan(emptyState(), '2026-02-09T00:30:00Z', sub({ time: '23:00' }))).toEqual(['post 2026-02-07'])
  })

  test('a subscription made after today’s time owes nothing until tomorrow', () => {
    const s = sub({ since: '2026-02-08T09:00:00Z', origin: 'slack' })
    expect(plan(emptyState(), '2026-02-08T09:01:00Z', s)).toEqual([])
    expect(plan(emptyState(), '2026-02-09T08:00:00Z', s)).toEqual(['post 2026-02-08'])
  })

  test('after a corrupt state file, digests due before the recovery are reconciled, not re-posted blindly', () => {
    const state = { ...emptyState(), recoveredAt: '2026-02-08T09:00:00Z' }
    expect(plan(state, '2026-02-08T09:00:00Z')).toEqual(['reconcile 2026-02-07'])
    // the next day's digest is due after the recovery: posted normally
    expect(plan(state, '2026-02-09T08:00:00Z')).toContain('post 2026-02-08')
  })

  test('a grace window of 0 still tolerates a late minute tick', () => {
    const g = graceMs({ DIGEST_GRACE_HOURS: 0 })
    expect(duePosts([sub()], emptyState(), new Date('2026-02-08T08:01:00Z'), g).map((d) => d.action)).toEqual(['post'])
    expect(duePosts([sub()], emptyState(), new Date('2026-02-08T08:10:00Z'), g).map((d) => d.action)).toEqual(['miss'])
  })

  test('nextPost: the next digest, or the one due now', () => {
    expect(nextPost(sub(), emptyState(), new Date('2026-02-08T07:00:00Z'), grace)).toEqual({
      day: '2026-02-07',
      scheduledAt: new Date('2026-02-08T08:00:00Z'),
      dueNow: false,
    })
    expect(nextPost(sub(), emptyState(), new Date('2026-02-08T09:00:00Z'), grace)?.dueNow).toBe(true)
    expect(nextPost(sub(), withRecord('2026-02-07', {}), new Date('2026-02-08T09:00:00Z'), grace)).toMatchObject({
      day: '2026-02-08',
      dueNow: false,
    })
  })
})

describe('effectiveSubscriptions', () => {
  const config: DigestConfig = digestConfig({
    DIGEST_CHANNELS: ['C1', 'C2'],
    DIGEST_TIME: '7:15',
    STORY_TIMEZONE: 'utc',
  })

  test('configured channels, overridden or silenced from Slack, plus Slack-only channels', () => {
    const state = emptyState()
    const base = { channelName: null, since: null, by: 'U1', updatedAt: '2026-02-01T00:00:00Z' }
    state.subscriptions.C2 = { ...base, channel: 'C2', enabled: false, time: '08:00', timezone: 'UTC' }
    state.subscriptions.C3 = { ...base, channel: 'C3', enabled: true, time: '09:30', timezone: 'Asia/Tehran' }
    state.configSince.C1 = '2026-01-01T00:00:00Z'
    expect(effectiveSubscriptions(config, state).map((s) => [s.channel, s.time, s.timezone, s.origin])).toEqual([
      ['C1', '07:15', 'UTC', 'config'],
      ['C3', '09:30', 'Asia/Tehran', 'slack'],
    ])
    expect(effectiveSubscriptions(config, state)[0]?.since).toBe('2026-01-01T00:00:00Z')
  })
})
