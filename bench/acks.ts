/**
 * `npm run bench:acks`: are Slack's acknowledgements on time under load? Starts the Slack app in HTTP mode (in this
 * process, as `npm start` runs it) over a synthetic corpus of 3,000 paragraphs, against the local fake Slack Web
 * API, and sends it 50 slash commands and 50 mentions at once from another process, each question 4,000 characters
 * of corpus words with typos (the slowest kind to answer). Prints when each request was acknowledged (Slack gives
 * up after 3 s) and how long until every one was answered, once.
 *
 *   npm run bench:acks                          the defaults
 *   npm run bench:acks -- --paragraphs 10000 --requests 100
 */
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { LogLevel } from '@slack/bolt'
import { openEngine } from '../src/engine.js'
import { startApp } from '../src/slack/app.js'
import { consoleLogger } from '../src/slack/logger.js'
import { startFakeSlack } from '../tests/slack/helpers/fake-slack.js'
import { commandFixture, mentionFixture, nowSeconds, sign } from '../tests/slack/helpers/harness.js'
import { sendFromAnotherProcess } from '../tests/slack/helpers/load.js'
import { generateCorpus, sameFileNames, writeCorpus } from './generate.js'
import { percentile } from './stats.js'

const here = dirname(fileURLToPath(import.meta.url))
const SECRET = 'bench-acks-signing-secret'

/** A question of about 4,000 characters: corpus words, every other one with two letters swapped. */
function longQuestion(words: string[], start: number): string {
  let q = 'What did'
  for (let i = start; q.length < 3990; i++) {
    const w = words[(i * 37) % words.length] ?? 'talks'
    q += ` ${i % 2 === 0 && w.length > 4 ? `${w.slice(0, 2)}${w[3]}${w[2]}${w.slice(4)}` : w}`
  }
  return q.slice(0, 4000)
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { paragraphs: { type: 'string', default: '3000' }, requests: { type: 'string', default: '50' } },
  })
  const paragraphs = Number(values.paragraphs)
  const perKind = Number(values.requests)
  const corpus = generateCorpus({ seed: 20261122, paragraphs, questions: 10 })
  const dir = join(here, 'out', `acks-${paragraphs}`, 'corpus')
  if (!(await sameFileNames(corpus, dir))) await writeCorpus(corpus, dir)
  const engine = await openEngine({ corpusDir: dir, timezone: 'UTC' })
  const words = [
    ...new Set(
      engine.story.articles.flatMap((a) => a.paragraphs.flatMap((p) => p.text.toLowerCase().match(/[a-z]{4,}/g) ?? [])),
    ),
  ]

  const slack = await startFakeSlack()
  const running = await startApp({
    mode: { kind: 'http', botToken: 'xoxb-bench', signingSecret: SECRET, port: 0 },
    host: '127.0.0.1',
    deps: { story: () => engine },
    logger: consoleLogger(LogLevel.ERROR), // the bench prints its result, not the app's log
    slackApiUrl: slack.apiUrl,
  })
  const requests: { body: string; headers: Record<string, string> }[] = []
  for (let i = 0; i < perKind; i++) {
    const command = new URLSearchParams({
      ...commandFixture(),
      text: longQuestion(words, i * 100),
      response_url: slack.responseUrl(`c${i}`),
    }).toString()
    requests.push({
      body: command,
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...sign(command, nowSeconds(), SECRET) },
    })
    const envelope = mentionFixture()
    const mention = JSON.stringify({
      ...envelope,
      event_id: `EvBench${i}`,
      event: {
        ...envelope.event,
        ts: `1770700000.${String(i).padStart(6, '0')}`,
        text: `<@UBOT0001> ${longQuestion(words, i * 100 + 50)}`,
      },
    })
    requests.push({
      body: mention,
      headers: { 'content-type': 'application/json', ...sign(mention, nowSeconds(), SECRET) },
    })
  }

  const started = Date.now()
  const sent = await sendFromAnotherProcess(`http://127.0.0.1:${running.port}/slack/events`, requests)
  const acks = sent.map((s) => s.acked - s.sent).sort((a, b) => a - b)
  const answered = () => slack.responses.length + slack.callsOf('chat.postMessage').length
  while (answered() < 2 * perKind && Date.now() - started < 120_000) await new Promise((r) => setTimeout(r, 20))
  const all = Date.now() - started
  const result = {
    paragraphs: engine.story.articles.reduce((n, a) => n + a.paragraphs.length, 0),
    requests: sent.length,
    status200: sent.filter((s) => s.status === 200).length,
    ackP50ms: percentile(acks, 0.5),
    ackP99ms: percentile(acks, 0.99),
    ackMaxMs: acks.at(-1) ?? Number.NaN,
    acksOver3s: acks.filter((a) => a > 3000).length,
    allAnsweredMs: all,
    commandReplies: slack.responses.length,
    mentionPosts: slack.callsOf('chat.postMessage').length,
  }
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`)
  await running.stop()
  await slack.close()
}

void main()
