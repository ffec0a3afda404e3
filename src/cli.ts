#!/usr/bin/env node
/** The command-line surface: parses arguments, calls the core, prints text or JSON. No business logic here. */
import { parseArgs } from 'node:util'
import { ConfigError, loadConfig } from './config.js'
import { analyzeStory } from './story/analyze.js'
import { loadCorpus } from './story/load-corpus.js'
import type { Story } from './story/types.js'

const USAGE = `Usage: iran-talks COMMAND [options]

Commands:
  ask "QUESTION"        answer a question from the coverage, with citations ("-" reads one question per line from stdin)
  quotes [--speaker N]  every quotation and reported statement, with speaker and date
  dates                 every time expression, resolved to a calendar date
  who [NAME]            everyone quoted; with NAME, that person's statements
  timeline              dated events in order, each cited
  digest [--date YYYY-MM-DD] [--tz ZONE]   the digest of one day's coverage
  sources               the articles in the corpus

Options:
  --corpus DIR   corpus folder (default: $CORPUS_DIR, else corpus/)
  --json         print JSON for scripts instead of text
  -h, --help     this help`

class UsageError extends Error {}

async function main(argv: string[]): Promise<number> {
  let parsed: ReturnType<typeof parse>
  try {
    parsed = parse(argv)
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
  const { values, positionals } = parsed
  const [command, ...rest] = positionals
  if (values.help || !command) {
    ;(values.help ? process.stdout : process.stderr).write(`${USAGE}\n`)
    return values.help ? 0 : 1
  }
  const config = loadConfig()
  const corpusDir = values.corpus ?? config.CORPUS_DIR
  const corpus = await loadCorpus(corpusDir, { timezone: config.STORY_TIMEZONE })
  for (const p of corpus.problems) process.stderr.write(`warning: ${p.file}: ${p.reason}\n`)
  if (corpus.articles.length === 0) {
    process.stderr.write(`error: no article could be read from ${corpusDir}\n`)
    return 2
  }
  const story = analyzeStory(corpus.articles)
  const print = (json: unknown, text: () => string) =>
    process.stdout.write(values.json ? `${JSON.stringify(json, null, 2)}\n` : `${text()}\n`)
  switch (command) {
    case 'sources': {
      const list = sources(story)
      print(list, () =>
        list
          .map((s) => `${s.published}  ${s.source}: ${s.title} (${s.paragraphs} paragraphs)  [${s.article}]`)
          .join('\n'),
      )
      return 0
    }
    case 'quotes': {
      const list = story.quotes.filter(
        (q) => !values.speaker || q.speaker?.toLowerCase().includes(values.speaker.toLowerCase()),
      )
      print(list.map(publicQuote), () =>
        list
          .map(
            (q) =>
              `${q.speaker ?? '(unattributed)'}${q.said ? ` [${q.said}]` : ''}: ${q.kind === 'direct' ? `"${q.text}"` : q.text}  (${q.source}, ¶${q.paragraph})`,
          )
          .join('\n'),
      )
      return 0
    }
    case 'dates': {
      const list = story.dates.map(({ article, paragraph, text, value }) => ({ article, paragraph, text, value }))
      print(list, () =>
        list.map((d) => `${d.value.padEnd(10)}  "${d.text}"  (${d.article} ¶${d.paragraph})`).join('\n'),
      )
      return 0
    }
    default:
      throw new UsageError(`unknown command "${command}" ${rest.length ? '' : ''}`)
  }
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      corpus: { type: 'string' },
      json: { type: 'boolean', default: false },
      speaker: { type: 'string' },
      date: { type: 'string' },
      tz: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  })
}

const sources = (story: Story) =>
  story.articles.map((a) => ({
    article: a.id,
    title: a.title,
    source: a.source,
    published: a.published,
    url: a.url,
    paragraphs: a.paragraphs.length,
  }))

const publicQuote = ({ start: _s, end: _e, role: _r, ...q }: Story['quotes'][number]) => q

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    if (error instanceof UsageError || error instanceof ConfigError) {
      process.stderr.write(`error: ${error.message}\n\n${error instanceof UsageError ? USAGE : ''}\n`)
      process.exitCode = 1
    } else {
      process.stderr.write(`error: ${(error as Error).message}\n`)
      process.exitCode = 2
    }
  },
)
