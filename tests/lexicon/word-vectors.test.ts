import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { readWordVectors } from '../../src/lexicon/word-vectors.js'

// A made-up model in the package's shape: three dimensions, its words by frequency, each vector with two more numbers.
const dir = mkdtempSync(join(tmpdir(), 'word-vectors-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const model = {
  dimensions: 3,
  words: ['the', 'pledged', 'promised', 'Paris', 'fell', '2016'],
  vectors: {
    the: [1, 1, 1, 0, 0],
    pledged: [1, 0.1, 0, 0, 1],
    promised: [0.9, 0.2, 0, 0, 2],
    Paris: [0, 1, 0, 0, 3],
    fell: [0, 0, 1, 0, 4],
    '2016': [1, 0, 0, 0, 5],
  },
}

function build(): string {
  const from = join(dir, 'model.json')
  const out = join(dir, 'vectors.bin')
  writeFileSync(from, JSON.stringify(model))
  execFileSync(process.execPath, ['scripts/build-word-vectors.mjs', '--from', from, '--out', out, '--directions', '0'])
  return out
}

describe('word vectors: the build script writes them compactly, the lexicon reads them', () => {
  const vectors = readWordVectors(build())

  test('keeps plain lower-case words only, most frequent first', () => {
    expect(vectors.size).toBe(4)
    expect(vectors.id('the')).toBe(0)
    expect(vectors.id('Paris')).toBeUndefined()
    expect(vectors.id('2016')).toBeUndefined()
  })

  test('the cosine of the centred vectors survives the bytes to within a hundredth', () => {
    const a = vectors.similarity('pledged', 'promised') ?? Number.NaN
    expect(a).toBeGreaterThan(0.9)
    expect(vectors.similarity('pledged', 'fell')).toBeLessThan(0)
    expect(vectors.similarity('pledged', 'pledged')).toBe(1)
    expect(vectors.similarity('pledged', 'unknown')).toBeNull()
  })

  test('a file that is not one is refused', () => {
    const bad = join(dir, 'bad.bin')
    writeFileSync(bad, 'not vectors')
    expect(() => readWordVectors(bad)).toThrow(/not a word-vector file/)
  })
})
