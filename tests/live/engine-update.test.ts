import { describe, expect, test } from 'vitest'
import { buildEngine, type Engine } from '../../src/engine.js'
import { parseArticle } from '../../src/story/parse-article.js'
import type { Article } from '../../src/story/types.js'

function article(id: string, body: string[], published = '2026-03-02'): Article {
  const raw = `---\ntitle: About ${id}\nsource: Wire\npublished: ${published}\n---\n${body.join('\n\n')}\n`
  const parsed = parseArticle(id, `corpus/${id}.md`, raw, { timezone: 'UTC' })
  if (!parsed.ok) throw new Error(parsed.reason)
  return parsed.article
}

const a = article('2026-03-01-a', [
  '"We will talk again next week," Haddad said on Monday.',
  'The border crossing at Rafah stayed closed for a third day.',
])
const b = article('2026-03-02-b', [
  'Leila Haddad, the foreign minister, said the water talks in Geneva were useful.',
  '"It was a good start," she added.',
])
const c = article('2026-03-03-c', [
  'Omar Baptiste warned that troops would stay at the border until spring.',
  'Markets in the capital were calm on Saturday.',
])
const b2 = article('2026-03-02-b', [
  'Leila Haddad, the foreign minister, said the water talks in Vienna were useless.',
  '"It was a bad start," she added.',
  'A third paragraph about the desalination plant appeared in the correction.',
])

const QUESTIONS = [
  'What did Haddad say about the talks?',
  'Who said it was a good start?',
  'Who said it was a bad start?',
  'Where were the water talks?',
  'What did Baptiste warn?',
  'What happened at the border?',
  'Tell me about the desalination plant',
  'What is the price of bitcoin?',
]

/** The engine must look exactly like one built from scratch from the same articles. */
async function expectLikeFresh(engine: Engine, articles: Article[]) {
  const fresh = buildEngine(articles, [])
  await engine.vacuum()
  expect(engine.story).toEqual(fresh.story)
  for (const q of QUESTIONS) expect(engine.ask(q), q).toEqual(fresh.ask(q))
  expect(engine.searchIndex.paragraphCount).toBe(fresh.searchIndex.paragraphCount)
  for (const stem of ['leila', 'haddad', 'border', 'vienna', 'geneva', 'desalin', 'troop'])
    expect(engine.searchIndex.documentFrequency(stem), stem).toBe(fresh.searchIndex.documentFrequency(stem))
  const ids = (e: Engine, stem: string) =>
    e.searchIndex
      .query([{ stem, synonyms: [] }])
      .map((h) => h.id)
      .sort()
  for (const stem of ['leila', 'minist', 'talk', 'start']) expect(ids(engine, stem), stem).toEqual(ids(fresh, stem))
}

describe('incremental updates give the same engine as a rebuild', () => {
  test('a changed article', async () => {
    const engine = buildEngine([a, b, c], [])
    const summary = engine.applyArticle(b2)
    expect(summary).toMatchObject({ changed: [b.id], added: [], removed: [] })
    await expectLikeFresh(engine, [a, b2, c])
    expect(engine.ask('Where were the water talks?').citations[0]?.text).toContain('Vienna')
  })

  test('an added article, placed in corpus order, that names a speaker another article only gave by surname', async () => {
    const engine = buildEngine([a, c], [])
    expect(engine.quotes().find((q) => q.article === a.id)?.speaker).toBe('Haddad')
    const summary = engine.applyArticle(b)
    expect(summary.added).toEqual([b.id])
    expect(summary.respoken).toBeGreaterThan(0)
    expect(engine.story.articles.map((x) => x.id)).toEqual([a.id, b.id, c.id])
    expect(engine.quotes().find((q) => q.article === a.id)?.speaker).toBe('Leila Haddad')
    await expectLikeFresh(engine, [a, b, c])
  })

  test('a removed article, and the renames it had caused undone', async () => {
    const engine = buildEngine([a, b, c], [])
    const summary = engine.removeArticle(b.id)
    expect(summary.removed).toEqual([b.id])
    expect(engine.hasArticle(b.id)).toBe(false)
    expect(engine.quotes().find((q) => q.article === a.id)?.speaker).toBe('Haddad')
    await expectLikeFresh(engine, [a, c])
  })

  test('a batch of changes, then back to the start', async () => {
    const engine = buildEngine([a, b, c], [])
    engine.update([{ article: b2 }], [c.id])
    await expectLikeFresh(engine, [a, b2])
    engine.update([{ article: b }, { article: c }], [])
    await expectLikeFresh(engine, [a, b, c])
  })

  test('removing an article that is not there changes nothing', () => {
    const engine = buildEngine([a], [])
    expect(engine.removeArticle('nope')).toEqual({ added: [], changed: [], removed: [], respoken: 0 })
  })

  test('a problem keeps the last good version served until the file is fixed', () => {
    const engine = buildEngine([a, b], [])
    engine.reportProblem(b.file, 'front matter is not valid YAML', 'hash-of-broken')
    expect(engine.problems).toEqual([{ file: b.file, reason: 'front matter is not valid YAML' }])
    expect(engine.hasArticle(b.id)).toBe(true)
    expect(engine.fileHashes.get('2026-03-02-b.md')).toBeUndefined()
    expect(engine.ask('Who said it was a good start?').answer?.speaker).toBe('Leila Haddad')
    engine.applyArticle(b2, 'hash-of-fixed')
    expect(engine.problems).toEqual([])
    expect(engine.fileHashes.get('2026-03-02-b.md')).toBe('hash-of-fixed')
  })

  test('the public methods keep working after updates', () => {
    const engine = buildEngine([a, c], [])
    engine.applyArticle(b)
    expect(engine.sources().map((s) => s.article)).toEqual([a.id, b.id, c.id])
    expect(engine.who().map((w) => w.speaker)).toContain('Leila Haddad')
    expect(engine.whoNamed('Haddad').length).toBeGreaterThan(1)
    expect(Array.isArray(engine.timeline())).toBe(true)
  })
})
