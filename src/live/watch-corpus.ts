/**
 * Live corpus updates: watches CORPUS_DIR and applies an added, changed or removed article to the running engine
 * incrementally (that article re-read and re-analysed, the index updated in place), without a restart.
 *
 * - Events are debounced and applied in batches, one batch at a time.
 * - Editors that save by writing a new file and renaming it over the old one (vim, many IDEs) are handled: the
 *   folder is watched, not the files, and a file that seems to have gone is checked again after a short grace
 *   period before its article is removed.
 * - A file that is broken after a change (bad front matter, half-written) keeps the last good version of its
 *   article served, and the reason is logged and listed in `engine.problems` until it is fixed.
 * - Only content changes count: a file whose hash is what the engine already serves is skipped.
 * - A rescan on start (and every `rescanMs`, if set) catches changes made while nobody watched, or events that
 *   fs.watch missed (network and container file systems).
 * - The folder itself is checked every `checkMs` (2 s): a folder replaced as deploys do (`rm -rf corpus && mv
 *   staging corpus`, or a `current` symlink pointed at another release) is watched anew and rescanned. While the
 *   folder is missing, the articles already read stay served, and the problem is reported (once; `status()`).
 * - Large batches are applied a few articles at a time, with a turn of the event loop in between, so that
 *   requests are still acknowledged meanwhile.
 * - With `cache`, the cache is saved again once the corpus has been quiet for `cache.delayMs`, so the next start is
 *   warm.
 */
import { type FSWatcher, watch } from 'node:fs'
import { readdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { sha256 } from '../cache/fingerprint.js'
import { cacheFile, writeCache } from '../cache/story-cache.js'
import type { ArticleChange, Engine, UpdateSummary } from '../engine.js'
import { articleWarnings } from '../story/article-warnings.js'
import { articleId, isArticleFile } from '../story/load-corpus.js'
import { parseArticle } from '../story/parse-article.js'

export type WatchLogger = { info(message: string): void; warn(message: string): void }

export type WatchOptions = {
  timezone: string
  logger?: WatchLogger
  /** Quiet time after the last event before a batch is applied (default 150 ms). */
  debounceMs?: number
  /** How long a vanished file may stay away (an editor's rename-and-replace) before its article is removed. */
  graceMs?: number
  /** Full rescans at this interval as a safety net (default: only on start; 0 disables that too). */
  rescanMs?: number
  /** How often the folder itself is checked (replaced, re-created, repointed, missing); default 2 s, 0: never. */
  checkMs?: number
  /**
   * Save the cache again after updates, once the corpus has been quiet this long (default 10 minutes), and on
   * `flush()`. Writing it takes a few seconds at 100,000 paragraphs and holds the event loop meanwhile, so it is
   * not done after every change.
   */
  cache?: { dataDir: string; delayMs?: number }
  /** Called after each applied batch. */
  onUpdate?: (summary: UpdateSummary & { problems: string[]; ms: number }) => void
}

/** What the watcher knows about the folder, for `/healthz`. */
export type WatchStatus = {
  /** The folder exists and changes to it are being watched. */
  watching: boolean
  /** When the folder was last found in place (ISO), or null if never. */
  checkedAt: string | null
}

export type CorpusWatcher = {
  /** Stops watching (pending changes are dropped). */
  close(): void
  status(): WatchStatus
  /** Resolves when no change is pending or being applied (for tests and orderly shutdown). */
  idle(): Promise<void>
  /** Checks every file now, as on start. */
  rescan(): Promise<void>
  /** Saves the cache now if the story changed since it was last saved (e.g. on shutdown); needs `cache`. */
  flush(): Promise<void>
}

const silent: WatchLogger = { info: () => {}, warn: () => {} }

export function watchCorpus(dir: string, engine: Engine, options: WatchOptions): CorpusWatcher {
  const logger = options.logger ?? silent
  const debounceMs = options.debounceMs ?? 150
  const graceMs = options.graceMs ?? 500
  const pending = new Set<string>()
  const vanished = new Map<string, number>()
  /** File name → hash of the broken content last reported (so it is reported once, not on every rescan). */
  const broken = new Map<string, string>()
  let timer: NodeJS.Timeout | null = null
  let running: Promise<void> = Promise.resolve()
  let busy = 0
  let closed = false
  let watcher: FSWatcher | null = null
  let cacheTimer: NodeJS.Timeout | null = null
  let unsaved = false
  let rescanTimer: NodeJS.Timeout | null = null
  let checkTimer: NodeJS.Timeout | null = null
  /** The folder's identity (device and inode, through symlinks) when it was last found; null while missing. */
  let identity: string | null = null
  let checkedAt: string | null = null

  const schedule = (delay = debounceMs) => {
    if (closed) return
    if (timer) clearTimeout(timer)
    timer = setTimeout(() => {
      timer = null
      const names = [...pending]
      pending.clear()
      enqueue(() => applyFiles(names))
    }, delay)
  }

  const enqueue = (job: () => Promise<void>) => {
    busy++
    running = running
      .then(job)
      .catch((error: unknown) => logger.warn(`corpus watch: update failed: ${(error as Error).message}`))
      .finally(() => {
        busy--
      })
    return running
  }

  const start = () => {
    watcher?.close()
    watcher = null
    try {
      watcher = watch(dir, { persistent: false }, (_event, name) => {
        if (name === null) {
          // the platform did not say which file: check them all
          void enqueue(() => rescanFiles())
          return
        }
        const file = String(name)
        if (!isArticleFile(file)) return
        pending.add(file)
        schedule()
      })
      watcher.on('error', (error) => {
        // the folder went away (or the watch broke): the folder check watches it again, and reads it again
        logger.warn(`corpus watch: ${dir}: ${error.message}`)
        watcher?.close()
        watcher = null
        identity = null
      })
    } catch (error) {
      // e.g. no inotify watches left: tried again at each folder check; the periodic rescan still sees changes
      logger.warn(`corpus watch: cannot watch ${dir} (${(error as Error).message}); trying again`)
    }
  }

  /** The folder's identity now (through a symlink), or null when it cannot be found. */
  const currentIdentity = async (): Promise<string | null> => {
    try {
      const s = await stat(dir)
      return s.isDirectory() ? `${s.dev}:${s.ino}` : null
    } catch {
      return null
    }
  }

  /** Notices a folder replaced, re-created, repointed or gone; watches the new one and rescans it. */
  async function checkFolder(): Promise<void> {
    if (closed) return
    const now = await currentIdentity()
    if (now === null) {
      if (identity !== null || !engine.hasProblem(dir)) {
        identity = null
        watcher?.close()
        watcher = null
        engine.reportProblem(dir, 'the corpus folder is missing; the articles read before are still served')
        logger.warn(`corpus watch: ${dir} is missing; the articles read before are still served`)
      }
      return
    }
    checkedAt = new Date().toISOString()
    if (now === identity) {
      if (!watcher) start()
      return
    }
    const before = identity
    identity = now
    if (before !== null || engine.hasProblem(dir))
      logger.info(`corpus watch: ${dir} was replaced or re-created; watching the new folder and reading it again`)
    engine.forgetFile(dir) // the folder problem, if any, is over
    start()
    await rescanFiles()
  }

  /** Reads the named files and applies what changed, in one engine update. */
  async function applyFiles(names: readonly string[]): Promise<void> {
    if (closed || names.length === 0) return
    const t0 = performance.now()
    const changes: ArticleChange[] = []
    const removals: string[] = []
    const problems: string[] = []
    for (const name of [...new Set(names)].sort()) {
      const file = join(dir, name)
      const id = articleId(name)
      let raw: Buffer
      try {
        raw = await readFile(file)
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code
        if (code === 'ENOENT' || code === 'ENOTDIR') {
          // the whole folder is gone (a deploy swapping it?): keep serving; the folder check rescans it later
          if ((await currentIdentity()) === null) continue
          // gone, or replaced by an editor: look again after the grace period before removing
          const since = vanished.get(name)
          if (since === undefined) {
            vanished.set(name, Date.now())
            pending.add(name)
            schedule(graceMs)
          } else if (Date.now() - since >= graceMs) {
            vanished.delete(name)
            broken.delete(name)
            if (engine.hasArticle(id)) removals.push(id)
            else engine.forgetFile(file)
          } else {
            pending.add(name)
            schedule(graceMs)
          }
          continue
        }
        problems.push(name)
        const reason = `cannot be read: ${code ?? (error as Error).message}`
        engine.reportProblem(file, reason)
        logger.warn(`corpus: ${file}: ${reason}${engine.hasArticle(id) ? '; still serving the last good version' : ''}`)
        continue
      }
      vanished.delete(name)
      const hash = sha256(raw)
      // unchanged: what the engine serves, or the broken version already reported
      if (engine.fileHashes.get(name) === hash || broken.get(name) === hash) continue
      const parsed = parseArticle(id, file, raw.toString('utf8'), { timezone: options.timezone })
      if (parsed.ok) {
        broken.delete(name)
        changes.push({ article: parsed.article, hash })
        for (const warning of articleWarnings(parsed.article, new Date())) logger.warn(`corpus: ${file}: ${warning}`)
      } else {
        broken.set(name, hash)
        problems.push(name)
        engine.reportProblem(file, parsed.reason, hash)
        logger.warn(
          `corpus: ${file}: ${parsed.reason}${engine.hasArticle(id) ? '; still serving the last good version' : ''}`,
        )
      }
    }
    if (changes.length === 0 && removals.length === 0) return
    const summary = await applyInSlices(engine, changes, removals)
    const ms = performance.now() - t0
    const parts = [
      summary.added.length ? `added ${summary.added.join(', ')}` : '',
      summary.changed.length ? `updated ${summary.changed.join(', ')}` : '',
      summary.removed.length ? `removed ${summary.removed.join(', ')}` : '',
    ].filter(Boolean)
    logger.info(`corpus: ${parts.join('; ')} (${ms.toFixed(0)} ms)`)
    options.onUpdate?.({ ...summary, problems, ms })
    unsaved = true
    scheduleCacheWrite()
  }

  /** Every file whose content differs from what the engine serves, and every article whose file is gone. */
  async function rescanFiles(): Promise<void> {
    let names: string[]
    try {
      names = (await readdir(dir)).filter(isArticleFile)
    } catch (error) {
      logger.warn(`corpus watch: cannot list ${dir}: ${(error as Error).message}`)
      return
    }
    checkedAt = new Date().toISOString()
    const present = new Set(names)
    const gone = [...engine.fileHashes.keys()].filter((name) => !present.has(name))
    for (const name of gone) vanished.set(name, 0) // already confirmed gone: no grace period
    await applyFiles([...names, ...gone])
  }

  async function saveCache(): Promise<void> {
    const cache = options.cache
    if (!cache || !unsaved) return
    unsaved = false
    const file = cacheFile(cache.dataDir, dir)
    await engine.vacuum()
    const ok = await writeCache(
      file,
      { corpusDir: dir, timezone: options.timezone, files: engine.fileHashes },
      engine.state(),
      logger,
    )
    if (ok) logger.info(`cache: saved ${file}`)
  }

  const scheduleCacheWrite = () => {
    if (!options.cache || closed) return
    if (cacheTimer) clearTimeout(cacheTimer)
    cacheTimer = setTimeout(() => {
      cacheTimer = null
      void enqueue(saveCache)
    }, options.cache.delayMs ?? 600_000)
    cacheTimer.unref()
  }

  void enqueue(async () => {
    identity = await currentIdentity()
    if (identity) checkedAt = new Date().toISOString()
    if (closed) return
    start()
    if (options.rescanMs !== 0) await rescanFiles()
  })
  if (options.rescanMs) {
    rescanTimer = setInterval(() => void enqueue(() => rescanFiles()), options.rescanMs)
    rescanTimer.unref()
  }
  const checkMs = options.checkMs ?? 2000
  if (checkMs > 0) {
    checkTimer = setInterval(() => void enqueue(checkFolder), checkMs)
    checkTimer.unref()
  }

  return {
    close() {
      closed = true
      watcher?.close()
      for (const t of [timer, cacheTimer]) if (t) clearTimeout(t)
      for (const t of [rescanTimer, checkTimer]) if (t) clearInterval(t)
    },
    status: () => ({ watching: watcher !== null && identity !== null, checkedAt }),
    async idle() {
      for (;;) {
        await running
        if (busy === 0 && timer === null && pending.size === 0) return
        await new Promise((r) => setTimeout(r, debounceMs))
      }
    },
    rescan: () => enqueue(() => rescanFiles()),
    flush: () => enqueue(saveCache),
  }
}

/** Articles are analysed and indexed on this thread: a large batch goes in slices of about this many characters. */
const SLICE_CHARS = 200_000

/** `engine.update` in slices, with a turn of the event loop between them (requests keep being acknowledged). */
async function applyInSlices(
  engine: Engine,
  changes: readonly ArticleChange[],
  removals: readonly string[],
): Promise<UpdateSummary> {
  const total: UpdateSummary = { added: [], changed: [], removed: [], respoken: 0 }
  const add = (part: UpdateSummary) => {
    total.added.push(...part.added)
    total.changed.push(...part.changed)
    total.removed.push(...part.removed)
    total.respoken += part.respoken
  }
  if (removals.length > 0) add(engine.update([], removals))
  let slice: ArticleChange[] = []
  let size = 0
  for (const change of changes) {
    slice.push(change)
    size += change.article.paragraphs.reduce((n, p) => n + p.text.length, 0)
    if (size < SLICE_CHARS) continue
    add(engine.update(slice, []))
    slice = []
    size = 0
    await new Promise((resolve) => setImmediate(resolve))
  }
  if (slice.length > 0) add(engine.update(slice, []))
  return total
}
