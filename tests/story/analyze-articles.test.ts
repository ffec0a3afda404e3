import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { buildEngine, buildEngineInParallel } from '../../src/engine.js'
import { analyzeArticle } from '../../src/story/analyze.js'
import { analyzeArticles } from '../../src/story/analyze-articles.js'
import { loadCorpus } from '../../src/story/load-corpus.js'
import { parseArticle } from '../../src/story/parse-article.js'
import type { Article } from '../../src/story/types.js'

const launch = await loadCorpus(join(import.meta.dirname, '..', '..', 'corpus'), { timezone: 'UTC' })

/** Articles that name a speaker by surname before another article gives the full name (the merge renames). */
function article(id: string, body: string[]): Article {
  const raw = `---\ntitle: About ${id}\nsource: Wire\npublished: 2026-03-02\n---\n${body.join('\n\n')}\n`
  const parsed = parseArticle(id, `corpus/${id}.md`, raw, { timezone: 'UTC' })
  if (!parsed.ok) throw new Error(parsed.reason)
  return parsed.article
}
const articles = [
  ...launch.articles,
  article('2026-03-01-a', ['"We will talk again next week," Haddad said on Monday.']),
  article('2026-03-02-b', ['Leila Haddad, the foreign minister, said the talks in Geneva were useful.']),
  article('2026-03-03-c', ['The foreign minister said on Tuesday that the talks would resume.']),
]

describe('analyzeArticles', () => {
  test('on a worker thread, every article comes back analysed, in order, as on this thread', async () => {
    const batches: string[][] = []
    const analyses: ReturnType<typeof analyzeArticle>[] = []
    const { worker } = await analyzeArticles(
      articles,
      (batch) => {
        batches.push(batch.map((a) => a.article.id))
        analyses.push(...batch)
      },
      { workerFromParagraphs: 0 },
    )
    expect(worker).toBe(true)
    expect(batches.flat()).toEqual(articles.map((a) => a.id))
    expect(analyses).toEqual(articles.map(analyzeArticle))
  })

  test('a small corpus is analysed on this thread', async () => {
    const { worker } = await analyzeArticles(articles, () => {})
    expect(worker).toBe(false)
  })
})

describe('buildEngineInParallel', () => {
  test('gives the engine buildEngine gives, speakers merged and renamed paragraphs re-indexed', async () => {
    const parallel = await buildEngineInParallel(articles, [], undefined, { workerFromParagraphs: 0 })
    const serial = buildEngine(articles, [])
    await parallel.vacuum()
    expect(parallel.story).toEqual(serial.story)
    expect(parallel.story.quotes.some((q) => q.speaker === 'Leila Haddad' && q.article === '2026-03-01-a')).toBe(true)
    for (const q of ['What did Leila Haddad say about next week?', 'What did Araghchi say?', 'Who led the talks?'])
      expect(parallel.ask(q), q).toEqual(serial.ask(q))
    for (const stem of ['leila', 'haddad', 'araghchi', 'talk'])
      expect([...parallel.searchIndex.paragraphsWith(stem)].sort(), stem).toEqual(
        [...serial.searchIndex.paragraphsWith(stem)].sort(),
      )
  })
})
