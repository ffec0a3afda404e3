import { join } from 'node:path'
import { expect, test } from 'vitest'
import { loadCorpus } from '../../src/story/load-corpus.js'

const dir = join(import.meta.dirname, '..', 'fixtures', 'broken-corpus')

test('a broken file is named with its reason and the others are still served', async () => {
  const corpus = await loadCorpus(dir, { timezone: 'UTC' })
  expect(corpus.articles.map((a) => a.id)).toEqual(['good'])
  const problems = Object.fromEntries(corpus.problems.map((p) => [p.file.split('/').pop(), p.reason]))
  expect(problems).toEqual({
    'bad-date.md': expect.stringMatching(/published/),
    'empty-body.md': expect.stringMatching(/no paragraphs/),
    'no-front-matter.md': expect.stringMatching(/no front matter/),
    'no-source.md': expect.stringMatching(/missing "source"/),
  })
})

test('a missing folder is a problem, not a crash', async () => {
  const corpus = await loadCorpus(join(dir, 'nope'), { timezone: 'UTC' })
  expect(corpus.articles).toEqual([])
  expect(corpus.problems[0]?.reason).toMatch(/cannot be read: ENOENT/)
})

test('the bundled corpus has the two launch articles', async () => {
  const corpus = await loadCorpus(join(import.meta.dirname, '..', '..', 'corpus'), { timezone: 'UTC' })
  expect(corpus.problems).toEqual([])
  const sources = corpus.articles.map((a) => [a.source, a.localDate, a.paragraphs.length])
  expect(sources).toEqual([
    ['Al Jazeera', '2026-02-07', 17],
    ['Gulf News Week', '2026-02-07', 7],
  ])
  const gnw = corpus.articles[1]
  expect(gnw?.summary).toMatch(/^Amid sanctions and threats of retaliation/)
  expect(gnw?.paragraphs[0]?.text).toMatch(/^SHARJAH — Iranian Foreign Minister/)
  const aj = corpus.articles[0]
  expect(aj?.paragraphs.find((p) => p.heading !== null)?.text).toMatch(/^Despite calling the talks/)
})
