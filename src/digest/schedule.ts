/**
 * When each channel's digest is due — a pure function of (subscriptions, state, now). The scheduler only asks
 * this question (every minute, and at start-up) and carries out the answer.
 *
 * A subscription at HH:MM in zone Z posts, on each local calendar day P of Z, the digest of the day before P, at
 * the instant the wall clock in Z shows HH:MM on P (see `zonedInstant` for daylight-saving days). The
 * exactly-once key is (channel, covered day): one record per key in the state, whatever the time or zone.
 */
import type { Config } from '../config.js'
import { addDays, canonicalZone, localDay, parseClock, zonedInstant } from './day.js'
import { type DigestState, type PostRecord, postKey } from './store.js'

export type DigestConfig = Pick<
  Config,
  'DIGEST_CHANNELS' | 'DIGEST_TIME' | 'STORY_TIMEZONE' | 'DIGEST_GRACE_HOURS' | 'DIGEST_SKIP_EMPTY'
>

/** A channel's digest as it applies now: from DIGEST_CHANNELS, overridden by what was set from Slack. */
export type EffectiveSubscription = {
  channel: string
  channelName: string | null
  time: string
  timezone: string
  /** Posts scheduled before this instant (ISO) are not owed (for a configured channel: when first seen). */
  since: string | null
  origin: 'config' | 'slack'
}

/** How late a post may be even with a grace window of 0 hours: one missed minute tick must not lose a day. */
export const ON_TIME_TOLERANCE_MS = 5 * 60_000

export const graceMs = (config: Pick<DigestConfig, 'DIGEST_GRACE_HOURS'>): number =>
  Math.max(config.DIGEST_GRACE_HOURS * 3_600_000, ON_TIME_TOLERANCE_MS)

/** Every channel that gets a digest now, one entry per channel. */
export function effectiveSubscriptions(config: DigestConfig, state: DigestState): EffectiveSubscription[] {
  const out = new Map<string, EffectiveSubscription>()
  const time = parseClock(config.DIGEST_TIME) ?? '08:00'
  const timezone = canonicalZone(config.STORY_TIMEZONE) ?? 'UTC'
  for (const channel of config.DIGEST_CHANNELS) {
    const since = state.configSince[channel] ?? null
    out.set(channel, { channel, channelName: null, time, timezone, since, origin: 'config' })
  }
  for (const sub of Object.values(state.subscriptions)) {
    if (!sub.enabled) {
      out.delete(sub.channel)
      continue
    }
    const subTime = parseClock(sub.time)
    const subZone = canonicalZone(sub.timezone)
    if (!subTime || !subZone) continue
    out.set(sub.channel, {
      channel: sub.channel,
      channelName: sub.channelName,
      time: subTime,
      timezone: subZone,
      since: sub.since,
      origin: 'slack',
    })
  }
  return [...out.values()].sort((a, b) => a.channel.localeCompare(b.channel))
}

type Slot = { channel: string; day: string; postDay: string; scheduledAt: Date; subscription: EffectiveSubscription }

export type Due =
  /** Post it now (no record yet, or Slack certainly did not post the last attempt). */
  | (Slot & { action: 'post' })
  /**
   * A claim whose outcome is unknown (crash or ambiguous error after claiming, or a state file lost to
   * corruption): look for the message in the channel's history before doing anything else. `late` says whether
   * the grace window has passed (then a digest not found is recorded as missed, not posted).
   */
  | (Slot & { action: 'reconcile'; late: boolean; searchFrom: Date })
  /** Due, never posted, and the grace window has passed: log the miss once. */
  | (Slot & { action: 'miss'; reason: string })

/** The slots of one subscription whose scheduled instant has come (today's and yesterday's local post days). */
function pastSlots(sub: EffectiveSubscription, now: Date): Slot[] {
  const today = localDay(now, sub.timezone)
  const slots: Slot[] = []
  for (const postDay of [addDays(today, -1), today]) {
    const scheduledAt = zonedInstant(postDay, sub.time, sub.timezone)
    if (scheduledAt.getTime() > now.getTime()) continue
    if (sub.since && scheduledAt.getTime() < Date.parse(sub.since)) continue
    slots.push({ channel: sub.channel, day: addDays(postDay, -1), postDay, scheduledAt, subscription: sub })
  }
  return slots
}

/** What to do now. Pure: same subscriptions, state and instant → same answer. */
export function duePosts(subs: EffectiveSubscription[], state: DigestState, now: Date, grace: number): Due[] {
  const due: Due[] = []
  for (const sub of subs) {
    for (const slot of pastSlots(sub, now)) {
      const late = now.getTime() - slot.scheduledAt.getTime() > grace
      const record: PostRecord | undefined = state.posts[postKey(slot.channel, slot.day)]
      if (!record) {
        if (state.recoveredAt && slot.scheduledAt.getTime() <= Date.parse(state.recoveredAt))
          due.push({ ...slot, action: 'reconcile', late, searchFrom: slot.scheduledAt })
        else if (late)
          due.push({
            ...slot,
            action: 'miss',
            reason: `the bot was not running within the ${Math.round(grace / 60_000)}-minute grace window after it`,
          })
        else due.push({ ...slot, action: 'post' })
        continue
      }
      if (record.status === 'posting')
        due.push({
          ...slot,
          action: 'reconcile',
          late,
          searchFrom: new Date(Date.parse(record.claimedAt ?? record.scheduledAt) - 60_000),
        })
      else if (record.status === 'retry') {
        if (late)
          due.push({
            ...slot,
            action: 'miss',
            reason: `still not posted when the grace window ended (${record.reason})`,
          })
        else if (!record.notBefore || Date.parse(record.notBefore) <= now.getTime())
          due.push({ ...slot, action: 'post' })
      }
    }
  }
  return due
}

/** The next digest a subscription will post (or is posting now), for `/iran-talks digest status`. */
export function nextPost(
  sub: EffectiveSubscription,
  state: DigestState,
  now: Date,
  grace: number,
): { day: string; scheduledAt: Date; dueNow: boolean } | null {
  const today = localDay(now, sub.timezone)
  for (let offset = -1; offset <= 2; offset++) {
    const postDay = addDays(today, offset)
    const scheduledAt = zonedInstant(postDay, sub.time, sub.timezone)
    if (sub.since && scheduledAt.getTime() < Date.parse(sub.since)) continue
    const day = addDays(postDay, -1)
    const record = state.posts[postKey(sub.channel, day)]
    if (record && record.status !== 'retry') continue
    if (scheduledAt.getTime() > now.getTime()) return { day, scheduledAt, dueNow: false }
    if (now.getTime() - scheduledAt.getTime() <= grace) return { day, scheduledAt, dueNow: true }
  }
  return null
}

/** Drops records of days more than `keepDays` before `now` (in UTC; generous), so the state file stays small. */
export function prunePosts(state: DigestState, now: Date, keepDays = 45): void {
  const oldest = addDays(now.toISOString().slice(0, 10), -keepDays)
  for (const [key, record] of Object.entries(state.posts)) if (record.day < oldest) delete state.posts[key]
}
