/**
 * One bot per DATA_DIR. Two instances sharing one DATA_DIR would both post each digest and overwrite each other's
 * subscriptions; so the running bot holds an exclusive lock on it (`iran-talks.lock`, created with O_EXCL, naming
 * the process: pid, host, start time), and a second instance refuses to start, naming the holder. All reads and
 * writes of the digest state happen in the process that holds the lock.
 *
 * A lock left by a process that is gone is taken over: on the same host, when no process has its pid; from
 * another host (a shared volume), when its holder has not refreshed it for STALE_MS (the holder touches it every
 * minute). The take-over moves the old file aside first, so two instances taking over at once cannot both win.
 */

import { link, mkdir, open, readFile, rename, rm, stat, utimes } from 'node:fs/promises'
import { hostname } from 'node:os'
import { join } from 'node:path'

export const LOCK_FILE = 'iran-talks.lock'
/** How often the holder refreshes the lock's modification time. */
export const HEARTBEAT_MS = 60_000
/** A lock from another host not refreshed for this long is taken to be abandoned. */
export const STALE_MS = 5 * HEARTBEAT_MS

export type LockHolder = { pid: number; host: string; startedAt: string }

/** DATA_DIR is held by another running instance. */
export class DataDirLockedError extends Error {
  constructor(
    readonly dir: string,
    readonly holder: LockHolder,
  ) {
    super(
      `DATA_DIR ${dir} is in use by another instance of the bot (pid ${holder.pid} on ${holder.host}, ` +
        `running since ${holder.startedAt}). Two instances on one DATA_DIR would both post the daily digest: ` +
        `stop the other one, or give this one its own DATA_DIR. (If that process is gone for good, delete ${join(dir, LOCK_FILE)}.)`,
    )
    this.name = 'DataDirLockedError'
  }
}

/** DATA_DIR cannot be used at all (a file, not creatable, read-only): `code` says why (ENOTDIR, EACCES, EROFS...). */
export class DataDirUnusableError extends Error {
  constructor(
    readonly dir: string,
    readonly code: string,
  ) {
    super(`DATA_DIR ${dir} cannot be used (${describeCode(code)})`)
    this.name = 'DataDirUnusableError'
  }
}

const describeCode = (code: string): string =>
  ({
    ENOTDIR: 'it, or a folder above it, is a file',
    EEXIST: 'it is a file, not a folder',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EROFS: 'read-only file system',
    ENOSPC: 'no space left on the device',
  })[code] ?? code

export type DataDirLock = {
  readonly file: string
  readonly holder: LockHolder
  /** Gives the lock up (removes the file if it is still ours). */
  release(): Promise<void>
}

export type LockOptions = {
  pid?: number
  host?: string
  now?: () => Date
  /** Whether a process with this pid runs on this host (default: `process.kill(pid, 0)`). */
  isAlive?: (pid: number) => boolean
  /** Called when the lock cannot be refreshed (it was removed or taken). */
  onLost?: (reason: string) => void
}

const errorCode = (error: unknown): string => (error as NodeJS.ErrnoException).code ?? (error as Error).message

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return errorCode(error) === 'EPERM' // it exists, it is just not ours
  }
}

function parseHolder(raw: string): LockHolder | null {
  try {
    const value = JSON.parse(raw) as Partial<LockHolder>
    if (typeof value.pid === 'number' && typeof value.host === 'string' && typeof value.startedAt === 'string')
      return { pid: value.pid, host: value.host, startedAt: value.startedAt }
  } catch {
    // a torn or foreign file: not a live holder
  }
  return null
}

/**
 * Takes the lock on `dir` (created if missing). Throws DataDirLockedError when another live instance holds it,
 * DataDirUnusableError when the folder cannot be used.
 */
export async function lockDataDir(dir: string, options: LockOptions = {}): Promise<DataDirLock> {
  const file = join(dir, LOCK_FILE)
  const holder: LockHolder = {
    pid: options.pid ?? process.pid,
    host: options.host ?? hostname(),
    startedAt: (options.now?.() ?? new Date()).toISOString(),
  }
  const content = `${JSON.stringify(holder)}\n`
  const isAlive = options.isAlive ?? processAlive
  try {
    await mkdir(dir, { recursive: true })
  } catch (error) {
    throw new DataDirUnusableError(dir, errorCode(error))
  }

  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      const handle = await open(file, 'wx', 0o644)
      try {
        await handle.writeFile(content, 'utf8')
        await handle.sync()
      } finally {
        await handle.close()
      }
      return held(file, holder, content, options.onLost)
    } catch (error) {
      if (errorCode(error) !== 'EEXIST') throw new DataDirUnusableError(dir, errorCode(error))
    }
    // someone holds it, or held it: alive?
    let raw: string
    let modified: number
    try {
      raw = await readFile(file, 'utf8')
      modified = (await stat(file)).mtimeMs
    } catch (error) {
      if (errorCode(error) === 'ENOENT') continue // released meanwhile: try again
      throw new DataDirUnusableError(dir, errorCode(error))
    }
    const other = parseHolder(raw)
    const now = options.now?.().getTime() ?? Date.now()
    if (other) {
      const alive =
        other.host === holder.host ? other.pid === holder.pid || isAlive(other.pid) : now - modified < STALE_MS
      if (alive) throw new DataDirLockedError(dir, other)
    } else if (now - modified < 10_000) {
      // being written right now by another instance starting: give it a moment
      await new Promise((resolve) => setTimeout(resolve, 200))
      continue
    }
    await takeOver(file, raw)
  }
  throw new DataDirUnusableError(dir, 'the lock kept changing hands')
}

/** Moves the abandoned lock (with content `raw`) out of the way, unless another instance took it over first. */
async function takeOver(file: string, raw: string): Promise<void> {
  const aside = `${file}.${process.pid}.${Date.now()}.stale`
  try {
    await rename(file, aside)
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return // someone else moved it: look again
    throw error
  }
  const moved = await readFile(aside, 'utf8').catch(() => raw)
  // not the file we judged abandoned (another instance had just taken it over): put it back
  if (moved !== raw) await link(aside, file).catch(() => undefined)
  await rm(aside, { force: true })
}

function held(file: string, holder: LockHolder, content: string, onLost?: (reason: string) => void): DataDirLock {
  let lost = false
  const ours = async () => (await readFile(file, 'utf8').catch(() => '')) === content
  const heartbeat = setInterval(() => {
    void (async () => {
      if (lost) return
      if (!(await ours())) {
        lost = true
        onLost?.('the lock file was removed or replaced by another process')
        return
      }
      const now = new Date()
      await utimes(file, now, now).catch((error: unknown) => onLost?.(`cannot refresh it: ${errorCode(error)}`))
    })()
  }, HEARTBEAT_MS)
  heartbeat.unref()
  return {
    file,
    holder,
    async release() {
      clearInterval(heartbeat)
      if (await ours()) await rm(file, { force: true })
    },
  }
}
