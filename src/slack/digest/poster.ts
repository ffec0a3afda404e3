/**
 * Carries out what `duePosts` decided: posts a digest exactly once, reconciles a claim whose outcome is unknown,
 * records a miss.
 *
 * Exactly once: before calling `chat.postMessage` the (channel, day) is claimed in the state (status `posting`,
 * saved atomically); the message carries metadata {event_type: 'iran_talks_digest', event_payload: {channel, day}};
 * the answer is recorded (`posted` with its ts). A crash or an ambiguous failure (timeout, 5xx) between claim and
 * record leaves `posting`: next time the channel history is searched for that metadata. Found: recorded as posted.
 * Not found: posted (within the grace window). History unreadable for now (a 5xx, a timeout): checked again at the
 * next run, within the grace window. History unreadable for good (the optional channels:history/groups:history
 * scopes are missing, ...) or past the grace window: NOT posted again — a duplicate in an editor's channel is worse
 * than a gap they can fill by hand — and the reason is logged with a hint.
 */

import { composeDigest } from '../../digest/compose.js'
import type { DigestConfig, Due } from '../../digest/schedule.js'
import { type DigestStore, type PostRecord, type PostStatus, postKey } from '../../digest/store.js'
import type { DigestLogger } from '../../digest/types.js'
import { renderDigestBlocks } from '../../render/digest-blocks.js'
import type { Story } from '../../story/types.js'
import { classifySlackError, DIGEST_EVENT_TYPE, type DigestSlackClient, slackErrorCode } from './client.js'

export type PosterDeps = {
  client: DigestSlackClient
  store: DigestStore
  story: () => Story
  config: DigestConfig
  logger: DigestLogger
  now: () => Date
  /** Waits (for Retry-After). */
  sleep: (ms: number) => Promise<void>
}

/** What happened to one (channel, day); `pending` when nothing could be recorded (the state could not be saved). */
export type PostOutcome = {
  channel: string
  day: string
  status: PostStatus | 'pending'
  ts?: string
  reason?: string
}

/** Waits for Retry-After inside one run at most this many times (and only for short waits); then a later run retries. */
const INLINE_RATE_LIMIT_RETRIES = 3
const INLINE_RATE_LIMIT_MAX_SECONDS = 60
/** History pages searched for a digest after a crash (200 messages each). */
const HISTORY_PAGES = 5

type Slot = Pick<Due, 'channel' | 'day' | 'scheduledAt' | 'subscription'>

/** "#newsroom (C0123)" or "<#C0123>": how a channel is named in logs. */
export const channelLabel = (slot: Pick<Slot, 'channel' | 'subscription'>) =>
  slot.subscription.channelName ? `#${slot.subscription.channelName} (${slot.channel})` : slot.channel

async function record(
  deps: PosterDeps,
  slot: Slot,
  change: Partial<PostRecord> & { status: PostStatus },
): Promise<PostRecord> {
  const key = postKey(slot.channel, slot.day)
  const now = deps.now().toISOString()
  const state = await deps.store.update((s) => {
    const before = s.posts[key]
    s.posts[key] = {
      channel: slot.channel,
      day: slot.day,
      scheduledAt: slot.scheduledAt.toISOString(),
      attempts: before?.attempts ?? 0,
      claimedAt: before?.claimedAt ?? null,
      ts: before?.ts ?? null,
      notBefore: null,
      reason: null,
      ...change,
      updatedAt: now,
    }
  })
  const saved = state.posts[key]
  if (!saved) throw new Error(`the record of ${key} was not saved`)
  return saved
}

/** Records an outcome; if even that fails, logs it (the claim stays, so a later run reconciles). */
async function settle(
  deps: PosterDeps,
  slot: Slot,
  change: Partial<PostRecord> & { status: PostStatus },
): Promise<PostOutcome> {
  const outcome: PostOutcome = { channel: slot.channel, day: slot.day, status: change.status }
  if (change.ts) outcome.ts = change.ts
  if (change.reason) outcome.reason = change.reason
  try {
    await record(deps, slot, change)
  } catch (error) {
    deps.logger.error(
      `digest: could not record "${change.status}" for the ${slot.day} digest in ${channelLabel(slot)}; it will be reconciled on the next run`,
      error,
    )
  }
  return outcome
}

/** Composes, claims and posts the digest of `slot.day` in `slot.channel`. */
export async function postDigest(deps: PosterDeps, slot: Slot): Promise<PostOutcome> {
  const { channel, day, subscription } = slot
  const label = channelLabel(slot)
  let message: ReturnType<typeof renderDigestBlocks>
  try {
    const digest = composeDigest(deps.story(), day, subscription.timezone)
    if (digest.empty && deps.config.DIGEST_SKIP_EMPTY) {
      deps.logger.info(`digest: nothing was published on ${day}; not posting to ${label} (DIGEST_SKIP_EMPTY)`)
      return settle(deps, slot, { status: 'skipped', reason: 'no coverage that day' })
    }
    message = renderDigestBlocks(digest)
  } catch (error) {
    deps.logger.error(`digest: could not compose the ${day} digest for ${label}`, error)
    return settle(deps, slot, { status: 'failed', reason: `could not compose: ${(error as Error).message}` })
  }

  for (let round = 1; ; round++) {
    const previous = deps.store.read().posts[postKey(channel, day)]
    try {
      await record(deps, slot, {
        status: 'posting',
        attempts: (previous?.attempts ?? 0) + 1,
        claimedAt: deps.now().toISOString(),
      })
    } catch (error) {
      deps.logger.error(
        `digest: not posting the ${day} digest to ${label}: the claim could not be saved, so a restart could post it twice`,
        error,
      )
      return { channel, day, status: 'pending', reason: 'claim not saved' }
    }

    let ts: string | undefined
    try {
      const response = await deps.client.chat.postMessage({
        channel,
        text: message.text,
        blocks: message.blocks,
        metadata: { event_type: DIGEST_EVENT_TYPE, event_payload: { channel, day } },
        unfurl_links: false,
        unfurl_media: false,
      })
      ts = response.ts
    } catch (error) {
      const failure = classifySlackError(error, label)
      if (failure.kind === 'rate-limited') {
        const wait = failure.retryAfterSeconds
        await settle(deps, slot, {
          status: 'retry',
          reason: `rate limited (${failure.code})`,
          notBefore: new Date(deps.now().getTime() + wait * 1000).toISOString(),
        })
        if (round < INLINE_RATE_LIMIT_RETRIES && wait <= INLINE_RATE_LIMIT_MAX_SECONDS) {
          deps.logger.warn(`digest: Slack rate-limited the post to ${label}; trying again in ${wait} s (Retry-After)`)
          await deps.sleep(wait * 1000)
          continue
        }
        deps.logger.warn(`digest: Slack rate-limited the post to ${label}; a later run tries again after ${wait} s`)
        return { channel, day, status: 'retry', reason: `rate limited (${failure.code})` }
      }
      if (failure.kind === 'refused') {
        deps.logger.error(
          `digest: Slack refused the ${day} digest for ${label}: ${failure.code}${failure.hint ? ` — ${failure.hint}` : ''}. Not retried for that day.`,
        )
        return settle(deps, slot, {
          status: 'failed',
          reason: failure.hint ? `${failure.code}: ${failure.hint}` : failure.code,
        })
      }
      deps.logger.warn(
        `digest: no clear answer from Slack for the ${day} digest in ${label} (${failure.code}); it may have been posted. ` +
          'The channel history is checked before any new attempt.',
      )
      return settle(deps, slot, { status: 'posting', reason: `unconfirmed: ${failure.code}` })
    }
    deps.logger.info(`digest: posted the ${day} digest to ${label}${ts ? ` (ts ${ts})` : ''}`)
    return settle(deps, slot, { status: 'posted', ...(ts ? { ts } : {}) })
  }
}

/** Searches the channel history since `from` for the digest of `day`; returns its ts, or null if absent. */
async function findInHistory(client: DigestSlackClient, channel: string, day: string, from: Date) {
  const history = client.conversations?.history
  if (!history) throw new Error('this client cannot read channel history')
  let cursor: string | undefined
  for (let page = 0; page < HISTORY_PAGES; page++) {
    const result = await history.call(client.conversations, {
      channel,
      oldest: (from.getTime() / 1000).toFixed(6),
      limit: 200,
      include_all_metadata: true,
      ...(cursor ? { cursor } : {}),
    })
    for (const m of result.messages ?? []) {
      const payload = m.metadata?.event_payload
      if (
        m.metadata?.event_type === DIGEST_EVENT_TYPE &&
        typeof payload === 'object' &&
        payload !== null &&
        (payload as Record<string, unknown>).day === day
      )
        return m.ts ?? ''
    }
    cursor = result.response_metadata?.next_cursor
    if (!result.has_more || !cursor) return null
  }
  return null
}

/** Settles a claim of unknown outcome (see the module comment). */
export async function reconcileDigest(
  deps: PosterDeps,
  due: Slot & { late: boolean; searchFrom: Date },
): Promise<PostOutcome> {
  const label = channelLabel(due)
  let found: string | null
  try {
    found = await findInHistory(deps.client, due.channel, due.day, due.searchFrom)
  } catch (error) {
    const code = slackErrorCode(error)
    if (!due.late && classifySlackError(error, label).kind !== 'refused') {
      // a 5xx, a timeout, a dropped connection, a rate limit: the history may well be readable in a minute
      deps.logger.warn(
        `digest: cannot read ${label}'s history for now (${code}) to check whether the ${due.day} digest went out; ` +
          'it is checked again at the next run, within the grace window',
      )
      return settle(deps, due, { status: 'posting', reason: `history unreadable for now: ${code}` })
    }
    deps.logger.warn(
      `digest: not posting the ${due.day} digest to ${label} again: an earlier attempt may have reached Slack ` +
        `(the bot stopped or lost the answer) and the channel history cannot be checked (${code}). ` +
        'To let the bot check after a crash, add the channels:history and groups:history scopes and reinstall the app. ' +
        `To fill the gap, run /iran-talks digest ${due.day} in the channel and share it.`,
    )
    return settle(deps, due, { status: 'unknown', reason: `history unreadable: ${code}` })
  }
  if (found !== null) {
    deps.logger.info(`digest: the ${due.day} digest is already in ${label} (found in the history); not posting again`)
    return settle(deps, due, { status: 'posted', ...(found ? { ts: found } : {}), reason: 'found in history' })
  }
  if (due.late) {
    deps.logger.warn(
      `digest: the ${due.day} digest for ${label} was never posted and the grace window is over; recorded as missed`,
    )
    return settle(deps, due, { status: 'missed', reason: 'not in the history; grace window over' })
  }
  deps.logger.info(`digest: the ${due.day} digest is not in ${label}'s history; posting it now`)
  return postDigest(deps, due)
}

/** Records and logs a digest that was due while the bot was down, past the grace window. */
export async function recordMiss(deps: PosterDeps, due: Slot & { reason: string }): Promise<PostOutcome> {
  const sub = due.subscription
  deps.logger.warn(
    `digest: missed the ${due.day} digest for ${channelLabel(due)}: it was due at ${sub.time} ${sub.timezone} ` +
      `(${due.scheduledAt.toISOString()}) and ${due.reason} (DIGEST_GRACE_HOURS=${deps.config.DIGEST_GRACE_HOURS}). ` +
      `Anyone in the channel can see it with /iran-talks digest ${due.day}.`,
  )
  return settle(deps, due, { status: 'missed', reason: due.reason })
}
