/**
 * What a cached story depends on, as hashes: the corpus files (names and contents) and the code that turns them
 * into the story and the index (the analyser and index versions, plus the source of the modules themselves and
 * the lockfile, so an edited stop-word list or an upgraded stemmer can never be served from an old cache).
 */
import { createHash } from 'node:crypto'
import { access, readdir, readFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { INDEX_FORMAT_VERSION } from '../search/story-index.js'
import { ANALYZER_VERSION } from '../story/analyze.js'
import { isArticleFile } from '../story/load-corpus.js'

/** Bump when the cache file layout changes. */
export const CACHE_FORMAT_VERSION = 1

export const sha256 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex')

/**
 * Corpus file name → hash of its contents, for every article file (`*.md`) in `dir`. A file that cannot be read
 * gets a marker instead, so it is part of the key too; a folder that cannot be read gives an empty map.
 */
export async function fingerprintCorpus(dir: string): Promise<Map<string, string>> {
  let names: string[]
  try {
    names = (await readdir(dir)).filter(isArticleFile).sort()
  } catch {
    return new Map()
  }
  const out = new Map<string, string>()
  const BATCH = 64
  for (let i = 0; i < names.length; i += BATCH) {
    const batch = names.slice(i, i + BATCH)
    const hashes = await Promise.all(batch.map((name) => hashFile(join(dir, name))))
    batch.forEach((name, j) => {
      out.set(name, hashes[j] ?? '')
    })
  }
  return out
}

export async function hashFile(file: string): Promise<string> {
  try {
    return sha256(await readFile(file))
  } catch (error) {
    return `unreadable:${(error as NodeJS.ErrnoException).code ?? 'error'}`
  }
}

/** Everything a saved story must agree with to be used. */
export type CacheKeyInput = {
  corpusDir: string
  timezone: string
  files: ReadonlyMap<string, string>
}

export async function cacheKey(input: CacheKeyInput): Promise<string> {
  const files = [...input.files].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
  return sha256(
    JSON.stringify({
      cache: CACHE_FORMAT_VERSION,
      analyzer: ANALYZER_VERSION,
      index: INDEX_FORMAT_VERSION,
      code: await codeFingerprint(),
      corpusDir: input.corpusDir,
      timezone: input.timezone,
      files,
    }),
  )
}

let code: Promise<string> | null = null

/**
 * A hash of the source of the modules whose output is cached (src/story, src/search but for question parsing)
 * and of the lockfile. Read once per process; where the files cannot be read (a bundled build) it is empty and
 * the declared versions alone decide.
 */
export function codeFingerprint(): Promise<string> {
  code ??= (async () => {
    const here = dirname(fileURLToPath(import.meta.url))
    const parts: string[] = []
    for (const folder of ['../story', '../search']) {
      const files = await sourceFiles(join(here, folder))
      for (const file of files) {
        if (/parse-question\.[jt]s$/.test(file)) continue
        parts.push(`${file.slice(here.length)}:${sha256(await readFile(file))}`)
      }
    }
    const lock = await findUp(here, 'package-lock.json')
    if (lock) parts.push(`lock:${sha256(await readFile(lock))}`)
    return sha256(parts.join('\n'))
  })().catch(() => '')
  return code
}

async function sourceFiles(dir: string): Promise<string[]> {
  const out: string[] = []
  let entries: import('node:fs').Dirent[]
  try {
    entries = await readdir(dir, { withFileTypes: true })
  } catch {
    return out
  }
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, e.name)
    if (e.isDirectory()) out.push(...(await sourceFiles(path)))
    else if (/\.(?:ts|js|mjs)$/.test(e.name) && !e.name.endsWith('.d.ts')) out.push(path)
  }
  return out
}

async function findUp(from: string, name: string): Promise<string | null> {
  let dir = from
  for (let i = 0; i < 5; i++) {
    const candidate = join(dir, name)
    try {
      await access(join(dir, 'package.json'))
      await access(candidate)
      return candidate
    } catch {
      const up = dirname(dir)
      if (up === dir) return null
      dir = up
    }
  }
  return null
}
