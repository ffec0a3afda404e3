/**
 * Fits the relevance model (`src/answer/relevance.ts`) on reporter questions with known answers, and reports how
 * it does on questions it was not fitted on.
 *
 *   npx tsx bench/fit-relevance.ts --fit FIT.json --check CHECK.json --corpus DIR
 *   npx tsx bench/fit-relevance.ts --fit A.json=CORPUS_A --fit B.json=CORPUS_B --check CHECK.json=CORPUS_C
 *
 * Each question file is asked over its own corpus (`FILE=DIR`), or over `--corpus DIR`. Questions are JSON:
 * `[{ q, any: [passage text…] } | { q, none: true }]`. For every question, each candidate paragraph (see
 * `rankCandidates`) is a row: its features, and whether it holds an expected passage. A logistic regression is
 * fitted on the fit rows, then the answer threshold that gets most fit questions right (the right passage among the
 * first three above it, or nothing above it for a question the coverage does not answer); of equally good
 * thresholds, the middle one.
 * Prints the weights and threshold to copy into relevance.ts, the fit and check figures, and how the check figure
 * moves when the threshold or a weight moves.
 */
import { readFileSync } from 'node:fs'
import { type Candidate, rankCandidates, topicCoverage } from '../src/answer/rank.js'
import {
  ANSWER_THRESHOLD,
  FEATURE_NAMES,
  type Features,
  MIN_TOPIC,
  MODEL,
  type Model,
  probability,
} from '../src/answer/relevance.js'
import { understand } from '../src/answer/understand.js'
import { openEngine } from '../src/engine.js'

type Question = { q: string; any?: string[]; none?: boolean }
type Row = { x: Features; y: boolean }
type Asked = { question: Question; candidates: Candidate[]; unquoted: boolean; right: boolean[]; topic: number }

const args = (name: string) => process.argv.flatMap((a, i) => (a === `--${name}` ? [process.argv[i + 1] ?? ''] : []))
const corpusDir = args('corpus')[0]
const sets = (name: string) =>
  args(name).map((spec) => {
    const at = spec.indexOf('=')
    return at < 0 ? { file: spec, corpus: corpusDir } : { file: spec.slice(0, at), corpus: spec.slice(at + 1) }
  })
const fitSets = sets('fit')
const checkSets = sets('check')
if (fitSets.length === 0 || [...fitSets, ...checkSets].some((s) => !s.corpus)) {
  console.error(
    'usage: npx tsx bench/fit-relevance.ts --fit FIT.json[=CORPUS] ... [--check CHECK.json[=CORPUS] ...] [--corpus DIR]',
  )
  process.exit(1)
}

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[\u201c\u201d\u201e\u00ab\u00bb"]/g, '"')
    .replace(/[\u2018\u2019\u201b`]/g, "'")
    .replace(/[\u2013\u2014]/g, '-')

async function ask(file: string, corpus: string): Promise<Asked[]> {
  const engine = await openEngine({ corpusDir: corpus, timezone: 'UTC' })
  const ctx = engine.answerContext
  const questions = JSON.parse(readFileSync(file, 'utf8')) as Question[]
  return questions.map((question) => {
    const u = understand(ctx, question.q)
    const candidates = u.asked?.kind === 'unquoted' ? [] : rankCandidates(ctx, u)
    const want = (question.any ?? []).map(norm)
    const right = candidates.map((c) => {
      const text = norm(ctx.lookup.paragraph(c.hit.article, c.hit.paragraph)?.text ?? '')
      return want.some((w) => text.includes(w))
    })
    return { question, candidates, unquoted: u.asked?.kind === 'unquoted', right, topic: topicCoverage(u, candidates) }
  })
}

const askAll = async (list: readonly { file: string; corpus?: string }[]) => {
  const out: Asked[] = []
  for (const { file, corpus } of list) out.push(...(await ask(file, corpus ?? '')))
  return out
}

const vector = (f: Features) => FEATURE_NAMES.map((k) => f[k])

function fitModel(rows: readonly Row[]): Model {
  const k = FEATURE_NAMES.length
  const w = new Array<number>(k).fill(0)
  let b = 0
  const positives = rows.filter((r) => r.y).length
  // positives are few among the candidates: each class weighs as much as the other
  const classWeight = (y: boolean) =>
    y ? rows.length / (2 * positives) : rows.length / (2 * (rows.length - positives))
  const lambda = 0.01
  for (let step = 0; step < 20000; step++) {
    const gw = new Array<number>(k).fill(0)
    let gb = 0
    for (const r of rows) {
      const x = vector(r.x)
      const z = b + x.reduce((s, v, i) => s + v * (w[i] ?? 0), 0)
      const err = (1 / (1 + Math.exp(-z)) - (r.y ? 1 : 0)) * classWeight(r.y)
      gb += err
      x.forEach((v, i) => {
        gw[i] = (gw[i] ?? 0) + err * v
      })
    }
    const rate = 0.5 / rows.length
    b -= rate * gb
    for (let i = 0; i < k; i++) w[i] = (w[i] ?? 0) - rate * ((gw[i] ?? 0) + lambda * rows.length * (w[i] ?? 0))
  }
  const model = { ...MODEL, bias: b }
  FEATURE_NAMES.forEach((name, i) => {
    model[name] = w[i] ?? 0
  })
  return model
}

type Gate = { threshold: number; topic: number }

/** Questions decided right: the right passage among the first three above the threshold, or none above it. */
function decided(asked: readonly Asked[], model: Model, gate: Gate): number {
  let right = 0
  for (const a of asked) {
    const ranked = a.candidates
      .map((c, i) => ({ p: probability(c.features, model), right: a.right[i] ?? false }))
      .sort((x, y) => y.p - x.p)
    const best = ranked[0]
    const answers = best !== undefined && best.p >= gate.threshold && a.topic >= gate.topic && !a.unquoted
    if (a.question.none) right += answers ? 0 : 1
    else if (answers && ranked.slice(0, 3).some((r) => r.right && r.p >= gate.threshold)) right++
  }
  return right
}

/** The middle one of equally good values: the farthest from both ends where the fit questions start to suffer. */
const middle = (values: readonly number[]) => values[Math.floor((values.length - 1) / 2)] ?? 0

const fitAsked = await askAll(fitSets)
const rows: Row[] = fitAsked.flatMap((a) => a.candidates.map((c, i) => ({ x: c.features, y: a.right[i] ?? false })))
const model = fitModel(rows)
const thresholds = Array.from({ length: 19 }, (_, i) => Math.round(100 * 0.05 * (i + 1)) / 100)
const topics = Array.from({ length: 11 }, (_, i) => Math.round(100 * 0.05 * i) / 100)
let bestScore = -1
for (const threshold of thresholds)
  for (const topic of topics) bestScore = Math.max(bestScore, decided(fitAsked, model, { threshold, topic }))
// the minimum topic coverage first (the middle of those that reach the best score at some threshold), then the
// threshold (the middle of those that reach it with that topic coverage)
const topic = middle(
  topics.filter((t) => thresholds.some((threshold) => decided(fitAsked, model, { threshold, topic: t }) === bestScore)),
)
const good = thresholds.filter((threshold) => decided(fitAsked, model, { threshold, topic }) === bestScore)
const gate = { threshold: middle(good), topic }
const round = (x: number) => Math.round(x * 100) / 100
const current = { threshold: ANSWER_THRESHOLD, topic: MIN_TOPIC }
console.log('model', JSON.stringify(Object.fromEntries(Object.entries(model).map(([k, v]) => [k, round(v)]))))
console.log(
  `threshold ${gate.threshold} (equally good on fit: ${good.join(', ')}), minimum topic coverage ${gate.topic}`,
)
console.log(`fit: ${decided(fitAsked, model, gate)} of ${fitAsked.length} decided right`)
console.log(`fit, the model now in relevance.ts: ${decided(fitAsked, MODEL, current)} of ${fitAsked.length}`)
if (checkSets.length) {
  const checkAsked = await askAll(checkSets)
  const n = checkAsked.length
  console.log(`check: ${decided(checkAsked, model, gate)} of ${n} decided right`)
  console.log(`check, the model now in relevance.ts: ${decided(checkAsked, MODEL, current)} of ${n}`)
  const moved = [-0.2, -0.1, 0.1, 0.2].map(
    (d) => `${d > 0 ? '+' : ''}${d}: ${decided(checkAsked, model, { ...gate, threshold: gate.threshold + d })}`,
  )
  console.log(`check with the threshold moved by ${moved.join(', ')}`)
  const topicMoved = [-0.1, -0.05, 0.05, 0.1].map(
    (d) => `${d > 0 ? '+' : ''}${d}: ${decided(checkAsked, model, { ...gate, topic: Math.max(0, gate.topic + d) })}`,
  )
  console.log(`check with the minimum topic coverage moved by ${topicMoved.join(', ')}`)
  for (const name of FEATURE_NAMES) {
    const at = (f: number) => decided(checkAsked, { ...model, [name]: model[name] * f }, gate)
    console.log(`check with the ${name} weight halved: ${at(0.5)}, doubled: ${at(2)}`)
  }
}
