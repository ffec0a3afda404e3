/**
 * A worker thread that analyses articles for `analyzeArticles`: it receives all of them at once and sends back
 * their dates and quotes in batches, in order, so the other thread can index each batch while this one goes on.
 */
import { parentPort } from 'node:worker_threads'
import { analyzeArticle } from './analyze.js'
import type { Article, DateMention, Quote } from './types.js'

/** One batch of results (in the order the articles came), or why the analysis failed. */
export type WorkerMessage =
  | { ok: true; results: { dates: DateMention[]; quotes: Quote[] }[] }
  | { ok: false; error: string }

/** Articles per batch sent back. */
const BATCH = 100

parentPort?.once('message', (articles: Article[]) => {
  try {
    for (let i = 0; i < articles.length; i += BATCH) {
      const results = articles.slice(i, i + BATCH).map((article) => {
        const { dates, quotes } = analyzeArticle(article)
        return { dates, quotes }
      })
      parentPort?.postMessage({ ok: true, results } satisfies WorkerMessage)
    }
  } catch (error) {
    parentPort?.postMessage({ ok: false, error: error instanceof Error ? error.message : String(error) })
  }
})
