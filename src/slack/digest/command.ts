/**
 * `/iran-talks digest ...`: preview a digest privately, subscribe the channel, unsubscribe, show the status.
 * The router passes the words after `digest` (a leading `digest` is accepted too).
 *
 * The digest posted each morning covers the previous calendar day in the channel's zone; `/iran-talks digest`
 * previews exactly that one (the digest of "yesterday"), `/iran-talks digest 2026-02-07` any other day.
 */
import { composeDigest } from '../../digest/compose.js'
import { addDays, canonicalZone, localDateTime, localDay, longDay, parseClock } from '../../digest/day.js'
import {
  type DigestConfig,
  type EffectiveSubscription,
  effectiveSubscriptions,
  graceMs,
  nextPost,
} from '../../digest/schedule.js'
import type { DigestState, DigestStore, PostRecord } from '../../digest/store.js'
import type { DigestLogger } from '../../digest/types.js'
import { DigestInputError } from '../../digest/types.js'
import { type KnownBlock, renderDigestBlocks } from '../../render/digest-blocks.js'
import { escapeText, LIMITS, truncate } from '../../render/mrkdwn.js'
import type { Story } from '../../story/types.js'

export type CommandReply = { text: string; blocks: KnownBlock[]; responseType?: 'ephemeral' | 'in_channel' }

export type DigestCommandContext = { channelId: string; channelName?: string; userId: string; teamId?: string }

export type DigestCommandDeps = {
  store: DigestStore
  /** The current story (the corpus can change while running). */
  story: () => Story
  config: DigestConfig
  now?: () => Date
  logger?: DigestLogger
  /** Called after a subscription changed (e.g. to run the scheduler's check at once). */
  onChange?: () => void
  /**
   * Set when the digest cannot run (DATA_DIR unusable): why, in words for the channel (no server paths). Previews
   * still work; `on`, `off` and `status` say the digest is off.
   */
  disabled?: string
}

export const DIGEST_USAGE = [
  '*Daily digest*: the previous day’s coverage, posted in a channel every morning.',
  '• `/iran-talks digest` — preview the latest digest (only you see it)',
  '• `/iran-talks digest 2026-02-07` — preview the digest of a given day (or `today`)',
  '• `/iran-talks digest on [HH:MM] [ZONE]` — post it in this channel every day, e.g. `on 08:00 Europe/London`',
  '• `/iran-talks digest off` — stop posting it here',
  '• `/iran-talks digest status` — when the next one comes',
].join('\n')

const section = (text: string): KnownBlock => ({
  type: 'section',
  text: { type: 'mrkdwn', text: truncate(text, LIMITS.sectionText) },
})

/** A reply made of mrkdwn we wrote (anything from outside already escaped). */
const reply = (text: string, responseType: 'ephemeral' | 'in_channel' = 'ephemeral'): CommandReply => ({
  text: truncate(text, LIMITS.fallbackText),
  blocks: [section(text)],
  responseType,
})

/** `<@U123>` for a user ID Slack gave us; anything else escaped. */
const mention = (userId: string) => (/^[UW][A-Z0-9]+$/.test(userId) ? `<@${userId}>` : escapeText(userId))

const describeRecord = (r: PostRecord): string => {
  const what = `the digest of ${longDay(r.day)}`
  switch (r.status) {
    case 'posted':
      return `${what} was posted.`
    case 'posting':
      return `${what} is being posted (or its outcome is being checked).`
    case 'retry':
      return `${what} is waiting to be posted again (${escapeText(r.reason ?? 'Slack was busy')}).`
    case 'skipped':
      return `${what} was skipped: nothing was published that day.`
    case 'missed':
      return `${what} was missed: the bot was not running in time.`
    case 'failed':
      return `${what} could not be posted: ${escapeText(r.reason ?? 'Slack refused it')}.`
    case 'unknown':
      return `${what} may not have been posted: the bot stopped while posting it and could not check the channel history. Preview it with \`/iran-talks digest ${r.day}\`.`
  }
}

function parseOn(words: string[]): { time?: string; zone?: string } | string {
  const out: { time?: string; zone?: string } = {}
  for (const word of words) {
    if (/^\d/.test(word)) {
      const time = parseClock(word)
      if (!time)
        return `“${escapeText(word)}” is not a time of day: use HH:MM on a 24-hour clock, e.g. \`08:00\` or \`17:30\`.`
      if (out.time) return 'Give one time only, e.g. `/iran-talks digest on 08:00 Europe/London`.'
      out.time = time
    } else {
      const zone = canonicalZone(word)
      if (!zone)
        return `“${escapeText(word)}” is not a time zone I know: use an IANA name such as \`Europe/London\`, \`America/New_York\`, \`Asia/Tehran\` or \`UTC\`.`
      if (out.zone) return 'Give one time zone only, e.g. `/iran-talks digest on 08:00 Europe/London`.'
      out.zone = zone
    }
  }
  return out
}

/** The handler the Slack router calls for `/iran-talks digest ...`. Never throws: problems become replies. */
export function createDigestCommandHandler(
  deps: DigestCommandDeps,
): (args: string, ctx: DigestCommandContext) => Promise<CommandReply> {
  const clock = deps.now ?? (() => new Date())
  const subscriptionOf = (state: DigestState, channel: string): EffectiveSubscription | undefined =>
    effectiveSubscriptions(deps.config, state).find((s) => s.channel === channel)
  const zoneOf = (state: DigestState, channel: string) =>
    subscriptionOf(state, channel)?.timezone ?? canonicalZone(deps.config.STORY_TIMEZONE) ?? 'UTC'

  function schedule(sub: EffectiveSubscription, state: DigestState, now: Date): string {
    const next = nextPost(sub, state, now, graceMs(deps.config))
    if (!next) return ''
    if (next.dueNow) return `The digest of ${longDay(next.day)} is due now and will be posted within a minute.`
    return `Next: ${localDateTime(next.scheduledAt, sub.timezone)} — the digest of ${longDay(next.day)}.`
  }

  function preview(day: string | null, ctx: DigestCommandContext): CommandReply {
    const now = clock()
    const state = deps.store.read()
    const zone = zoneOf(state, ctx.channelId)
    const date = day ?? addDays(localDay(now, zone), -1)
    const digest = composeDigest(deps.story(), date, zone)
    const sub = subscriptionOf(state, ctx.channelId)
    const note = `Preview, only visible to you. ${
      sub
        ? `This channel gets the digest every day at ${sub.time} (${escapeText(sub.timezone)}).`
        : 'Post it here every morning with `/iran-talks digest on 08:00`.'
    }`
    const message = renderDigestBlocks(digest, { note })
    return { text: message.text, blocks: message.blocks, responseType: 'ephemeral' }
  }

  async function turnOn(words: string[], ctx: DigestCommandContext): Promise<CommandReply> {
    const parsed = parseOn(words)
    if (typeof parsed === 'string') return reply(parsed)
    const now = clock()
    const before = deps.store.read()
    const current = subscriptionOf(before, ctx.channelId)
    const time = parsed.time ?? current?.time ?? parseClock(deps.config.DIGEST_TIME) ?? '08:00'
    const timezone = parsed.zone ?? current?.timezone ?? canonicalZone(deps.config.STORY_TIMEZONE) ?? 'UTC'
    const state = await deps.store.update((s) => {
      s.subscriptions[ctx.channelId] = {
        channel: ctx.channelId,
        channelName: ctx.channelName ?? current?.channelName ?? null,
        enabled: true,
        time,
        timezone,
        // A new subscription owes nothing already past; changing an existing one keeps what it owed.
        since: current ? current.since : now.toISOString(),
        by: ctx.userId,
        updatedAt: now.toISOString(),
      }
    })
    deps.logger?.info(`digest: ${ctx.userId} subscribed ${ctx.channelId} at ${time} ${timezone}`)
    deps.onChange?.()
    const sub = subscriptionOf(state, ctx.channelId)
    return reply(
      [
        `${mention(ctx.userId)} ${current ? 'changed' : 'turned on'} the daily digest for this channel: every day at *${time}* (${escapeText(timezone)}), the digest of the previous day’s coverage.`,
        sub ? schedule(sub, state, now) : '',
        'I can only post in channels I’m a member of: if I’m not in this one yet, `/invite` me.',
      ]
        .filter(Boolean)
        .join('\n'),
      'in_channel',
    )
  }

  async function turnOff(ctx: DigestCommandContext): Promise<CommandReply> {
    const now = clock()
    const current = subscriptionOf(deps.store.read(), ctx.channelId)
    if (!current) return reply('This channel has no daily digest. Turn it on with `/iran-talks digest on 08:00`.')
    await deps.store.update((s) => {
      s.subscriptions[ctx.channelId] = {
        channel: ctx.channelId,
        channelName: ctx.channelName ?? current.channelName,
        enabled: false,
        time: current.time,
        timezone: current.timezone,
        since: null,
        by: ctx.userId,
        updatedAt: now.toISOString(),
      }
    })
    deps.logger?.info(`digest: ${ctx.userId} unsubscribed ${ctx.channelId}`)
    deps.onChange?.()
    return reply(
      `${mention(ctx.userId)} turned off the daily digest for this channel.${
        current.origin === 'config' ? ' (It was set in the bot’s configuration; this overrides it.)' : ''
      } Turn it back on with \`/iran-talks digest on\`.`,
      'in_channel',
    )
  }

  function status(ctx: DigestCommandContext): CommandReply {
    const now = clock()
    const state = deps.store.read()
    const sub = subscriptionOf(state, ctx.channelId)
    const last = Object.values(state.posts)
      .filter((r) => r.channel === ctx.channelId)
      .sort((a, b) => b.day.localeCompare(a.day))[0]
    const lastLine = last ? `Last: ${describeRecord(last)}` : ''
    if (!sub)
      return reply(
        ['This channel has no daily digest. Turn it on with `/iran-talks digest on 08:00 Europe/London`.', lastLine]
          .filter(Boolean)
          .join('\n'),
      )
    const stored = state.subscriptions[ctx.channelId]
    const origin =
      sub.origin === 'config'
        ? 'Set in the bot’s configuration (DIGEST_CHANNELS).'
        : `Set by ${stored?.by ? mention(stored.by) : 'someone'} on ${longDay(stored?.updatedAt.slice(0, 10) ?? '')}.`
    return reply(
      [
        `*Daily digest in this channel:* every day at *${sub.time}* (${escapeText(sub.timezone)}), the digest of the previous day. ${origin}`,
        schedule(sub, state, now),
        lastLine,
      ]
        .filter(Boolean)
        .join('\n'),
    )
  }

  return async (args, ctx) => {
    const words = args.trim().split(/\s+/).filter(Boolean)
    if (words[0]?.toLowerCase() === 'digest') words.shift()
    const [verb, ...rest] = words
    const lower = verb?.toLowerCase()
    try {
      if (!lower) return preview(null, ctx)
      if (lower === 'help') return reply(DIGEST_USAGE)
      if (deps.disabled && (lower === 'on' || lower === 'off' || lower === 'status'))
        return reply(
          `The daily digest is off on this bot: ${deps.disabled} Previews still work: \`/iran-talks digest\`.`,
        )
      if (lower === 'on') return await turnOn(rest, ctx)
      if (lower === 'off' && rest.length === 0) return await turnOff(ctx)
      if (lower === 'status' && rest.length === 0) return status(ctx)
      if (rest.length === 0 && (lower === 'today' || lower === 'yesterday')) {
        const zone = zoneOf(deps.store.read(), ctx.channelId)
        const today = localDay(clock(), zone)
        return preview(lower === 'today' ? today : addDays(today, -1), ctx)
      }
      if (rest.length === 0 && /^\d{4}-\d{2}-\d{2}$/.test(lower)) return preview(lower, ctx)
      return reply(`I don’t know \`digest ${escapeText(words.join(' '))}\`.\n${DIGEST_USAGE}`)
    } catch (error) {
      if (error instanceof DigestInputError) return reply(escapeText(error.message))
      // the reason (which may name a server path) goes to the log, not to the channel
      deps.logger?.error(`digest: /iran-talks digest ${args} failed: ${(error as Error).message}`)
      return reply(
        'Sorry, that did not work. Please try again later; the people running the bot can see why in its log.',
      )
    }
  }
}
