import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

const root = join(import.meta.dirname, '..')
const cli = (args: string[], input?: string) => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src', 'cli.ts'), ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    env: { ...process.env, CORPUS_DIR: '', STORY_TIMEZONE: '' },
  })
  return { code: r.status, out: r.stdout, err: r.stderr }
}

describe('cli', () => {
  test('ask prints a cited answer', () => {
    const r = cli(['ask', 'What did Araghchi tell Al Jazeera?'])
    expect(r.code).toBe(0)
    expect(r.out).toMatch(/^Q: What did Araghchi tell Al Jazeera\?\nA: /)
    expect(r.out).toMatch(/\[1\] (Al Jazeera|Gulf News Week), "/)
    expect(r.out).toMatch(/paragraph \d+/)
  })

  test('ask --json follows the contract', () => {
    const r = cli(['ask', 'How many deaths did Iranian authorities acknowledge?', '--json'])
    expect(r.code).toBe(0)
    const a = JSON.parse(r.out)
    expect(a).toMatchObject({
      question: 'How many deaths did Iranian authorities acknowledge?',
      answer: { text: expect.stringContaining('3,117'), dateBasis: expect.any(String) },
    })
    expect(a.citations[0]).toMatchObject({
      article: '2026-02-07-gulf-news-week-red-lines-on-missiles',
      paragraph: 6,
      source: 'Gulf News Week',
      title: 'Iran draws red lines on missiles as fragile US talks set to resume',
      published: '2026-02-07',
      url: 'https://gulfnewsweek.com/iran-draws-red-lines-on-missiles-as-fragile-us-talks-set-to-resume',
    })
    expect(a.citations[0].text).toContain(a.answer.text)
  })

  test('ask - answers one JSON line per question, blank lines skipped', () => {
    const r = cli(['ask', '-', '--json'], 'Who is Jared Kushner?\n\nWhat is the weather in London?\n')
    expect(r.code).toBe(0)
    const lines = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))
    expect(lines.map((l) => l.question)).toEqual(['Who is Jared Kushner?', 'What is the weather in London?'])
    expect(lines[0].citations[0].text).toContain('senior advisor Jared Kushner')
    expect(lines[1]).toMatchObject({ answer: null, citations: [] })
  })

  test('a question the coverage does not answer says so, exit 0', () => {
    const r = cli(['ask', 'What is the weather in London?'])
    expect(r.code).toBe(0)
    expect(r.out).toMatch(/does not answer/)
  })

  test.each([
    [['ask', ''], /ask needs a question/],
    [['ask'], /ask needs a question/],
    [['frobnicate'], /unknown command "frobnicate"/],
    [[], /no command given/],
    [['sources', '--nope'], /Unknown option '--nope'/],
  ])('bad usage %j exits 1 with a message, no stack trace', (args, message) => {
    const r = cli(args)
    expect(r.code).toBe(1)
    expect(r.err).toMatch(message)
    expect(r.err).not.toMatch(/\n\s+at /)
  })

  test('a question over 4,000 characters exits 1 with the reason on stderr, and echoes nothing', () => {
    const r = cli(['ask', `Who said ${'very '.repeat(800)}much?`])
    expect(r.code).toBe(1)
    expect(r.err).toMatch(/the question is 4,014 characters long; a question may have at most 4,000/)
    expect(r.out).toBe('')
  })

  test('no readable article exits 2', () => {
    const r = cli(['sources', '--corpus', join(root, 'tests', 'no-such-dir')])
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/no article could be read/)
  })

  test('broken files are warned about and the rest served', () => {
    const r = cli(['sources', '--json', '--corpus', join(root, 'tests', 'fixtures', 'broken-corpus')])
    expect(r.code).toBe(0)
    expect(JSON.parse(r.out)).toEqual([
      {
        article: 'good',
        title: 'A good article',
        source: 'Example Wire',
        published: '2026-02-08',
        url: null,
        paragraphs: 1,
      },
    ])
    expect(r.err).toMatch(/no-source\.md: missing "source"/)
  })

  describe('a corpus of your own', () => {
    let dir: string
    const article = (published: string, body: string) =>
      `---\ntitle: "Long wire copy"\nsource: Test Wire\npublished: ${published}\n---\n${body}\n`
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'cli-corpus-'))
    })
    afterAll(() => {
      rmSync(dir, { recursive: true, force: true })
    })

    test('a long paragraph is cited as in Slack: at most 1,200 characters, around the answering words', () => {
      const filler = 'Delegates discussed shipping lanes, tariffs and fishing rights at length. '.repeat(100)
      const answer = 'Zorbanian told reporters the pistachio embargo would end on Friday.'
      writeFileSync(join(dir, '2026-02-07-test-wire-long.md'), article('2026-02-07', `${filler}${answer} ${filler}`))
      const r = cli(['ask', 'What did Zorbanian say about the pistachio embargo?', '--corpus', dir])
      expect(r.code).toBe(0)
      const passage = r.out.split('\n').find((l) => l.startsWith('    ')) ?? ''
      expect(passage).toContain('pistachio embargo would end on Friday')
      expect(passage.trim().length).toBeLessThanOrEqual(1200)
      expect(passage.trim()).toMatch(/^….*…$/)
      const json = JSON.parse(
        cli(['ask', 'What did Zorbanian say about the pistachio embargo?', '--json', '--corpus', dir]).out,
      )
      expect(json.citations[0].text.length).toBeGreaterThan(10_000) // JSON keeps the whole paragraph (the contract)
    })

    test('warnings: a date far in the future, a file name that disagrees, a file name with a line break', () => {
      writeFileSync(join(dir, '2026-02-08-test-wire-future.md'), article('2027-02-08', 'Next year.'))
      writeFileSync(join(dir, '2026-02-01-test-wire-mismatch.md'), article('2026-02-07', 'Which day?'))
      writeFileSync(join(dir, 'bad\nwarning: forged.md'), 'no front matter')
      const r = cli(['sources', '--corpus', dir])
      expect(r.code).toBe(0)
      expect(r.err).toMatch(/future\.md: "published" is 2027-02-08, \d+ days in the future/)
      expect(r.err).toMatch(/mismatch\.md: the file name says 2026-02-01 but "published" says 2026-02-07/)
      expect(r.err).toContain('bad\\nwarning: forged.md: no front matter')
      expect(r.err.split('\n').filter((l) => l.startsWith('warning: forged'))).toEqual([])
    })
  })

  test('digest of the launch day lists both articles; another day says there is nothing', () => {
    const day = JSON.parse(cli(['digest', '--date', '2026-02-07', '--tz', 'UTC', '--json']).out)
    expect(day).toMatchObject({ date: '2026-02-07', timezone: 'UTC' })
    expect(day.articles.map((a: { source: string }) => a.source)).toEqual(['Al Jazeera', 'Gulf News Week'])
    expect(day.text).toMatch(/Gulf News Week/)
    const before = JSON.parse(cli(['digest', '--date', '2026-02-06', '--tz', 'UTC', '--json']).out)
    expect(before.articles).toEqual([])
    expect(before.quotes).toEqual([])
  })

  test('digest with a bad date is bad usage', () => {
    const r = cli(['digest', '--date', '2026-02-30'])
    expect(r.code).toBe(1)
    expect(r.err).toMatch(/not a calendar date/)
  })

  test('sources lists the launch articles', () => {
    const r = cli(['sources', '--json'])
    expect(JSON.parse(r.out).map((s: { source: string; paragraphs: number }) => [s.source, s.paragraphs])).toEqual([
      ['Al Jazeera', 17],
      ['Gulf News Week', 7],
    ])
  })
})
