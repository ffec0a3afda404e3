import { cp, mkdtemp, readFile, rename, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { type Engine, openEngine } from '../../src/engine.js'
import { type CorpusWatcher, watchCorpus } from '../../src/live/watch-corpus.js'

const TZ = 'Asia/Qatar'
const LAUNCH = '2026-02-07-gulf-news-week-red-lines-on-missiles.md'

let dir: string
let engine: Engine
let watcher: CorpusWatcher
let logs: string[]

/** Waits for a condition, polling; fails after `ms` (file-system events take a moment to arrive). */
async function until(what: string, condition: () => boolean, ms = 8000): Promise<void> {
  const deadline = Date.now() + ms
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}; log:\n${logs.join('\n')}`)
    await new Promise((r) => setTimeout(r, 25))
  }
  await watcher.idle()
}

const articleText = (title: string, paragraphs: string[]) =>
  `---\ntitle: ${title}\nsource: Desk Wire\npublished: 2026-02-09\n---\n${paragraphs.join('\n\n')}\n`
const cites = (question: string) => engine.ask(question).citations.map((c) => c.text)

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'watch-corpus-'))
  await cp('corpus', dir, { recursive: true })
  logs = []
  engine = await openEngine({ corpusDir: dir, timezone: TZ })
  watcher = watchCorpus(dir, engine, {
    timezone: TZ,
    debounceMs: 40,
    graceMs: 150,
    logger: { info: (m) => logs.push(`info ${m}`), warn: (m) => logs.push(`warn ${m}`) },
  })
  await watcher.idle()
})
afterEach(async () => {
  watcher.close()
  await rm(dir, { recursive: true, force: true })
})

describe('watching the corpus folder', () => {
  test('the start-up rescan finds nothing to do on an unchanged corpus', () => {
    expect(logs.filter((l) => l.startsWith('info corpus:'))).toEqual([])
  })

  test('an added article is served', async () => {
    await writeFile(
      join(dir, '2026-02-09-desk-wire-desalination.md'),
      articleText('Desalination deal', ['Qatar and Oman agreed to build a desalination plant near the border.']),
    )
    await until('the article is added', () => engine.hasArticle('2026-02-09-desk-wire-desalination'))
    expect(cites('Who will build the desalination plant?')[0]).toContain('desalination plant')
    expect(logs.some((l) => l.includes('added 2026-02-09-desk-wire-desalination'))).toBe(true)
  })

  test('a changed article is served in its new version', async () => {
    const file = join(dir, LAUNCH)
    const text = await readFile(file, 'utf8')
    await writeFile(file, text.replace('led by U.S. envoy Steve Witkoff', 'led by U.S. envoy Marguerite Oswaldo'))
    await until('the change is applied', () => cites('Who led the American delegation?').join().includes('Oswaldo'))
    expect(engine.story.articles).toHaveLength(2)
  })

  test('an editor that saves by writing a new file and renaming it over the old one', async () => {
    const file = join(dir, LAUNCH)
    const text = await readFile(file, 'utf8')
    await rename(file, `${file}~`)
    await writeFile(join(dir, '.4913.swp'), text.replace('Steve Witkoff', 'Zebulon Quartermaine'))
    await new Promise((r) => setTimeout(r, 60))
    await rename(join(dir, '.4913.swp'), file)
    await until('the change is applied', () => engine.story.quotes.length > 0 && hasText('Zebulon Quartermaine'))
    expect(engine.hasArticle(LAUNCH.replace(/\.md$/, ''))).toBe(true)
    expect(logs.some((l) => l.includes('removed'))).toBe(false)
  })

  test('a broken file keeps the last good version served and says why; fixing it clears the problem', async () => {
    const file = join(dir, LAUNCH)
    const good = await readFile(file, 'utf8')
    await writeFile(file, good.replace(/^published: .*$/m, 'published: next Tuesday'))
    await until('the problem is reported', () => engine.problems.some((p) => p.file === file))
    expect(engine.problems.find((p) => p.file === file)?.reason).toContain('published')
    expect(logs.some((l) => l.startsWith('warn') && l.includes('still serving the last good version'))).toBe(true)
    expect(cites('Who led the American delegation?').join()).toContain('Witkoff')
    await writeFile(file, good.replace('Steve Witkoff', 'Steve Witkoff and Jane Roe'))
    await until('the problem is cleared', () => engine.problems.length === 0)
    expect(hasText('Jane Roe')).toBe(true)
  })

  test('a removed article is no longer served', async () => {
    await rm(join(dir, LAUNCH))
    await until('the article is removed', () => !engine.hasArticle(LAUNCH.replace(/\.md$/, '')))
    expect(engine.story.articles).toHaveLength(1)
    expect(cites('Who led the American delegation?').join()).not.toContain('Witkoff')
  })

  test('files that are not articles are ignored', async () => {
    await writeFile(join(dir, 'notes.txt'), 'not an article')
    await writeFile(join(dir, '.hidden.md'), 'not an article either')
    await new Promise((r) => setTimeout(r, 200))
    await watcher.idle()
    expect(engine.problems).toEqual([])
    expect(engine.story.articles).toHaveLength(2)
  })

  test('a rescan catches changes made while nobody watched', async () => {
    watcher.close()
    await writeFile(join(dir, '2026-02-10-late.md'), articleText('Late', ['A late paragraph about pistachio exports.']))
    watcher = watchCorpus(dir, engine, { timezone: TZ, debounceMs: 40 })
    await watcher.idle()
    expect(engine.hasArticle('2026-02-10-late')).toBe(true)
  })
})

describe('a corpus folder replaced as deploys do', () => {
  /** The corpus behind a `current` symlink, watched through it, with a fast folder check. */
  let root: string
  beforeEach(async () => {
    watcher.close()
    root = await mkdtemp(join(tmpdir(), 'watch-deploy-'))
  })
  afterEach(async () => {
    await rm(root, { recursive: true, force: true })
  })

  const release = async (name: string, extra: Record<string, string> = {}) => {
    const folder = join(root, name)
    await cp('corpus', folder, { recursive: true })
    for (const [file, text] of Object.entries(extra)) await writeFile(join(folder, file), text)
    return folder
  }
  const watchFast = (folder: string) => {
    watcher = watchCorpus(folder, engine, {
      timezone: TZ,
      debounceMs: 40,
      graceMs: 150,
      checkMs: 100,
      logger: { info: (m) => logs.push(`info ${m}`), warn: (m) => logs.push(`warn ${m}`) },
    })
  }
  const oman = {
    '2026-02-13-oman.md': articleText('Oman hosts', ['Oman will host a third round of talks in Salalah.']),
  }

  test('rm -rf corpus && mv staging corpus: the new folder is watched and read; nothing is dropped meanwhile', async () => {
    const corpus = await release('corpus')
    engine = await openEngine({ corpusDir: corpus, timezone: TZ })
    watchFast(corpus)
    await watcher.idle()
    const staging = await release('staging', oman)
    await rm(corpus, { recursive: true, force: true })
    await new Promise((r) => setTimeout(r, 300)) // the swap is not instant
    expect(engine.story.articles).toHaveLength(2) // still served while the folder is missing
    expect(watcher.status().watching).toBe(false)
    await rename(staging, corpus)
    await until('the new folder is read', () => engine.hasArticle('2026-02-13-oman'))
    expect(watcher.status().watching).toBe(true)
    expect(engine.problems).toEqual([])
    // and changes to the new folder are seen
    await writeFile(join(corpus, '2026-02-14-later.md'), articleText('Later', ['Salalah talks were postponed.']))
    await until('a change in the new folder is applied', () => engine.hasArticle('2026-02-14-later'))
  })

  test('a `current` symlink pointed at another release is followed', async () => {
    const v1 = await release('v1')
    const v2 = await release('v2', oman)
    const current = join(root, 'current')
    await symlink(v1, current)
    engine = await openEngine({ corpusDir: current, timezone: TZ })
    watchFast(current)
    await watcher.idle()
    await symlink(v2, `${current}.next`)
    await rename(`${current}.next`, current) // ln -sfn: atomic
    await until('the new release is read', () => engine.hasArticle('2026-02-13-oman'))
    expect(logs.some((l) => l.includes('was replaced or re-created'))).toBe(true)
  })

  test('a folder that is gone: reported once (in the problems, so /healthz counts it), cleared when it is back', async () => {
    const corpus = await release('corpus')
    engine = await openEngine({ corpusDir: corpus, timezone: TZ })
    watchFast(corpus)
    await watcher.idle()
    const aside = join(root, 'aside')
    await rename(corpus, aside)
    await until('the problem is reported', () => engine.problems.some((p) => p.file === corpus))
    await new Promise((r) => setTimeout(r, 300))
    expect(logs.filter((l) => l.includes('is missing'))).toHaveLength(1)
    expect(engine.story.articles).toHaveLength(2)
    await rename(aside, corpus)
    await until('the problem is over', () => engine.problems.length === 0)
    expect(watcher.status()).toMatchObject({ watching: true, checkedAt: expect.any(String) })
  })
})

describe('saving the cache after live updates', () => {
  test('once the corpus is quiet, the cache holds the updated story and the next start restores it', async () => {
    watcher.close()
    const dataDir = join(dir, '..', `${dir.split('/').pop()}-data`)
    const messages: string[] = []
    const cache = { dataDir, logger: { info: (m: string) => messages.push(m), warn: (m: string) => messages.push(m) } }
    engine = await openEngine({ corpusDir: dir, timezone: TZ, cache })
    watcher = watchCorpus(dir, engine, { timezone: TZ, debounceMs: 40, cache: { dataDir, delayMs: 50 } })
    await watcher.idle()
    await writeFile(join(dir, '2026-02-11-pistachio.md'), articleText('Pistachios', ['Pistachio exports doubled.']))
    await until('the article is added', () => engine.hasArticle('2026-02-11-pistachio'))
    messages.length = 0
    const deadline = Date.now() + 8000
    let restored: Engine | null = null
    while (Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50))
      await watcher.idle()
      restored = await openEngine({ corpusDir: dir, timezone: TZ, cache })
      if (messages.some((m) => m.startsWith('cache: restored'))) break
      messages.length = 0
    }
    expect(messages.some((m) => m.startsWith('cache: restored'))).toBe(true)
    expect(restored?.hasArticle('2026-02-11-pistachio')).toBe(true)
    expect(restored?.story).toEqual(engine.story)
    await rm(dataDir, { recursive: true, force: true })
  })

  test('flush() saves at once (e.g. on shutdown), and only when something changed', async () => {
    watcher.close()
    const dataDir = join(dir, '..', `${dir.split('/').pop()}-flush`)
    const messages: string[] = []
    const logger = { info: (m: string) => messages.push(m), warn: (m: string) => messages.push(m) }
    engine = await openEngine({ corpusDir: dir, timezone: TZ, cache: { dataDir } })
    watcher = watchCorpus(dir, engine, { timezone: TZ, debounceMs: 40, logger, cache: { dataDir, delayMs: 3_600_000 } })
    await watcher.idle()
    await watcher.flush()
    expect(messages.some((m) => m.startsWith('cache: saved'))).toBe(false)
    await writeFile(join(dir, '2026-02-12-saffron.md'), articleText('Saffron', ['Saffron prices rose again.']))
    await until('the article is added', () => engine.hasArticle('2026-02-12-saffron'))
    await watcher.flush()
    expect(messages.some((m) => m.startsWith('cache: saved'))).toBe(true)
    const restored: string[] = []
    const again = await openEngine({
      corpusDir: dir,
      timezone: TZ,
      cache: { dataDir, logger: { info: (m) => restored.push(m) } },
    })
    expect(restored.some((m) => m.startsWith('cache: restored'))).toBe(true)
    expect(again.hasArticle('2026-02-12-saffron')).toBe(true)
    await rm(dataDir, { recursive: true, force: true })
  })
})

function hasText(words: string): boolean {
  return engine.story.articles.some((a) => a.paragraphs.some((p) => p.text.includes(words)))
}
