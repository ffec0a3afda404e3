/**
 * Analyses the articles of a cold start and hands them over in batches, in corpus order, so the caller can index
 * each batch as it comes. On a large corpus a worker thread does the analysis while this thread indexes what it
 * has received: the two halves of a cold start run side by side on two cores. Small corpora, one-core machines
 * and anything that stops the worker (a runner that cannot load it, an error inside it) fall back to analysing
 * here; article analysis is pure, so the result is the same either way.
 */
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import { type ArticleAnalysis, analyzeArticle } from './analyze.js'
import type { WorkerMessage } from './analyze-worker.js'
import type { Article } from './types.js'

/** Below this many paragraphs, starting a worker costs more than it saves. */
export const WORKER_FROM_PARAGRAPHS = 5000
/** Articles per batch when analysing on this thread. */
const BATCH = 100

export type AnalyzeOptions = { workerFromParagraphs?: number }

/** Analyses every article, calling `take` with each batch in order; says whether a worker thread did the work. */
export async function analyzeArticles(
  articles: readonly Article[],
  take: (batch: ArticleAnalysis[]) => void,
  options: AnalyzeOptions = {},
): Promise<{ worker: boolean }> {
  const paragraphs = articles.reduce((n, a) => n + a.paragraphs.length, 0)
  const worker =
    paragraphs >= (options.workerFromParagraphs ?? WORKER_FROM_PARAGRAPHS) && availableParallelism() > 1
      ? startWorker()
      : null
  const done = worker ? await receive(worker, articles, take) : 0
  if (worker) void worker.terminate()
  // whatever the worker did not analyse (all of it without a worker) is analysed here
  for (let i = done; i < articles.length; i += BATCH) take(articles.slice(i, i + BATCH).map(analyzeArticle))
  return { worker: done > 0 }
}

/** Sends the articles to the worker and passes on its batches; returns how many articles it analysed. */
function receive(
  worker: Worker,
  articles: readonly Article[],
  take: (batch: ArticleAnalysis[]) => void,
): Promise<number> {
  return new Promise((resolve) => {
    let done = 0
    const stop = () => {
      worker.removeAllListeners()
      resolve(done)
    }
    worker.on('message', (message: WorkerMessage) => {
      if (!message.ok) return stop()
      const batch: ArticleAnalysis[] = []
      for (const r of message.results) {
        const article = articles[done++]
        if (article) batch.push({ article, dates: r.dates, quotes: r.quotes })
      }
      take(batch)
      if (done >= articles.length) stop()
    })
    worker.once('error', stop)
    worker.once('exit', stop)
    worker.postMessage(articles)
  })
}

/**
 * The worker beside this module: the built .js, or, when running from the TypeScript source (tsx, vitest), a
 * worker that registers tsx's loader and then loads the .ts. Null if it cannot start.
 */
function startWorker(): Worker | null {
  try {
    if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./analyze-worker.js', import.meta.url))
    const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'))
    const source = JSON.stringify(new URL('./analyze-worker.ts', import.meta.url).href)
    return new Worker(`import(${tsx}).then(({ register }) => { register(); return import(${source}) })`, {
      eval: true,
    })
  } catch {
    return null
  }
}
