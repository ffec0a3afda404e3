/**
 * The digest's persisted state — subscriptions and what was posted — in one JSON file in DATA_DIR.
 *
 * Every change is written atomically: the whole state goes to a temporary file, which is flushed to disk and then
 * renamed over the old file. A crash at any point leaves either the old or the new state, never a mix; a temporary
 * file left by a crash is removed on start-up. A state file that cannot be parsed (edited by hand, disk trouble)
 * is kept aside as `*.corrupt`, logged, and replaced by an empty state marked `recoveredAt`, so the scheduler knows
 * it cannot trust its memory of what was posted before that instant (see schedule.ts).
 */
import { copyFile, mkdir, open, readdir, readFile, rename, rm } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { z } from 'zod'
import type { DigestLogger } from './types.js'

export const STATE_FILE = 'digest-state.json'

/** A channel's digest as set from Slack (a configured channel has no entry unless Slack changed it). */
export type Subscription = {
  channel: string
  /** The channel's name when Slack gave it, for log messages and hints. */
  channelName: string | null
  /** False records `/iran-talks digest off` — it also silences a channel listed in DIGEST_CHANNELS. */
  enabled: boolean
  /** Local time of the post, HH:MM. */
  time: string
  /** IANA zone of `time` and of the calendar day the digest covers. */
  timezone: string
  /** Only posts scheduled at or after this instant (ISO) are owed: turning a digest on at 09:00 does not owe 08:00's. */
  since: string | null
  /** Slack user who last changed it. */
  by: string | null
  updatedAt: string
}

/**
 * - `posting`: claimed, the Slack call may or may not have gone through (crash or ambiguous error) — reconcile
 * - `retry`: Slack certainly did not post it (rate limited, refused): safe to post again, from `notBefore`
 * - `posted`: done (`ts` is the message)
 * - `failed`: Slack refused for good (not in channel, channel not found...): not retried
 * - `missed`: the bot was down past the grace window
 * - `skipped`: nothing published that day and DIGEST_SKIP_EMPTY is on
 * - `unknown`: a claim that could not be checked after a crash: not posted again, to avoid a duplicate
 */
export type PostStatus = 'posting' | 'retry' | 'posted' | 'failed' | 'missed' | 'skipped' | 'unknown'

/** What happened to the digest of `day` in `channel`. One record per (channel, day): that is the exactly-once key. */
export type PostRecord = {
  channel: string
  /** The calendar day the digest covers, YYYY-MM-DD. */
  day: string
  status: PostStatus
  /** When it was due (ISO). */
  scheduledAt: string
  attempts: number
  /** When the last attempt was claimed (ISO), before the Slack call. */
  claimedAt: string | null
  /** The posted message's timestamp. */
  ts: string | null
  notBefore: string | null
  reason: string | null
  updatedAt: string
}

export type DigestState = {
  version: 1
  subscriptions: Record<string, Subscription>
  /** Keyed by `postKey(channel, day)`. */
  posts: Record<string, PostRecord>
  /**
   * When each DIGEST_CHANNELS channel was first seen (ISO): like a Slack subscription's `since`, so a first start
   * neither posts nor reports as missed the digests due before the channel was configured.
   */
  configSince: Record<string, string>
  /** Set when a corrupt state file was replaced: what was posted before this instant is unknown. */
  recoveredAt: string | null
}

export const postKey = (channel: string, day: string): string => `${channel}|${day}`

export const emptyState = (): DigestState => ({
  version: 1,
  subscriptions: {},
  posts: {},
  configSince: {},
  recoveredAt: null,
})

const iso = z.string()
const StateSchema = z.object({
  version: z.literal(1),
  subscriptions: z.record(
    z.string(),
    z.object({
      channel: z.string(),
      channelName: z.string().nullable(),
      enabled: z.boolean(),
      time: z.string(),
      timezone: z.string(),
      since: iso.nullable(),
      by: z.string().nullable(),
      updatedAt: iso,
    }),
  ),
  posts: z.record(
    z.string(),
    z.object({
      channel: z.string(),
      day: z.string(),
      status: z.enum(['posting', 'retry', 'posted', 'failed', 'missed', 'skipped', 'unknown']),
      scheduledAt: iso,
      attempts: z.number(),
      claimedAt: iso.nullable(),
      ts: z.string().nullable(),
      notBefore: iso.nullable(),
      reason: z.string().nullable(),
      updatedAt: iso,
    }),
  ),
  configSince: z.record(z.string(), iso).default({}),
  recoveredAt: iso.nullable(),
})

export interface DigestStore {
  /** Where the state lives (for messages); `null` for an in-memory store. */
  readonly file: string | null
  /** A copy of the current state. */
  read(): DigestState
  /** Applies `change` to a copy, saves it atomically, and only then makes it current. Changes run one at a time. */
  update(change: (state: DigestState) => void): Promise<DigestState>
}

/** Serialises changes; a failed save leaves the previous state current and rejects. */
function makeStore(file: string | null, initial: DigestState, save: (state: DigestState) => Promise<void>) {
  let state = initial
  let queue: Promise<unknown> = Promise.resolve()
  const store: DigestStore = {
    file,
    read: () => structuredClone(state),
    update(change) {
      const run = async () => {
        const next = structuredClone(state)
        change(next)
        await save(next)
        state = next
        return structuredClone(next)
      }
      const result = queue.then(run, run)
      queue = result.catch(() => undefined)
      return result
    },
  }
  return store
}

/** A store that keeps nothing on disk (tests; a bot run without a writable DATA_DIR). */
export const memoryDigestStore = (initial: DigestState = emptyState()): DigestStore =>
  makeStore(null, structuredClone(initial), async () => undefined)

let sequence = 0

/** Writes `data` to `file` atomically: temporary file, flush, rename, then flush the directory (best effort). */
export async function writeFileAtomic(file: string, data: string): Promise<void> {
  const temp = `${file}.${process.pid}.${++sequence}.tmp`
  try {
    const handle = await open(temp, 'w', 0o600)
    try {
      await handle.writeFile(data, 'utf8')
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(temp, file)
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined)
    throw new Error(`cannot save ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, {
      cause: error,
    })
  }
  try {
    const dir = await open(dirname(file), 'r')
    try {
      await dir.sync()
    } finally {
      await dir.close()
    }
  } catch {
    // Some platforms cannot flush a directory; the rename is still atomic.
  }
}

export type OpenStoreOptions = {
  /** DATA_DIR; created if missing. */
  dir: string
  logger?: DigestLogger
  /** The clock for `recoveredAt` (default: the machine's). */
  now?: () => Date
}

/**
 * Opens (or creates) the digest state in `dir`. Never fails on a corrupt or partial file (see the module
 * comment); rejects only when the folder itself cannot be created or read, naming the path.
 */
export async function openDigestStore(options: OpenStoreOptions): Promise<DigestStore> {
  const { dir, logger } = options
  const file = join(dir, STATE_FILE)
  const now = options.now ?? (() => new Date())
  try {
    await mkdir(dir, { recursive: true })
    for (const name of await readdir(dir)) {
      if (name.startsWith(`${STATE_FILE}.`) && name.endsWith('.tmp')) {
        // A write that crashed before its rename: the state file still holds the last complete state.
        await rm(join(dir, name), { force: true })
        logger?.warn(`digest: removed ${join(dir, name)}, left by an interrupted write; the saved state is intact`)
      }
    }
  } catch (error) {
    throw new Error(
      `cannot use DATA_DIR ${dir} for the digest state: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
      { cause: error },
    )
  }

  let raw: string | null = null
  try {
    raw = await readFile(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
      throw new Error(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, {
        cause: error,
      })
  }
  const save = (state: DigestState) => writeFileAtomic(file, `${JSON.stringify(state, null, 2)}\n`)
  if (raw === null) return makeStore(file, emptyState(), save)

  let problem: string
  try {
    const parsed = StateSchema.safeParse(JSON.parse(raw))
    if (parsed.success) return makeStore(file, parsed.data, save)
    problem = parsed.error.issues
      .slice(0, 3)
      .map((i) => `${i.path.join('.') || 'file'}: ${i.message}`)
      .join('; ')
  } catch (error) {
    problem = `not valid JSON (${(error as Error).message})`
  }
  const at = now()
  const copy = `${file}.${at.toISOString().replace(/[:.]/g, '-')}.corrupt`
  await copyFile(file, copy).catch((error: unknown) =>
    logger?.error(`digest: could not keep a copy of the corrupt state file at ${copy}`, error),
  )
  logger?.error(
    `digest: ${file} is corrupt (${problem}); kept it as ${copy} and started from an empty state. ` +
      'Subscriptions made from Slack must be made again (/iran-talks digest on); DIGEST_CHANNELS still apply. ' +
      'Digests due before now are checked against channel history, or not posted again, rather than duplicated.',
  )
  const fresh: DigestState = { ...emptyState(), recoveredAt: at.toISOString() }
  await save(fresh).catch((error: unknown) => logger?.error('digest: could not save the fresh state', error))
  return makeStore(file, fresh, save)
}
