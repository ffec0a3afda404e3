import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { generateCorpus, writeCorpus } from '../../bench/generate.js'
import { percentile } from '../../bench/stats.js'
import { parseArticle } from '../../src/story/parse-article.js'

describe('the synthetic corpus generator', () => {
  const first = generateCorpus({ seed: 7, paragraphs: 400, questions: 50 })

  test('the same seed gives the same files and questions', () => {
    const again = generateCorpus({ seed: 7, paragraphs: 400, questions: 50 })
    expect([...again.files]).toEqual([...first.files])
    expect(again.questions).toEqual(first.questions)
  })

  test('another seed gives another corpus', () => {
    const other = generateCorpus({ seed: 8, paragraphs: 400, questions: 50 })
    expect([...other.files.values()].join()).not.toEqual([...first.files.values()].join())
  })

  test('every file is a valid article, and together they hold exactly the paragraphs asked for', () => {
    let paragraphs = 0
    for (const [name, text] of first.files) {
      const parsed = parseArticle(name.replace(/\.md$/, ''), name, text, { timezone: 'UTC' })
      if (!parsed.ok) throw new Error(`${name}: ${parsed.reason}`)
      paragraphs += parsed.article.paragraphs.length
    }
    expect(paragraphs).toBe(400)
    expect(first.questions).toHaveLength(50)
  })

  test('it writes what a newsroom corpus has: datelines, quotes with speakers, relative dates', () => {
    const all = [...first.files.values()].join('\n')
    expect(all).toMatch(/^[A-Z ]+ — /m)
    expect(all).toMatch(/[”"],? (?:[A-Z][a-z]+ ?)+(?:, [^,]+,)? (?:said|warned|insisted|added|stressed|noted|argued)/)
    expect(all).toMatch(/\b(?:said|told|warned) (?:\w+ )?that\b/)
    expect(all).toMatch(/\b(?:last month|last week|yesterday|on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b/)
    expect(all).toMatch(/^## /m)
  })

  test('the files written to disk are the generated ones', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bench-corpus-'))
    try {
      await writeCorpus(first, dir)
      const names = (await readdir(dir)).sort()
      expect(names).toEqual([...first.files.keys()].sort())
      const name = names[0] ?? ''
      expect(await readFile(join(dir, name), 'utf8')).toBe(first.files.get(name))
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})

describe('percentiles', () => {
  test.each([
    [0.5, 50],
    [0.95, 95],
    [0.99, 99],
    [1, 100],
  ])('nearest rank p%s of 1..100 is %s', (p, expected) => {
    const samples = Array.from({ length: 100 }, (_, i) => i + 1)
    expect(percentile(samples, p)).toBe(expected)
  })
})
