import { describe, expect, test, vi } from 'vitest'
import type { DigestConfig } from '../../src/digest/schedule.js'
import { duePosts, effectiveSubscriptions, graceMs } from '../../src/digest/schedule.js'
import { type DigestState, memoryDigestStore } from '../../src/digest/store.js'
import { type CommandReply, createDigestCommandHandler } from '../../src/slack/digest/command.js'
import { digestConfig, fakeClock, recordingLogger } from '../fixtures/digest/slack.js'
import { multiDayStory } from '../fixtures/digest/story.js'

const ctx = { channelId: 'C1', channelName: 'newsroom', userId: 'U42', teamId: 'T1' }

function setup(config: Partial<DigestConfig> = {}, now = '2026-02-08T07:00:00Z', initial?: DigestState) {
  const clock = fakeClock(now)
  const store = memoryDigestStore(initial)
  const onChange = vi.fn()
  const cfg = digestConfig({ STORY_TIMEZONE: 'Europe/London', ...config })
  const handle = createDigestCommandHandler({
    store,
    story: () => multiDayStory(),
    config: cfg,
    now: clock.now,
    logger: recordingLogger(),
    onChange,
  })
  return { handle, store, clock, onChange, cfg }
}

const allText = (reply: CommandReply) =>
  [reply.text, ...reply.blocks.map((b) => JSON.stringify(b))].join('\n').replace(/\\n/g, '\n')

describe('/iran-talks digest on|off|status', () => {
  test('on HH:MM ZONE subscribes the channel, says when the first digest comes, and tells the channel', async () => {
    const { handle, store, onChange } = setup()
    const reply = await handle('on 7:30 america/new_york', ctx)
    expect(reply.responseType).toBe('in_channel')
    expect(reply.text).toContain(
      '<@U42> turned on the daily digest for this channel: every day at *07:30* (America/New_York)',
    )
    expect(reply.text).toContain('Next: Sunday 8 February 2026 at 07:30 — the digest of Saturday 7 February 2026.')
    expect(store.read().subscriptions.C1).toMatchObject({
      channel: 'C1',
      channelName: 'newsroom',
      enabled: true,
      time: '07:30',
      timezone: 'America/New_York',
      since: '2026-02-08T07:00:00.000Z',
      by: 'U42',
    })
    expect(onChange).toHaveBeenCalledOnce()
  })

  test('on without arguments uses DIGEST_TIME and STORY_TIMEZONE; the router may pass the word "digest" too', async () => {
    const { handle, store } = setup({ DIGEST_TIME: '06:45' })
    await handle('digest on', ctx)
    expect(store.read().subscriptions.C1).toMatchObject({ time: '06:45', timezone: 'Europe/London' })
  })

  test.each([
    ['on 25:00', /“25:00” is not a time of day: use HH:MM on a 24-hour clock/],
    ['on 8am', /“8am” is not a time of day/],
    ['on 08:00 Mars/Olympus', /“Mars\/Olympus” is not a time zone I know: use an IANA name such as `Europe\/London`/],
    ['on 08:00 09:00', /Give one time only/],
    ['on <!channel>', /“&lt;!channel&gt;” is not a time zone/],
  ])('bad input "%s" gets a clear private message and changes nothing', async (args, message) => {
    const { handle, store } = setup()
    const reply = await handle(args, ctx)
    expect(reply.responseType).toBe('ephemeral')
    expect(reply.text).toMatch(message)
    expect(store.read().subscriptions).toEqual({})
  })

  test('subscribing after today’s time owes nothing until tomorrow', async () => {
    const { handle, store, cfg } = setup({}, '2026-02-08T09:00:00Z')
    const reply = await handle('on 08:00', ctx)
    expect(reply.text).toContain('Next: Monday 9 February 2026 at 08:00 — the digest of Sunday 8 February 2026.')
    const state = store.read()
    const subs = effectiveSubscriptions(cfg, state)
    expect(duePosts(subs, state, new Date('2026-02-08T09:01:00Z'), graceMs(cfg))).toEqual([])
  })

  test('status shows the subscription, the next digest and the last one', async () => {
    const { handle, store } = setup()
    await handle('on 08:00', ctx)
    await store.update((s) => {
      s.posts['C1|2026-02-06'] = {
        channel: 'C1',
        day: '2026-02-06',
        status: 'failed',
        scheduledAt: '2026-02-07T08:00:00.000Z',
        attempts: 1,
        claimedAt: null,
        ts: null,
        notBefore: null,
        reason: 'not_in_channel: invite the bot',
        updatedAt: '2026-02-07T08:00:01.000Z',
      }
    })
    const reply = await handle('status', ctx)
    expect(reply.responseType).toBe('ephemeral')
    expect(reply.text).toContain('*Daily digest in this channel:* every day at *08:00* (Europe/London)')
    expect(reply.text).toContain('Set by <@U42> on Sunday 8 February 2026.')
    expect(reply.text).toContain('Next: Sunday 8 February 2026 at 08:00')
    expect(reply.text).toContain('Last: the digest of Friday 6 February 2026 could not be posted: not_in_channel')
  })

  test('off stops it, even for a channel from DIGEST_CHANNELS; status then says so', async () => {
    const { handle, store, cfg } = setup({ DIGEST_CHANNELS: ['C1'] })
    expect((await handle('status', ctx)).text).toContain('Set in the bot’s configuration (DIGEST_CHANNELS).')
    const reply = await handle('off', ctx)
    expect(reply.responseType).toBe('in_channel')
    expect(reply.text).toContain(
      '<@U42> turned off the daily digest for this channel. (It was set in the bot’s configuration',
    )
    expect(effectiveSubscriptions(cfg, store.read())).toEqual([])
    expect((await handle('status', ctx)).text).toContain('This channel has no daily digest.')
    expect((await handle('off', ctx)).text).toContain('This channel has no daily digest.')
  })
})

describe('/iran-talks digest (preview)', () => {
  test('shows yesterday’s digest in the channel’s zone, privately', async () => {
    const { handle } = setup({}, '2026-02-08T07:00:00Z')
    const reply = await handle('', ctx)
    expect(reply.responseType).toBe('ephemeral')
    const text = allText(reply)
    expect(text).toContain('Iran–US talks · Saturday 7 February 2026')
    expect(text).toContain('Preview, only visible to you.')
    expect(reply.blocks.length).toBeLessThanOrEqual(50)
  })

  test('uses the subscription’s zone: in Tehran it is already 8 February', async () => {
    const { handle } = setup({}, '2026-02-08T21:00:00Z')
    await handle('on 08:00 Asia/Tehran', ctx)
    expect(allText(await handle('digest', ctx))).toContain('Iran–US talks · Sunday 8 February 2026')
  })

  test.each([
    ['2026-02-06', 'Friday 6 February 2026'],
    ['today', 'Sunday 8 February 2026'],
    ['yesterday', 'Saturday 7 February 2026'],
  ])('digest %s previews that day', async (args, heading) => {
    const { handle } = setup()
    expect(allText(await handle(args, ctx))).toContain(`Iran–US talks · ${heading}`)
  })

  test.each([
    ['2026-02-30', /"2026-02-30" is not a calendar date/],
    ['frobnicate', /I don’t know `digest frobnicate`/],
    ['help', /\/iran-talks digest on \[HH:MM\] \[ZONE\]/],
  ])('digest %s', async (args, message) => {
    const { handle } = setup()
    const reply = await handle(args, ctx)
    expect(reply.text).toMatch(message)
    expect(reply.responseType).toBe('ephemeral')
  })
})

describe('when the digest state cannot be saved, or the digest is off', () => {
  test('a failed save is answered without the server path (which goes to the log)', async () => {
    const store = memoryDigestStore()
    const logger = recordingLogger()
    const handle = createDigestCommandHandler({
      store: {
        ...store,
        update: async () => {
          throw new Error('cannot save /srv/bot/data/digest-state.json: EROFS')
        },
      },
      story: () => multiDayStory(),
      config: digestConfig(),
      logger,
    })
    const reply = await handle('on 08:00', ctx)
    expect(allText(reply)).toContain('Sorry, that did not work')
    expect(allText(reply)).not.toMatch(/\/srv|EROFS|digest-state/)
    expect(logger.text('error')).toContain('/srv/bot/data/digest-state.json')
  })

  test('disabled (DATA_DIR unusable): on, off and status say so; a preview still works', async () => {
    const handle = createDigestCommandHandler({
      store: memoryDigestStore(),
      story: () => multiDayStory(),
      config: digestConfig(),
      now: fakeClock('2026-02-08T07:00:00Z').now,
      disabled: 'it has nowhere to keep its records.',
    })
    for (const verb of ['on 08:00', 'off', 'status'])
      expect((await handle(verb, ctx)).text).toContain('The daily digest is off on this bot: it has nowhere to keep')
    expect((await handle('2026-02-07', ctx)).text).not.toContain('is off')
  })
})
