import { cp, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { cacheFile } from '../../src/cache/story-cache.js'
import { type Engine, openEngine } from '../../src/engine.js'

const QUESTIONS = [
  'What did Araghchi tell Al Jazeera?',
  'Who said there is a long way to go to build trust?',
  'When were the talks in Oman?',
  'What did Trump sign?',
  'Who is Steve Witkoff?',
  'What is the price of bitcoin?',
]

let root: string
let corpusDir: string
let dataDir: string
let messages: string[]
const logger = {
  info: (m: string) => messages.push(`info ${m}`),
  warn: (m: string) => messages.push(`warn ${m}`),
}
const open = (options: { timezone?: string; dataDir?: string } = {}) =>
  openEngine({
    corpusDir,
    timezone: options.timezone ?? 'Asia/Qatar',
    cache: { dataDir: options.dataDir ?? dataDir, logger },
  })
const restored = () => messages.some((m) => m.startsWith('info cache: restored'))
const file = () => cacheFile(dataDir, corpusDir)

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'story-cache-'))
  corpusDir = join(root, 'corpus')
  dataDir = join(root, 'data')
  await cp('corpus', corpusDir, { recursive: true })
  messages = []
})
afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

function expectSameEngine(a: Engine, b: Engine) {
  expect(b.story).toEqual(a.story)
  expect(b.problems).toEqual(a.problems)
  expect([...b.fileHashes]).toEqual([...a.fileHashes])
  expect(sortedIndex(b)).toEqual(sortedIndex(a))
  for (const q of QUESTIONS) expect(b.ask(q)).toEqual(a.ask(q))
  expect(b.who()).toEqual(a.who())
  expect(b.timeline()).toEqual(a.timeline())
}

describe('the on-disk cache', () => {
  test('a second start restores the story and index from it, with identical answers', async () => {
    const built = await open()
    expect(restored()).toBe(false)
    expect((await stat(file())).size).toBeGreaterThan(0)
    messages = []
    const warm = await open()
    expect(restored()).toBe(true)
    expect(warm.story.articles[0]?.publishedAt).toBeInstanceOf(Date)
    expectSameEngine(built, warm)
  })

  test('broken files are remembered as problems', async () => {
    await writeFile(join(corpusDir, 'broken.md'), 'no front matter here\n')
    const built = await open()
    messages = []
    const warm = await open()
    expect(restored()).toBe(true)
    expect(warm.problems.map((p) => p.file)).toEqual([join(corpusDir, 'broken.md')])
    expectSameEngine(built, warm)
  })

  test('a changed corpus file makes it stale: rebuilt and saved again', async () => {
    await open()
    const name = '2026-02-07-gulf-news-week-red-lines-on-missiles.md'
    const text = await readFile(join(corpusDir, name), 'utf8')
    await writeFile(join(corpusDir, name), text.replace('Steve Witkoff', 'Steven Witkoff'))
    messages = []
    const engine = await open()
    expect(restored()).toBe(false)
    expect(messages.some((m) => m.includes('out of date'))).toBe(true)
    expect(engine.story.articles.some((a) => a.paragraphs.some((p) => p.text.includes('Steven Witkoff')))).toBe(true)
    messages = []
    await open()
    expect(restored()).toBe(true)
  })

  test('an added or removed file makes it stale', async () => {
    await open()
    const extra = join(corpusDir, 'extra.md')
    await writeFile(extra, '---\ntitle: Extra\nsource: Wire\npublished: 2026-02-08\n---\nA new paragraph.\n')
    messages = []
    expect((await open()).story.articles).toHaveLength(3)
    expect(restored()).toBe(false)
    await rm(extra)
    messages = []
    expect((await open()).story.articles).toHaveLength(2)
    expect(restored()).toBe(false)
  })

  test('another time zone does not use it', async () => {
    await open()
    messages = []
    const utc = await open({ timezone: 'UTC' })
    expect(restored()).toBe(false)
    expect(utc.story.articles[0]?.publishedAt.toISOString()).toBe('2026-02-07T00:00:00.000Z')
  })

  test.each([
    ['truncated', (b: Buffer) => b.subarray(0, Math.floor(b.length / 2))],
    ['cut inside the header', (b: Buffer) => b.subarray(0, 20)],
    ['empty', () => Buffer.alloc(0)],
    ['a flipped byte in the story', (b: Buffer) => flip(b, b.indexOf(10) + 200)],
    ['a flipped byte at the end', (b: Buffer) => flip(b, b.length - 3)],
    ['trailing garbage', (b: Buffer) => Buffer.concat([b, Buffer.from('xx')])],
    ['of another format version', (b: Buffer) => rewriteHeader(b, (h) => ({ ...h, format: 999 }))],
    ['made by another version of the code', (b: Buffer) => rewriteHeader(b, (h) => ({ ...h, key: '0'.repeat(64) }))],
    ['not a cache at all', () => Buffer.from('{"hello": "world"}\n{}')],
  ])('a cache file that is %s is ignored, rebuilt and replaced', async (_what, damage) => {
    const built = await open()
    await writeFile(file(), damage(await readFile(file())))
    messages = []
    const rebuilt = await open()
    expect(restored()).toBe(false)
    expectSameEngine(built, rebuilt)
    messages = []
    await open()
    expect(restored()).toBe(true)
  })

  test('a DATA_DIR that cannot be written costs only the cache', async () => {
    const blocker = join(root, 'not-a-folder')
    await writeFile(blocker, 'a file where the data folder should be')
    const engine = await open({ dataDir: join(blocker, 'data') })
    expect(engine.story.articles).toHaveLength(2)
    expect(engine.ask(QUESTIONS[0] ?? '').answer).not.toBeNull()
    expect(messages.some((m) => m.startsWith('warn cache: cannot write'))).toBe(true)
  })

  test('a missing corpus folder is reported, not cached as a story', async () => {
    await rm(corpusDir, { recursive: true })
    const engine = await open()
    expect(engine.story.articles).toHaveLength(0)
    expect(engine.problems).toHaveLength(1)
  })
})

/** The saved index with its terms in order (a loaded radix tree lists them in another order). */
function sortedIndex(engine: Engine) {
  const saved = engine.searchIndex.save()
  const index = [...saved.search.index].sort((x, y) => (x[0] < y[0] ? -1 : 1))
  return { ...saved, search: { ...saved.search, index } }
}

function flip(b: Buffer, at: number): Buffer {
  const copy = Buffer.from(b)
  copy[at] = (copy[at] ?? 0) ^ 0x20
  return copy
}

function rewriteHeader(b: Buffer, change: (h: Record<string, unknown>) => Record<string, unknown>): Buffer {
  const nl = b.indexOf(10)
  const header = JSON.parse(b.subarray(0, nl).toString('utf8')) as Record<string, unknown>
  return Buffer.concat([Buffer.from(JSON.stringify(change(header))), b.subarray(nl)])
}
