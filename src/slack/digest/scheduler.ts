/**
 * The digest schedule: at start-up and then every minute (croner), ask `duePosts(subscriptions, state, now)` what is
 * due and carry it out. All timing decisions live in that pure function; croner only wakes us up, so a late tick,
 * a restart, a clock change or a daylight-saving day can neither skip nor double a post. Runs never overlap.
 */
import { Cron } from 'croner'
import { type DigestConfig, duePosts, effectiveSubscriptions, graceMs, prunePosts } from '../../digest/schedule.js'
import type { DigestStore } from '../../digest/store.js'
import type { DigestLogger } from '../../digest/types.js'
import type { Story } from '../../story/types.js'
import type { DigestSlackClient } from './client.js'
import { type PosterDeps, type PostOutcome, postDigest, reconcileDigest, recordMiss } from './poster.js'

export type DigestSchedulerDeps = {
  /** Use `createDigestClient(...)` (no automatic retries); any object with these methods works. */
  client: DigestSlackClient
  /** The current story (the corpus can change while running). */
  story: () => Story
  store: DigestStore
  config: DigestConfig
  logger: DigestLogger
  /** The clock (default: the machine's). */
  now?: () => Date
  /** How to wait for Retry-After (default: a timer). */
  sleep?: (ms: number) => Promise<void>
  /** Check every minute with croner (default true; tests call `runDue` themselves). */
  cron?: boolean
}

export type RunReport = { at: string; outcomes: PostOutcome[] }

export type DigestScheduler = {
  /** Stops the minute checks (a run in progress finishes). */
  stop(): void
  /** Checks now (or at `now`) and posts what is due; resolves when done. Calls are queued, never concurrent. */
  runDue(now?: Date): Promise<RunReport>
  /** The start-up check (catching up within the grace window, logging misses). */
  started: Promise<RunReport>
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/** Starts the digest schedule. Call once, after the Slack client is ready. */
export function startDigestScheduler(deps: DigestSchedulerDeps): DigestScheduler {
  const clock = deps.now ?? (() => new Date())
  const { logger, store, config } = deps

  async function check(at: Date): Promise<RunReport> {
    const poster: PosterDeps = {
      client: deps.client,
      store,
      story: deps.story,
      config,
      logger,
      now: clock,
      sleep: deps.sleep ?? defaultSleep,
    }
    let state = store.read()
    const unseen = config.DIGEST_CHANNELS.filter((channel) => !state.configSince[channel])
    if (unseen.length > 0)
      state = await store
        .update((s) => {
          for (const channel of unseen) s.configSince[channel] = at.toISOString()
        })
        .catch((error: unknown) => {
          logger.warn('digest: could not record the configured channels', error)
          return state
        })
    const plan = duePosts(effectiveSubscriptions(config, state), state, at, graceMs(config))
    const outcomes: PostOutcome[] = []
    for (const due of plan) {
      try {
        if (due.action === 'post') outcomes.push(await postDigest(poster, due))
        else if (due.action === 'reconcile') outcomes.push(await reconcileDigest(poster, due))
        else outcomes.push(await recordMiss(poster, due))
      } catch (error) {
        logger.error(`digest: the ${due.day} digest for ${due.channel} failed unexpectedly`, error)
      }
    }
    const probe = store.read()
    const before = Object.keys(probe.posts).length
    prunePosts(probe, at)
    if (Object.keys(probe.posts).length < before)
      await store.update((s) => prunePosts(s, at)).catch((error: unknown) => logger.warn('digest: prune failed', error))
    return { at: at.toISOString(), outcomes }
  }

  let queue: Promise<unknown> = Promise.resolve()
  const runDue = (now?: Date): Promise<RunReport> => {
    const run = () => check(now ?? clock())
    const result = queue.then(run, run)
    queue = result.catch((error: unknown) => logger.error('digest: scheduled check failed', error))
    return result
  }

  const started = runDue()
  started.catch(() => undefined)
  const job =
    deps.cron === false
      ? null
      : new Cron('* * * * *', { protect: true, catch: (error) => logger.error('digest: check failed', error) }, () =>
          runDue().then(() => undefined),
        )
  const subs = effectiveSubscriptions(config, store.read())
  logger.info(
    `digest: ${subs.length} channel${subs.length === 1 ? '' : 's'} subscribed${
      subs.length > 0 ? ` (${subs.map((s) => `${s.channel} ${s.time} ${s.timezone}`).join(', ')})` : ''
    }; each gets the previous local day's digest`,
  )
  return {
    stop: () => job?.stop(),
    runDue,
    started,
  }
}
