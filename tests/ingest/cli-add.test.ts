/** `cli add` end to end: a local news site, a temporary corpus, the CLI as a person runs it, then a question. */
import { execFile } from 'node:child_process'
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { fixturePage, type NewsServer, startNewsServer } from './helpers/news-server.js'

const root = join(import.meta.dirname, '..', '..')
const ARTICLE = '/world/2026/02/09/second-round-muscat'

type Run = { code: number | null; out: string; err: string }
const cli = (args: string[], env: Record<string, string> = {}): Promise<Run> =>
  new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', join(root, 'src', 'cli.ts'), ...args],
      { cwd: root, env: { ...process.env, CORPUS_DIR: '', STORY_TIMEZONE: '', DATA_DIR: '', ...env } },
      (error, stdout, stderr) =>
        resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, out: stdout, err: stderr }),
    )
  })

let site: NewsServer
let dir: string
let corpus: string
let allowed: Record<string, string>

beforeAll(async () => {
  site = await startNewsServer('127.0.0.1')
  dir = await mkdtemp(join(tmpdir(), 'cli-add-'))
  corpus = join(dir, 'corpus')
  await cp(join(root, 'corpus'), corpus, { recursive: true })
  allowed = { INGEST_ALLOW_HOSTS: site.hostPort, DATA_DIR: join(dir, 'data') }
})
afterAll(async () => {
  await site.close()
  await rm(dir, { recursive: true, force: true })
})

const files = async () => (await readdir(corpus)).sort()

describe('cli add', () => {
  test('writes one file with the headline, outlet, instant, canonical link and only the article; then answers from it', async () => {
    const before = await files()
    const r = await cli(['add', site.url(`${ARTICLE}?utm_source=chat`), '--corpus', corpus, '--json'], allowed)
    expect(r.err).toBe('')
    expect(r.code).toBe(0)
    const result = JSON.parse(r.out)
    const name = '2026-02-09-harbour-ledger-mediators-say-second-round-of-iran-us-talks-could-open-in.md'
    expect(result).toEqual({
      file: join(corpus, name),
      article: name.slice(0, -3),
      title: 'Mediators say second round of Iran–US talks could open in Muscat next week',
      source: 'The Harbour Ledger',
      published: '2026-02-09T08:15:00+04:00',
      url: site.url(ARTICLE),
      paragraphs: 8,
      duplicate: false,
    })
    expect(await files()).toEqual([...before, name].sort())
    const text = await readFile(join(corpus, name), 'utf8')
    expect(text).toMatch(/\nadded_at: \d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z\n/)
    expect(text).not.toContain('added_by')
    expect(text).not.toMatch(/Advertisement|Boats in the harbour|Share on|All rights reserved|More from World/)

    const ask = await cli(['ask', 'What did Daniel Reyes say?', '--corpus', corpus, '--json'], allowed)
    const answer = JSON.parse(ask.out)
    expect(answer.answer.speaker).toBe('Daniel Reyes')
    expect(answer.citations[0]).toMatchObject({ article: name.slice(0, -3), source: 'The Harbour Ledger' })
  })

  test('the same link again, or a redirect to it, adds nothing and names the file', async () => {
    const before = await files()
    for (const link of [site.url(ARTICLE), site.url('/short/talks')]) {
      const r = await cli(['add', link, '--corpus', corpus, '--json'], allowed)
      expect(r.code).toBe(0)
      expect(JSON.parse(r.out)).toMatchObject({ duplicate: true, file: expect.stringContaining('harbour-ledger') })
    }
    const text = await cli(['add', site.url('/short/talks'), '--corpus', corpus], allowed)
    expect(text.out).toMatch(/^Already in the story: .*harbour-ledger.*\(the same link\)\n/)
    expect(await files()).toEqual(before)
  })

  test.each([
    [
      'loopback without INGEST_ALLOW_HOSTS (even for a link already added)',
      ARTICLE,
      {},
      /address not allowed: 127\.0\.0\.1 is a loopback address/,
    ],
    ['a PDF', '/report.pdf', undefined, /not a web page: the link is a PDF document/],
    [
      'a page with no article text',
      '/app-shell',
      undefined,
      /no article text found on the page.*save the page and run: add FILE\.html --url URL/,
    ],
    ['a 40 MB page', '/huge', undefined, /the page is too large \(over 5 MB\)/],
    ['a 404', '/gone', undefined, /not found: the site answered HTTP 404/],
    ['a page without a date', '/no-date', undefined, /no publication date found.*pass --published YYYY-MM-DD/],
  ])('%s is refused with exit 3 and a reason, writing nothing', async (_what, path, env, reason) => {
    const before = await files()
    const r = await cli(['add', site.url(path), '--corpus', corpus], env ?? allowed)
    expect(r.code).toBe(3)
    expect(r.out).toBe('')
    expect(r.err).toMatch(/^error: could not add /)
    expect(r.err).toMatch(reason)
    expect(r.err).not.toMatch(/\n\s+at |node_modules|\.ts:\d/)
    expect(await files()).toEqual(before)
  })

  test('a file: link and a redirect to an unlisted loopback address are refused', async () => {
    const before = await files()
    const file = await cli(['add', 'file:///etc/passwd', '--corpus', corpus], allowed)
    expect(file.code).toBe(3)
    expect(file.err).toContain('only http and https links can be added')
    const to = site.url(`/to/${encodeURIComponent(`http://127.0.0.2:${site.port}${ARTICLE}`)}`)
    const redirect = await cli(['add', to, '--corpus', corpus], allowed)
    expect(redirect.code).toBe(3)
    expect(redirect.err).toContain('127.0.0.2 is a loopback address')
    expect(await files()).toEqual(before)
  })

  test('--published supplies the date a page lacks; a saved page is added with --url', async () => {
    const dated = await cli(['add', site.url('/no-date'), '--published', '2026-02-10', '--corpus', corpus], allowed)
    expect(dated.code).toBe(0)
    expect(dated.out).toMatch(
      /^Added .*2026-02-10-gulf-evening-courier-omans-foreign-ministry-says-both-sides-asked-for-more-time\.md\n/,
    )
    expect(dated.out).toContain('Quoted: a ministry official (1)')

    const saved = join(dir, 'page.html')
    await writeFile(saved, fixturePage().replaceAll('Omani mediators are preparing', 'Mediators in Oman are preparing'))
    const r = await cli(['add', saved, '--url', 'https://ledger.example/saved', '--corpus', corpus, '--json'])
    expect(r.code).toBe(0)
    expect(JSON.parse(r.out)).toMatchObject({ duplicate: false, source: 'The Harbour Ledger', paragraphs: 8 })
  })

  test('bad usage is exit 1', async () => {
    expect((await cli(['add', '--corpus', corpus])).code).toBe(1)
    expect((await cli(['add', join(dir, 'page.html'), '--corpus', corpus])).err).toContain('needs --url URL')
    expect((await cli(['add', site.url(ARTICLE), '--published', 'yesterday', '--corpus', corpus])).code).toBe(1)
  })
})
