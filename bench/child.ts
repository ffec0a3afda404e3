/**
 * One benchmark measurement in a fresh process (started by bench/run.ts): `cold` builds the engine from the corpus
 * files and writes the cache; `warm` starts from that cache, then measures memory, `ask` latency beside bare
 * MiniSearch search, and applying changed articles. Prints one JSON object on the last line of stdout.
 *
 *   node --expose-gc --import tsx bench/child.ts cold|warm DIR
 *
 * DIR holds corpus/ (the generated .md files), questions.json, and data/ (the cache).
 */
import { readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { sha256 } from '../src/cache/fingerprint.js'
import { cacheFile, fingerprintCorpus, writeCache } from '../src/cache/story-cache.js'
import { buildEngineInParallel, type Engine, openEngine } from '../src/engine.js'
import { RAW_QUERY_OPTIONS } from '../src/search/minisearch-options.js'
import { parseQuestion } from '../src/search/parse-question.js'
import { DEFAULT_QUERY_LIMIT } from '../src/search/story-index.js'
import { articleDates } from '../src/story/analyze.js'
import { loadCorpus } from '../src/story/load-corpus.js'
import { parseArticle } from '../src/story/parse-article.js'
import { extractQuotes } from '../src/story/quotes/index.js'
import { percentile } from './stats.js'

const TIMEZONE = 'UTC'
const WARMUP_QUESTIONS = 100
/** Articles changed one at a time to time an update (spread over the corpus). */
const UPDATES = 12
/** Paragraphs used to time dates and quotes separately (the whole analysis is timed on every paragraph). */
const SPLIT_SAMPLE = 10_000
/** Questions whose search results are compared with an exhaustive search. */
const AGREEMENT_SAMPLE = 300

type Result = Record<string, number | string | boolean>

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {})
const mb = (bytes: number) => Math.round(bytes / 1e5) / 10
const round = (ms: number) => Math.round(ms * 100) / 100

function memory(): { rssMb: number; heapMb: number } {
  gc()
  gc()
  const m = process.memoryUsage()
  return { rssMb: mb(m.rss), heapMb: mb(m.heapUsed) }
}

const log = (message: string) => process.stderr.write(`  ${message}\n`)

async function cold(dir: string): Promise<Result> {
  const corpusDir = join(dir, 'corpus')
  const dataDir = join(dir, 'data')
  const t0 = performance.now()
  const files = await fingerprintCorpus(corpusDir)
  const t1 = performance.now()
  const corpus = await loadCorpus(corpusDir, { timezone: TIMEZONE })
  const t2 = performance.now()
  // as openEngine does: analysis (on a worker thread for a large corpus) and index side by side, then the merge
  let worker = false
  const engine = await buildEngineInParallel(corpus.articles, corpus.problems, files, {
    onAnalysed: (used) => {
      worker = used
    },
  })
  const t4 = performance.now()
  const afterStart = memory()
  const paragraphs = corpus.articles.reduce((n, a) => n + a.paragraphs.length, 0)
  log(`cold: ${paragraphs} paragraphs, read ${(t2 - t0).toFixed(0)} ms, analyse + index ${(t4 - t2).toFixed(0)} ms`)
  log(`      (analysis on ${worker ? 'a worker thread beside the index' : 'the same thread'})`)

  const w0 = performance.now()
  await engine.vacuum() // as openEngine does before saving
  const file = cacheFile(dataDir, corpusDir)
  const ok = await writeCache(file, { corpusDir, timezone: TIMEZONE, files: engine.fileHashes }, engine.state(), {
    warn: log,
  })
  const cacheWriteMs = performance.now() - w0
  const cacheBytes = ok ? (await readFile(file)).length : 0

  // analysis speed on one thread, dates and quotes apart, on a sample of paragraphs
  let sampled = 0
  let datesMs = 0
  let quotesMs = 0
  for (const article of corpus.articles) {
    if (sampled >= SPLIT_SAMPLE) break
    const d0 = performance.now()
    const dates = articleDates(article)
    const d1 = performance.now()
    extractQuotes(article, dates)
    quotesMs += performance.now() - d1
    datesMs += d1 - d0
    sampled += article.paragraphs.length
  }
  return {
    paragraphs,
    articles: corpus.articles.length,
    problems: corpus.problems.length,
    quotes: engine.story.quotes.length,
    speakers: engine.story.speakers.length,
    dates: engine.story.dates.length,
    terms: engine.searchIndex.search.termCount,
    coldStartMs: round(t4 - t0),
    coldFingerprintMs: round(t1 - t0),
    coldReadMs: round(t2 - t1),
    coldBuildMs: round(t4 - t2),
    coldAnalysisWorker: worker,
    coldRssMb: afterStart.rssMb,
    coldHeapMb: afterStart.heapMb,
    analyseParagraphsPerSec: Math.round(sampled / ((datesMs + quotesMs) / 1000)),
    datesParagraphsPerSec: Math.round(sampled / (datesMs / 1000)),
    quotesParagraphsPerSec: Math.round(sampled / (quotesMs / 1000)),
    cacheWriteMs: round(cacheWriteMs),
    cacheMb: mb(cacheBytes),
  }
}

async function warm(dir: string): Promise<Result> {
  const corpusDir = join(dir, 'corpus')
  const dataDir = join(dir, 'data')
  const questions = JSON.parse(await readFile(join(dir, 'questions.json'), 'utf8')) as string[]
  let cacheMissed = false
  const t0 = performance.now()
  const engine = await openEngine({
    corpusDir,
    timezone: TIMEZONE,
    cache: {
      dataDir,
      logger: {
        info: (m) => {
          cacheMissed ||= m.includes('building')
          log(m)
        },
        warn: (m) => {
          cacheMissed = true
          log(m)
        },
      },
    },
  })
  const warmStartMs = performance.now() - t0
  if (cacheMissed) throw new Error('the warm start did not use the cache')
  const afterStart = memory()
  log(`warm: started in ${warmStartMs.toFixed(0)} ms, RSS ${afterStart.rssMb} MB`)

  const { ask, bare, answered } = measureAsk(engine, questions)
  log(`ask: p50 ${percentile(ask, 0.5).toFixed(2)} ms, p99 ${percentile(ask, 0.99).toFixed(2)} ms`)
  const agreement = searchAgreement(engine, questions.slice(0, AGREEMENT_SAMPLE))
  const updates = await measureUpdates(engine, corpusDir)
  const afterUpdates = memory()
  return {
    warmStartMs: round(warmStartMs),
    rssMb: afterStart.rssMb,
    heapMb: afterStart.heapMb,
    questions: ask.length,
    answered,
    askP50Ms: round(percentile(ask, 0.5)),
    askP95Ms: round(percentile(ask, 0.95)),
    askP99Ms: round(percentile(ask, 0.99)),
    askMaxMs: round(ask[ask.length - 1] ?? Number.NaN),
    bareP50Ms: round(percentile(bare, 0.5)),
    bareP95Ms: round(percentile(bare, 0.95)),
    bareP99Ms: round(percentile(bare, 0.99)),
    askOverBareP99: round(percentile(ask, 0.99) / percentile(bare, 0.99)),
    searchTop30Agreement: agreement,
    ...updates,
    rssAfterUpdatesMb: afterUpdates.rssMb,
  }
}

/** Each question asked through the engine, and the same question searched in the bare MiniSearch index. */
function measureAsk(engine: Engine, questions: readonly string[]) {
  const search = engine.searchIndex.search
  for (const q of questions.slice(0, WARMUP_QUESTIONS)) {
    engine.ask(`${q} again`)
    search.search(`${q} again`, RAW_QUERY_OPTIONS)
  }
  const ask: number[] = []
  const bare: number[] = []
  let answered = 0
  for (const q of questions) {
    const a0 = performance.now()
    const answer = engine.ask(q)
    const a1 = performance.now()
    search.search(q, RAW_QUERY_OPTIONS)
    const a2 = performance.now()
    ask.push(a1 - a0)
    bare.push(a2 - a1)
    if (answer.answer) answered++
  }
  ask.sort((a, b) => a - b)
  bare.sort((a, b) => a - b)
  return { ask, bare, answered }
}

/**
 * The share of questions for which the search's first 30 hits (what the answer step ranks) are those of an
 * exhaustive MiniSearch search: the same scores at every rank, and the same paragraphs above the 30th score (the
 * order among equal scores, e.g. the same wire copy in two outlets, is arbitrary in both). The pruning of common
 * terms must not change them.
 */
function searchAgreement(engine: Engine, questions: readonly string[]): number {
  let same = 0
  const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a))
  for (const q of questions) {
    const { terms } = parseQuestion(q)
    const pruned = engine.searchIndex.query(terms, undefined, DEFAULT_QUERY_LIMIT).slice(0, 30)
    const full = engine.searchIndex.query(terms, undefined, DEFAULT_QUERY_LIMIT, { exhaustive: true }).slice(0, 30)
    const last = full.at(-1)?.score ?? 0
    const above = (hits: { id: string; score: number }[]) =>
      hits
        .filter((h) => h.score > last && !close(h.score, last))
        .map((h) => h.id)
        .sort()
        .join('\n')
    if (
      pruned.length === full.length &&
      pruned.every((h, i) => close(h.score, full[i]?.score ?? Number.NaN)) &&
      above(pruned) === above(full)
    )
      same++
  }
  return questions.length ? Math.round((1000 * same) / questions.length) / 1000 : 1
}

/**
 * Changes one article at a time, the way the corpus watcher applies it (read, hash, parse, analyse, merge
 * speakers, update the index), then adds and removes one; every file is put back as it was.
 */
async function measureUpdates(engine: Engine, corpusDir: string): Promise<Result> {
  const articles = engine.story.articles
  const picks = Array.from(
    { length: Math.min(UPDATES, articles.length) },
    (_, i) => articles[Math.floor(((i + 0.5) * articles.length) / UPDATES)],
  ).filter((a) => a !== undefined)
  const times: number[] = []
  const originals = new Map<string, string>()
  const apply = async (file: string) => {
    const t0 = performance.now()
    const raw = await readFile(file)
    const hash = sha256(raw)
    const name = file.slice(file.lastIndexOf('/') + 1)
    const parsed = parseArticle(name.replace(/\.md$/, ''), file, raw.toString('utf8'), { timezone: TIMEZONE })
    if (!parsed.ok) throw new Error(`${file}: ${parsed.reason}`)
    engine.applyArticle(parsed.article, hash)
    return performance.now() - t0
  }
  let addMs = Number.NaN
  let removeMs = Number.NaN
  try {
    for (const a of picks) {
      const text = await readFile(a.file, 'utf8')
      originals.set(a.file, text)
      const changed = text.replace(
        /\n\n([^\n]+)/,
        '\n\n$1 A correction was issued on Monday, the ministry said, and the negotiators met again.',
      )
      await writeFile(a.file, changed)
      times.push(await apply(a.file))
    }
    const first = picks[0]
    if (first) {
      const added = join(corpusDir, `9999-12-31-bench-added.md`)
      originals.set(added, '')
      await writeFile(added, (originals.get(first.file) ?? '').replace(/^title: .*$/m, 'title: "An added article"'))
      addMs = await apply(added)
      const r0 = performance.now()
      engine.removeArticle('9999-12-31-bench-added')
      removeMs = performance.now() - r0
    }
  } finally {
    for (const [file, text] of originals) {
      if (text === '') await rm(file, { force: true })
      else await writeFile(file, text)
    }
  }
  times.sort((a, b) => a - b)
  return {
    updateOneMs: round(percentile(times, 0.5)),
    updateOneMaxMs: round(times[times.length - 1] ?? Number.NaN),
    addOneMs: round(addMs),
    removeOneMs: round(removeMs),
  }
}

async function main() {
  const [mode, dir] = process.argv.slice(2)
  if (!dir || (mode !== 'cold' && mode !== 'warm')) throw new Error('usage: child.ts cold|warm DIR')
  const result = mode === 'cold' ? await cold(dir) : await warm(dir)
  process.stdout.write(`${JSON.stringify(result)}\n`)
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`)
  process.exitCode = 1
})
