#!/usr/bin/env node
/** The command-line surface: parses arguments, calls the core, prints text or JSON. No business logic here. */
import { createInterface } from 'node:readline'
import { parseArgs } from 'node:util'
import { MAX_QUESTION_LENGTH } from './answer/compose.js'
import type { Answer } from './answer/types.js'
import { ConfigError, loadConfig } from './config.js'
import { digestForCli } from './digest/cli.js'
import { DigestInputError } from './digest/types.js'
import { type Engine, openEngine } from './engine.js'
import { runAdd } from './ingest/cli-add.js'
import { watchCorpus } from './live/watch-corpus.js'
import { logSafe } from './render/log-line.js'
import {
  renderAnswerText,
  renderQuoteText,
  renderSourcesText,
  renderTimelineText,
  renderWhoText,
} from './render/text.js'
import { articleWarnings } from './story/article-warnings.js'
import type { Quote } from './story/types.js'

const USAGE = `Usage: npm run --silent cli -- COMMAND [options]     (or: iran-talks COMMAND [options])

Commands:
  ask "QUESTION"         answer a question from the coverage, with citations
  ask - [--watch]        read one question per line from standard input (JSON Lines with --json);
                         --watch applies corpus changes while it runs
  quotes [--speaker N]   every quotation and reported statement, with speaker and date
  dates                  every time expression, resolved to a calendar date
  who [NAME]             everyone quoted; with NAME, that person's statements, newest first
  timeline               dated events in order, each cited
  digest [--date YYYY-MM-DD] [--tz ZONE]   the digest of one day's coverage
  sources                the articles in the corpus
  add URL [--published DATE]         fetch the page, extract the article, write one corpus file
  add FILE.html --url URL            the same for a page saved from a browser

Options:
  --corpus DIR   corpus folder (default: $CORPUS_DIR, else corpus/)
  --json         JSON for scripts instead of text
  -h, --help     this help

Example: npm run --silent cli -- ask "What did Araghchi tell Al Jazeera?"`

class UsageError extends Error {}

type Options = {
  json: boolean
  watch: boolean
  corpusDir: string
  speaker?: string
  date?: string
  tz?: string
  zone: string
}

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        corpus: { type: 'string' },
        json: { type: 'boolean', default: false },
        watch: { type: 'boolean', default: false },
        speaker: { type: 'string' },
        date: { type: 'string' },
        tz: { type: 'string' },
        url: { type: 'string' },
        published: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    })
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
}

const COMMANDS = new Set(['ask', 'quotes', 'dates', 'who', 'timeline', 'digest', 'sources', 'add'])

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv)
  const [command, ...rest] = positionals
  if (values.help) {
    process.stdout.write(`${USAGE}\n`)
    return 0
  }
  if (!command) throw new UsageError('no command given')
  if (!COMMANDS.has(command)) throw new UsageError(`unknown command "${command}"`)
  if (command === 'ask' && rest.join(' ').trim() === '')
    throw new UsageError(
      'ask needs a question, e.g. ask "Who said Iran is at its weakest point?" (or - to read questions from stdin)',
    )
  const question = rest.join(' ').trim()
  if (command === 'ask' && question.length > MAX_QUESTION_LENGTH)
    throw new UsageError(
      `the question is ${question.length.toLocaleString('en-GB')} characters long; a question may have at most ${MAX_QUESTION_LENGTH.toLocaleString('en-GB')} (Slack's limit): ask about the person or event you want`,
    )
  const config = loadConfig()
  const corpusDir = values.corpus ?? config.CORPUS_DIR
  if (command === 'add') {
    // writes one file; needs no analysed corpus (and works on an empty one)
    const out = await runAdd({
      target: rest.join(' '),
      url: values.url,
      published: values.published,
      corpusDir,
      timezone: config.STORY_TIMEZONE,
      allowHosts: config.INGEST_ALLOW_HOSTS,
      json: values.json,
    })
    if ('usage' in out) throw new UsageError(out.usage)
    if (out.stdout) process.stdout.write(out.stdout)
    if (out.stderr) process.stderr.write(out.stderr)
    return out.code
  }
  // the analysed story is cached in DATA_DIR; a missing or read-only DATA_DIR just means no cache
  const engine = await openEngine({ corpusDir, timezone: config.STORY_TIMEZONE, cache: { dataDir: config.DATA_DIR } })
  for (const p of engine.problems) process.stderr.write(`warning: ${logSafe(p.file)}: ${logSafe(p.reason)}\n`)
  const now = new Date()
  for (const article of engine.story.articles)
    for (const w of articleWarnings(article, now)) process.stderr.write(`warning: ${logSafe(article.file)}: ${w}\n`)
  if (engine.story.articles.length === 0) {
    process.stderr.write(`error: no article could be read from ${corpusDir}\n`)
    return 2
  }
  const options: Options = {
    json: values.json,
    watch: values.watch,
    corpusDir,
    speaker: values.speaker,
    date: values.date,
    tz: values.tz,
    zone: config.STORY_TIMEZONE,
  }
  return run(engine, command, rest, options)
}

async function run(engine: Engine, command: string, args: string[], options: Options): Promise<number> {
  const print = (json: unknown, text: () => string) =>
    process.stdout.write(options.json ? `${JSON.stringify(json, null, 2)}\n` : `${text()}\n`)
  switch (command) {
    case 'ask': {
      if (args.length === 1 && args[0] === '-') {
        // --watch: articles added, changed or removed while questions come in are applied before the next answer
        const watcher = options.watch
          ? watchCorpus(options.corpusDir, engine, { timezone: options.zone, logger: stderrLogger })
          : null
        try {
          return await askStdin(engine, options.json)
        } finally {
          watcher?.close()
        }
      }
      const answer = engine.ask(args.join(' '))
      print(answer, () => answerText(engine, answer))
      return 0
    }
    case 'quotes': {
      const list = engine.quotes(options.speaker)
      print(list.map(publicQuote), () => list.map(renderQuoteText).join('\n') || 'No statements found.')
      return 0
    }
    case 'dates': {
      const list = engine.story.dates.map(({ article, paragraph, text, value }) => ({
        article,
        paragraph,
        text,
        value,
      }))
      print(list, () =>
        list.map((d) => `${d.value.padEnd(10)}  "${d.text}"  (${d.article}, paragraph ${d.paragraph})`).join('\n'),
      )
      return 0
    }
    case 'who': {
      const name = args.join(' ').trim()
      if (name) {
        const list = engine.whoNamed(name)
        print(
          list.map(publicQuote),
          () => list.map(renderQuoteText).join('\n') || `Nobody called "${name}" is quoted in the coverage.`,
        )
      } else {
        const list = engine.who()
        print(list, () => renderWhoText(list))
      }
      return 0
    }
    case 'timeline': {
      const list = engine.timeline().map(({ date, text, article, paragraph }) => ({ date, text, article, paragraph }))
      print(list, () => renderTimelineText(engine.timeline()))
      return 0
    }
    case 'digest': {
      try {
        const digest = digestForCli(engine.story, {
          date: options.date,
          tz: options.tz ?? options.zone,
          now: new Date(),
        })
        print(digest, () => digest.text)
      } catch (error) {
        if (error instanceof DigestInputError) throw new UsageError(error.message)
        throw error
      }
      return 0
    }
    case 'sources': {
      const list = engine.sources()
      print(list, () => renderSourcesText(list))
      return 0
    }
    default:
      throw new UsageError(`the ${command} command is not available yet`)
  }
}

const answerText = (engine: Engine, answer: Answer) => renderAnswerText(answer, (a, p) => engine.dates(a, p))

/** One question per line; JSON Lines out with --json. Blank lines are skipped. */
async function askStdin(engine: Engine, json: boolean): Promise<number> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY })
  let first = true
  for await (const line of lines) {
    if (!line.trim()) continue
    const answer = engine.ask(line)
    process.stdout.write(json ? `${JSON.stringify(answer)}\n` : `${first ? '' : '\n'}${answerText(engine, answer)}\n`)
    first = false
  }
  return 0
}

const stderrLogger = {
  info: (message: string) => process.stderr.write(`${logSafe(message)}\n`),
  warn: (message: string) => process.stderr.write(`warning: ${logSafe(message)}\n`),
}

/** A Quote as the contract has it (offsets and role are internal). */
const publicQuote = ({ start: _s, end: _e, role: _r, ...q }: Quote) => q

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    if (error instanceof UsageError) process.stderr.write(`error: ${error.message}\n\n${USAGE}\n`)
    else if (error instanceof ConfigError) process.stderr.write(`error: ${error.message}\n`)
    else process.stderr.write(`error: ${(error as Error).message ?? String(error)}\n`)
    process.exitCode = error instanceof UsageError || error instanceof ConfigError ? 1 : 2
  },
)
