/** Writing a draft into a corpus folder: one file, atomically, in the corpus format; duplicates and refusals write nothing. */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { addDraft } from '../../src/ingest/add-article.js'
import { type ArticleDraft, draftFromHtml } from '../../src/ingest/draft.js'
import { linkKey } from '../../src/ingest/duplicates.js'
import { IngestRefusal } from '../../src/ingest/refusal.js'
import { loadCorpus } from '../../src/story/load-corpus.js'
import { fixturePage } from './helpers/news-server.js'

const PAGE_URL = 'https://harbour-ledger.example/world/2026/02/09/second-round-muscat'
const NOW = new Date('2026-02-20T15:02:11.456Z')
let dir: string
const options = () => ({ corpusDir: dir, timezone: 'UTC', now: () => NOW })
const draft = (): ArticleDraft => draftFromHtml(fixturePage(), PAGE_URL)

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ingest-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('addDraft', () => {
  test('writes one corpus file, named by date, outlet and headline, that the corpus loader reads back', async () => {
    const result = await addDraft(draft(), { ...options(), addedBy: 'U0REPORTER' })
    const name = '2026-02-09-harbour-ledger-mediators-say-second-round-of-iran-us-talks-could-open-in.md'
    expect(result).toEqual({
      file: join(dir, name),
      article: name.replace(/\.md$/, ''),
      title: 'Mediators say second round of Iran–US talks could open in Muscat next week',
      source: 'The Harbour Ledger',
      published: '2026-02-09T08:15:00+04:00',
      url: PAGE_URL,
      paragraphs: 8,
      duplicate: false,
    })
    expect(await readdir(dir)).toEqual([name])
    const text = await readFile(join(dir, name), 'utf8')
    expect(text).toMatch(/^---\ntitle: Mediators say second round of Iran–US talks could open in Muscat next week\n/)
    expect(text).toContain('\nadded_by: U0REPORTER\nadded_at: 2026-02-20T15:02:11Z\n---\n')
    expect(text).toContain('\n\n## Missiles remain the sticking point\n\n')
    const { articles, problems } = await loadCorpus(dir, { timezone: 'UTC' })
    expect(problems).toEqual([])
    expect(articles[0]?.publishedAt.toISOString()).toBe('2026-02-09T04:15:00.000Z')
    expect(articles[0]?.paragraphs[3]).toMatchObject({ n: 4, heading: 'Missiles remain the sticking point' })
  })

  test('the same canonical link again is a duplicate, naming the file that holds it; nothing is written', async () => {
    const first = await addDraft(draft(), options())
    const again = await addDraft({ ...draft(), links: [`${PAGE_URL}/?utm_source=x#top`] }, options())
    expect(again).toMatchObject({ duplicate: true, matched: 'link', file: first.file, article: first.article })
    expect(await readdir(dir)).toHaveLength(1)
  })

  test('the same text under another link is a duplicate', async () => {
    const first = await addDraft(draft(), options())
    const copy = { ...draft(), url: 'https://syndicated.example/copy', links: ['https://syndicated.example/copy'] }
    copy.blocks = copy.blocks.map((b) => ({ ...b, text: b.text.toUpperCase().replace(/“|”/g, '"') }))
    expect(await addDraft(copy, options())).toMatchObject({ duplicate: true, matched: 'text', file: first.file })
    expect(await readdir(dir)).toHaveLength(1)
  })

  test('a different article with the same file name gets -2', async () => {
    await addDraft(draft(), options())
    const other = { ...draft(), url: 'https://harbour-ledger.example/other', links: [] }
    other.blocks = [{ kind: 'paragraph' as const, text: 'A different article under the same headline.' }]
    const result = await addDraft(other, options())
    expect(result.file).toMatch(/could-open-in-2\.md$/)
  })

  test('without a publication date it is refused and nothing is written', async () => {
    const error = await addDraft({ ...draft(), published: null }, options()).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(IngestRefusal)
    expect((error as IngestRefusal).kind).toBe('no-date')
    expect(await readdir(dir)).toEqual([])
  })

  test('two adds of the same article at once write it once', async () => {
    const results = await Promise.all([addDraft(draft(), options()), addDraft(draft(), options())])
    expect(results.map((r) => r.duplicate).sort()).toEqual([false, true])
    expect(await readdir(dir)).toHaveLength(1)
  })

  test('an unwritable corpus folder is a refusal without a path', async () => {
    const file = join(dir, 'not-a-folder')
    await writeFile(file, 'x')
    const error = await addDraft(draft(), { ...options(), corpusDir: join(file, 'corpus') }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(IngestRefusal)
    expect((error as IngestRefusal).message).toMatch(/^could not write the article to the corpus folder \(/)
    expect((error as IngestRefusal).message).not.toContain(dir)
  })
})

test('linkKey ignores scheme, www, fragment, trailing slash and tracking parameters, not the path or real query', () => {
  expect(linkKey('https://www.x.example/a/b/?utm_campaign=1&fbclid=2#c')).toBe('x.example/a/b')
  expect(linkKey('http://x.example/a/b')).toBe('x.example/a/b')
  expect(linkKey('https://x.example/a/b?id=7')).toBe('x.example/a/b?id=7')
  expect(linkKey('file:///a')).toBeNull()
})
