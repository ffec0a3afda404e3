/**
 * `npm run eval:split [-- --eval DIR]`: splits each development set of the evaluation data by article into a fit
 * part (about two thirds) and a check part (the rest), so a change is fitted on one and checked on the other.
 *
 * The split is fixed by a rule, not by hand: an article belongs to the check part when the first byte of the
 * SHA-256 of "<salt>:<article id>" is below CHECK_SHARE × 256 (see `bench/eval-splits.json`). Reporter questions go
 * with the article that holds their expected passage; a question the coverage does not answer goes by the same
 * hash of its text. Nothing of the evaluation data is copied into the repository: the parts are written to
 * `bench/out/eval/` (git ignores `bench/out/`), with the corpus files linked, not copied.
 *
 * Then, for example:
 *   node ../shared/eval/score.mjs quotes bench/out/eval/ggt-dev-fit
 *   node ../shared/eval/score.mjs quotes bench/out/eval/ggt-dev-check
 *   node ../shared/eval/score.mjs ask bench/out/eval/ggt-questions-check.json ../shared/eval/ggt-dev/corpus
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

const here = dirname(fileURLToPath(import.meta.url))
const OUT = join(here, 'out', 'eval')

type SplitRule = { salt: string; checkShare: number; sets: string[]; questions: { file: string; corpus: string } }
type Part = 'fit' | 'check'
type GoldItem = { article: string } & Record<string, unknown>
type Question = { q: string; any?: string[]; none?: boolean } & Record<string, unknown>

const rule = JSON.parse(readFileSync(join(here, 'eval-splits.json'), 'utf8')) as SplitRule

/** The part an article (or an unanswerable question's text) belongs to. */
export function partOf(key: string, r: SplitRule = rule): Part {
  const first = createHash('sha256').update(`${r.salt}:${key}`).digest()[0] ?? 0
  return first < r.checkShare * 256 ? 'check' : 'fit'
}

const norm = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[\u201c\u201d\u201e\u00ab\u00bb"]/g, '"')
    .replace(/[\u2018\u2019\u201b`]/g, "'")
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()

function splitSet(evalDir: string, set: string): Record<Part, number> {
  const src = join(evalDir, set)
  const gold = JSON.parse(readFileSync(join(src, 'gold.json'), 'utf8')) as Record<string, unknown>
  const files = readdirSync(join(src, 'corpus')).filter((f) => f.endsWith('.md'))
  const counts: Record<Part, number> = { fit: 0, check: 0 }
  for (const part of ['fit', 'check'] as const) {
    const dir = join(OUT, `${set}-${part}`)
    rmSync(dir, { recursive: true, force: true })
    mkdirSync(join(dir, 'corpus'), { recursive: true })
    const ids = new Set<string>()
    for (const f of files) {
      const id = f.slice(0, -3)
      if (partOf(id) !== part) continue
      ids.add(id)
      symlinkSync(resolve(src, 'corpus', f), join(dir, 'corpus', f))
    }
    counts[part] = ids.size
    const subset: Record<string, unknown> = { ...gold, articles: ids.size }
    for (const [k, v] of Object.entries(gold)) {
      if (Array.isArray(v)) subset[k] = (v as GoldItem[]).filter((g) => ids.has(g.article))
    }
    writeFileSync(join(dir, 'gold.json'), JSON.stringify(subset))
  }
  return counts
}

function splitQuestions(evalDir: string): Record<Part, number> {
  const file = join(evalDir, rule.questions.file)
  const corpus = join(evalDir, rule.questions.corpus)
  const texts = readdirSync(corpus)
    .filter((f) => f.endsWith('.md'))
    .map((f) => ({ id: f.slice(0, -3), text: norm(readFileSync(join(corpus, f), 'utf8')) }))
  const questions = JSON.parse(readFileSync(file, 'utf8')) as Question[]
  const parts: Record<Part, Question[]> = { fit: [], check: [] }
  for (const q of questions) {
    const want = (q.any ?? []).map(norm)
    const home = texts.find((t) => want.some((w) => t.text.includes(w)))
    parts[partOf(home ? home.id : `question:${q.q}`)].push(q)
  }
  const base = rule.questions.file.replace(/-questions\.json$|\.json$/, '')
  for (const part of ['fit', 'check'] as const) {
    writeFileSync(join(OUT, `${base}-questions-${part}.json`), JSON.stringify(parts[part], null, 1))
  }
  return { fit: parts.fit.length, check: parts.check.length }
}

function main(): number {
  const { values } = parseArgs({
    options: { eval: { type: 'string', default: join(here, '..', '..', 'shared', 'eval') } },
  })
  const evalDir = resolve(values.eval)
  if (!existsSync(evalDir)) {
    process.stderr.write(`No evaluation data at ${evalDir}; pass --eval DIR.\n`)
    return 1
  }
  mkdirSync(OUT, { recursive: true })
  for (const set of rule.sets) {
    const c = splitSet(evalDir, set)
    process.stdout.write(
      `${set}: fit ${c.fit} articles, check ${c.check} articles -> bench/out/eval/${set}-{fit,check}\n`,
    )
  }
  const q = splitQuestions(evalDir)
  process.stdout.write(`questions: fit ${q.fit}, check ${q.check} -> bench/out/eval/*-questions-{fit,check}.json\n`)
  return 0
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main()
