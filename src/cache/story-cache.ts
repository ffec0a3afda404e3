/**
 * The on-disk cache of the analysed story and its search index, under DATA_DIR, so a restart does not re-read,
 * re-analyse and re-index a large corpus.
 *
 * One file per corpus folder: a header line (the key and, for each section, its length and SHA-256), then the
 * story and the index as JSON. The key is a hash of the corpus files (names and contents), the time zone, and the
 * analyser, index and cache versions plus the source of the code that produced them (see fingerprint.ts). A cache
 * is used only when the key matches and every byte checks out; anything else (missing, stale, truncated, corrupt,
 * unreadable) is reported and ignored, and the caller rebuilds. It is written atomically (temporary file, then
 * rename), and a DATA_DIR that cannot be written only costs the cache.
 */
import { randomBytes } from 'node:crypto'
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import type { EngineState } from '../engine.js'
import { type SavedIndex, StoryIndex } from '../search/story-index.js'
import type { ArticleAnalysis } from '../story/analyze.js'
import type { Article, CorpusProblem, DateMention, Quote, Speaker, Story } from '../story/types.js'
import { CACHE_FORMAT_VERSION, type CacheKeyInput, cacheKey, sha256 } from './fingerprint.js'

export { fingerprintCorpus } from './fingerprint.js'

export type CacheLogger = { info?: (message: string) => void; warn?: (message: string) => void }

const MAGIC = 'iran-talks-story-cache'

type SectionInfo = { name: string; bytes: number; sha256: string }
type Header = { magic: string; format: number; key: string; sections: SectionInfo[] }

/** Articles as JSON has them (the publication instant as an ISO string). */
type SavedArticle = Omit<Article, 'publishedAt'> & { publishedAt: string }

/** The story section: per-article analyses, and the speakers merged across articles. */
type SavedStory = {
  articles: SavedArticle[]
  /** Per article (same order): its time expressions and its quotes as found in it. */
  dates: DateMention[][]
  quotes: Quote[][]
  /** The merged quotes: either only the speakers that merging renamed (index in the flat list), or all of them. */
  merged: { renamed: [number, string | null][] } | { quotes: Quote[] }
  speakers: Speaker[]
  problems: CorpusProblem[]
}

/** Where the cache of a corpus folder lives. */
export const cacheFile = (dataDir: string, corpusDir: string): string =>
  join(dataDir, 'cache', `story-${sha256(resolve(corpusDir)).slice(0, 16)}.json`)

/** The saved state when it belongs to exactly this corpus and code, else null (with the reason logged). */
export async function readCache(file: string, input: CacheKeyInput, logger?: CacheLogger): Promise<EngineState | null> {
  let data: Buffer
  try {
    data = await readFile(file)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') logger?.info?.(`cache: none yet at ${file}; building`)
    else logger?.warn?.(`cache: cannot read ${file} (${code ?? (error as Error).message}); building`)
    return null
  }
  const reject = (why: string) => {
    logger?.warn?.(`cache: ${file} ${why}; ignored, building`)
    return null
  }
  const newline = data.indexOf(10)
  if (newline < 0) return reject('has no header (truncated?)')
  let header: Header
  try {
    header = JSON.parse(data.subarray(0, newline).toString('utf8')) as Header
  } catch {
    return reject('has a broken header')
  }
  if (header.magic !== MAGIC || header.format !== CACHE_FORMAT_VERSION) return reject('is of another format')
  if (header.key !== (await cacheKey(input))) {
    logger?.info?.('cache: out of date (the corpus, time zone or code changed); building')
    return null
  }
  const sections = new Map<string, string>()
  let at = newline + 1
  for (const s of header.sections ?? []) {
    const bytes = data.subarray(at, at + s.bytes)
    if (bytes.length !== s.bytes) return reject('is truncated')
    if (sha256(bytes) !== s.sha256) return reject(`is corrupt (section ${s.name} fails its checksum)`)
    sections.set(s.name, bytes.toString('utf8'))
    at += s.bytes
  }
  if (at !== data.length) return reject('has trailing bytes')
  try {
    const story = JSON.parse(sections.get('story') ?? 'null') as SavedStory
    const index = JSON.parse(sections.get('index') ?? 'null') as SavedIndex
    const state = restore(story, index, input.files)
    logger?.info?.(`cache: restored ${state.story.articles.length} articles from ${file}`)
    return state
  } catch (error) {
    return reject(`cannot be restored (${(error as Error).message})`)
  }
}

/** Saves the state atomically. Returns false (with a warning) when it cannot be written. */
export async function writeCache(
  file: string,
  input: CacheKeyInput,
  state: EngineState,
  logger?: CacheLogger,
): Promise<boolean> {
  const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`
  try {
    const sections: [string, Buffer][] = [
      ['story', Buffer.from(JSON.stringify(saveStory(state)))],
      ['index', Buffer.from(JSON.stringify(state.index.save()))],
    ]
    const header: Header = {
      magic: MAGIC,
      format: CACHE_FORMAT_VERSION,
      key: await cacheKey(input),
      sections: sections.map(([name, bytes]) => ({ name, bytes: bytes.length, sha256: sha256(bytes) })),
    }
    await mkdir(dirname(file), { recursive: true })
    const handle = await open(temp, 'w')
    try {
      await handle.writev([Buffer.from(`${JSON.stringify(header)}\n`), ...sections.map(([, bytes]) => bytes)])
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(temp, file)
    return true
  } catch (error) {
    await rm(temp, { force: true }).catch(() => {})
    logger?.warn?.(`cache: cannot write ${file} (${(error as Error).message}); the next start will build again`)
    return false
  }
}

function saveStory(state: EngineState): SavedStory {
  const raw = state.analyses.flatMap((a) => a.quotes)
  return {
    articles: state.analyses.map((a) => a.article as unknown as SavedArticle),
    dates: state.analyses.map((a) => a.dates),
    quotes: state.analyses.map((a) => a.quotes),
    merged: renamesOnly(raw, state.story.quotes) ?? { quotes: state.story.quotes },
    speakers: state.story.speakers,
    problems: state.problems,
  }
}

/** The merged quotes as renames of the quotes as found, when that is all merging changed (the usual case). */
function renamesOnly(raw: readonly Quote[], merged: readonly Quote[]): { renamed: [number, string | null][] } | null {
  if (raw.length !== merged.length) return null
  const renamed: [number, string | null][] = []
  for (let i = 0; i < raw.length; i++) {
    const r = raw[i]
    const m = merged[i]
    if (!r || !m) return null
    if (r === m) continue
    const keys = Object.keys(m) as (keyof Quote)[]
    if (keys.length !== Object.keys(r).length || keys.some((k) => k !== 'speaker' && m[k] !== r[k])) return null
    renamed.push([i, m.speaker])
  }
  return { renamed }
}

function restore(saved: SavedStory, index: SavedIndex, files: ReadonlyMap<string, string>): EngineState {
  const n = saved.articles.length
  if (saved.dates.length !== n || saved.quotes.length !== n) throw new Error('sections do not line up')
  const articles: Article[] = saved.articles.map((a) => {
    const publishedAt = new Date(a.publishedAt)
    if (Number.isNaN(publishedAt.getTime())) throw new Error(`article ${a.id} has no publication instant`)
    return { ...a, publishedAt }
  })
  const analyses: ArticleAnalysis[] = articles.map((article, i) => ({
    article,
    dates: saved.dates[i] ?? [],
    quotes: saved.quotes[i] ?? [],
  }))
  let quotes: Quote[]
  if ('renamed' in saved.merged) {
    quotes = analyses.flatMap((a) => a.quotes)
    for (const [i, speaker] of saved.merged.renamed) {
      const q = quotes[i]
      if (!q) throw new Error('a renamed quote is missing')
      quotes[i] = { ...q, speaker }
    }
  } else quotes = saved.merged.quotes
  const story: Story = { articles, dates: analyses.flatMap((a) => a.dates), quotes, speakers: saved.speakers }
  return {
    analyses,
    story,
    index: StoryIndex.load(index, articles),
    problems: saved.problems,
    sources: new Map(files),
  }
}
