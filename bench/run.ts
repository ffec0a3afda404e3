/**
 * `npm run bench`: generates the synthetic corpus at each size (once; kept in bench/out/, which git ignores),
 * then measures each size in fresh processes — a cold start that also writes the cache, then a warm start from it
 * that measures memory, `ask` latency beside bare MiniSearch, and live updates — and prints a table.
 *
 *   npm run bench                               sizes 1,000, 10,000 and 100,000 paragraphs
 *   npm run bench -- --sizes 10000,100000       chosen sizes
 *   npm run bench -- --json                     one JSON object instead of the table
 *   npm run bench -- --seed 7 --questions 500   another corpus, fewer questions
 */
import { spawn } from 'node:child_process'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { cpus, loadavg, platform, totalmem } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { fingerprintCorpus, sha256 } from '../src/cache/fingerprint.js'
import { GENERATOR_VERSION, generateCorpus, writeCorpus } from './generate.js'

const here = dirname(fileURLToPath(import.meta.url))
const OUT = join(here, 'out')

type Metrics = Record<string, number | string | boolean>

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '1000,10000,100000' },
      json: { type: 'boolean', default: false },
      seed: { type: 'string', default: '20261122' },
      questions: { type: 'string', default: '1000' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  })
  if (values.help) {
    process.stdout.write('Usage: npm run bench -- [--sizes 1000,10000,100000] [--json] [--seed N] [--questions N]\n')
    return 0
  }
  const sizes = values.sizes.split(',').map((s) => Number(s.trim()))
  const seed = Number(values.seed)
  const questions = Number(values.questions)
  if (sizes.some((n) => !Number.isInteger(n) || n < 10) || !Number.isInteger(seed) || !(questions > 0)) {
    process.stderr.write('error: --sizes takes whole numbers of paragraphs (at least 10), e.g. 10000,100000\n')
    return 1
  }
  const machine = describeMachine()
  const loadBefore = loadavg()
  const results: Record<string, Metrics> = {}
  for (const size of sizes) {
    const dir = await prepare(size, seed, questions)
    await rm(join(dir, 'data'), { recursive: true, force: true })
    process.stderr.write(`${size.toLocaleString('en-GB')} paragraphs:\n`)
    let cold = await child('cold', dir)
    let warm: Metrics
    try {
      warm = await child('warm', dir)
    } catch (error) {
      // e.g. the source changed between the two runs (the cache key covers the code): measure both again, once
      process.stderr.write(`  ${(error as Error).message}; measuring this size again\n`)
      cold = await child('cold', dir)
      warm = await child('warm', dir)
    }
    results[String(size)] = { ...cold, ...warm }
  }
  const report = {
    machine,
    date: new Date().toISOString().slice(0, 10),
    command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(),
    seed,
    loadAverage: { before: loadBefore.map(round1), after: loadavg().map(round1) },
    sizes: results,
  }
  if (values.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`)
  else process.stdout.write(renderTable(report.machine, report.loadAverage, results))
  return 0
}

const round1 = (n: number) => Math.round(n * 10) / 10

function describeMachine(): string {
  const list = cpus()
  const model = (list[0]?.model ?? 'unknown CPU').replace(/\s+/g, ' ').trim()
  return `${model}, ${list.length} cores, ${Math.round(totalmem() / 2 ** 30)} GB RAM, ${platform()}, Node ${process.version}`
}

/** The corpus of this size and seed in bench/out/, generated unless an intact copy is there already. */
async function prepare(size: number, seed: number, questions: number): Promise<string> {
  const dir = join(OUT, `${size}-${seed}`)
  const corpusDir = join(dir, 'corpus')
  const metaFile = join(dir, 'meta.json')
  const meta = { generator: GENERATOR_VERSION, seed, paragraphs: size, questions }
  try {
    const saved = JSON.parse(await readFile(metaFile, 'utf8')) as typeof meta & { digest: string }
    const same = Object.entries(meta).every(([k, v]) => saved[k as keyof typeof meta] === v)
    if (same && saved.digest === (await digest(corpusDir))) return dir
  } catch {
    // not there yet, or unreadable: generate
  }
  process.stderr.write(`generating ${size.toLocaleString('en-GB')} paragraphs (seed ${seed}) in ${dir}\n`)
  const corpus = generateCorpus({ seed, paragraphs: size, questions })
  await mkdir(dir, { recursive: true })
  await writeCorpus(corpus, corpusDir)
  await writeFile(join(dir, 'questions.json'), JSON.stringify(corpus.questions, null, 1))
  await writeFile(metaFile, JSON.stringify({ ...meta, digest: await digest(corpusDir) }))
  return dir
}

const digest = async (dir: string) => sha256(JSON.stringify([...(await fingerprintCorpus(dir))]))

/** Runs bench/child.ts in a fresh Node process and returns the JSON it prints last. */
function child(mode: 'cold' | 'warm', dir: string): Promise<Metrics> {
  return new Promise((resolve, reject) => {
    const args = ['--expose-gc', '--import', 'tsx', join(here, 'child.ts'), mode, dir]
    const proc = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] })
    let out = ''
    proc.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8')
    })
    proc.on('error', reject)
    proc.on('close', (code) => {
      const last = out.trim().split('\n').pop() ?? ''
      if (code !== 0) return reject(new Error(`bench ${mode} run for ${dir} failed (exit ${code})`))
      try {
        resolve(JSON.parse(last) as Metrics)
      } catch {
        reject(new Error(`bench ${mode} run for ${dir} printed no result`))
      }
    })
  })
}

const ROWS: [string, string, (n: number) => string][] = [
  ['articles', 'articles', (n) => n.toLocaleString('en-GB')],
  ['quotes', 'quotes found', (n) => n.toLocaleString('en-GB')],
  ['coldStartMs', 'cold start (read + analyse + index)', seconds],
  ['coldReadMs', '  read and parse files', seconds],
  ['coldBuildMs', '  analyse + index (two threads from 5,000 ¶), merge', seconds],
  ['cacheWriteMs', 'cache write', seconds],
  ['cacheMb', 'cache size', (n) => `${n} MB`],
  ['warmStartMs', 'warm start (from cache)', seconds],
  ['rssMb', 'RSS after warm start', (n) => `${n} MB`],
  ['heapMb', 'heap after warm start', (n) => `${n} MB`],
  ['askP50Ms', 'ask p50', ms],
  ['askP95Ms', 'ask p95', ms],
  ['askP99Ms', 'ask p99', ms],
  ['bareP50Ms', 'bare MiniSearch p50', ms],
  ['bareP99Ms', 'bare MiniSearch p99', ms],
  ['askOverBareP99', 'ask p99 / bare p99', (n) => `${n.toFixed(2)}×`],
  ['answered', 'questions answered', (n) => n.toLocaleString('en-GB')],
  ['searchTop30Agreement', 'top-30 hits same as exhaustive search', (n) => `${(n * 100).toFixed(1)} %`],
  ['analyseParagraphsPerSec', 'analysis on one thread, paragraphs/s', (n) => n.toLocaleString('en-GB')],
  ['datesParagraphsPerSec', '  dates only, paragraphs/s', (n) => n.toLocaleString('en-GB')],
  ['quotesParagraphsPerSec', '  quotes only, paragraphs/s', (n) => n.toLocaleString('en-GB')],
  ['updateOneMs', 'apply one changed article (median)', ms],
  ['updateOneMaxMs', '  slowest of 12', ms],
  ['addOneMs', 'add one article', ms],
  ['removeOneMs', 'remove one article', ms],
]

function seconds(n: number): string {
  return n >= 1000 ? `${(n / 1000).toFixed(1)} s` : `${Math.round(n)} ms`
}

function ms(n: number): string {
  return `${n.toFixed(n < 10 ? 2 : 1)} ms`
}

function renderTable(
  machine: string,
  load: { before: number[]; after: number[] },
  results: Record<string, Metrics>,
): string {
  const sizes = Object.keys(results)
  const header = ['paragraphs', ...sizes.map((s) => Number(s).toLocaleString('en-GB'))]
  const rows = ROWS.filter(([key]) => sizes.some((s) => typeof results[s]?.[key] === 'number')).map(
    ([key, label, format]) => [
      label,
      ...sizes.map((s) => {
        const v = results[s]?.[key]
        return typeof v === 'number' && Number.isFinite(v) ? format(v) : '–'
      }),
    ],
  )
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((r) => (r[i] ?? '').length)))
  const line = (r: string[]) =>
    `| ${r.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(' | ')} |`
  const rule = `|${widths.map((w, i) => (i === 0 ? `${'-'.repeat(w + 1)}-` : `${'-'.repeat(w + 1)}:`)).join('|')}|`
  return [
    `Machine: ${machine}`,
    `Load average (1/5/15 min) before: ${load.before.join(' ')}, after: ${load.after.join(' ')}`,
    '',
    line(header),
    rule,
    ...rows.map(line),
    '',
  ].join('\n')
}

main().then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`error: ${(error as Error).message}\n`)
    process.exitCode = 1
  },
)
