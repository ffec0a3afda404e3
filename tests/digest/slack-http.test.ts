/** The digest client against a local fake of the Slack Web API (127.0.0.1 only), with @slack/web-api's WebClient. */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { memoryDigestStore, postKey } from '../../src/digest/store.js'
import { createDigestClient } from '../../src/slack/digest/client.js'
import { startDigestScheduler } from '../../src/slack/digest/scheduler.js'
import { digestConfig, fakeClock, recordingLogger } from '../fixtures/digest/slack.js'
import { multiDayStory } from '../fixtures/digest/story.js'

type Scripted = { status: number; headers?: Record<string, string>; body?: unknown }
type Received = { method: string; params: URLSearchParams }

let server: Server
let url: string
let script: Record<string, Scripted[]>
let received: Received[]

beforeEach(async () => {
  script = {}
  received = []
  server = createServer((req, res) => {
    let body = ''
    req.on('data', (chunk: Buffer) => {
      body += chunk.toString('utf8')
    })
    req.on('end', () => {
      const method = (req.url ?? '').replace(/^\/api\//, '')
      received.push({ method, params: new URLSearchParams(body) })
      const next = script[method]?.shift() ?? { status: 200, body: { ok: false, error: 'unknown_method' } }
      res.writeHead(next.status, { 'content-type': 'application/json', ...next.headers })
      res.end(JSON.stringify(next.body ?? {}))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/`
})

afterEach(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()))
})

async function run(now = '2026-02-08T08:00:00Z') {
  const clock = fakeClock('2026-02-07T20:00:00Z')
  const logger = recordingLogger()
  const store = memoryDigestStore()
  const sleep = vi.fn(async (_ms: number) => undefined)
  const scheduler = startDigestScheduler({
    client: createDigestClient({ token: 'xoxb-test-token', slackApiUrl: url, timeout: 5_000 }),
    story: () => multiDayStory(),
    store,
    config: digestConfig({ DIGEST_CHANNELS: ['C1'], STORY_TIMEZONE: 'Europe/London' }),
    logger,
    now: clock.now,
    sleep,
    cron: false,
  })
  await scheduler.started
  clock.set(now)
  await scheduler.runDue()
  const posts = () => received.filter((r) => r.method === 'chat.postMessage')
  const record = () => store.read().posts[postKey('C1', '2026-02-07')]
  return { scheduler, clock, logger, sleep, posts, record }
}

describe('posting through a real WebClient', () => {
  test('HTTP 429 with Retry-After: waits that long, then posts once (the client does not retry on its own)', async () => {
    script['chat.postMessage'] = [
      { status: 429, headers: { 'retry-after': '2' } },
      { status: 200, body: { ok: true, channel: 'C1', ts: '1770537600.000100' } },
    ]
    const { sleep, posts, record } = await run()
    expect(sleep).toHaveBeenCalledWith(2_000)
    expect(posts()).toHaveLength(2)
    expect(record()).toMatchObject({ status: 'posted', ts: '1770537600.000100', attempts: 2 })
    const params = posts()[0]?.params
    expect(JSON.parse(params?.get('metadata') ?? '{}')).toEqual({
      event_type: 'iran_talks_digest',
      event_payload: { channel: 'C1', day: '2026-02-07' },
    })
    expect(JSON.parse(params?.get('blocks') ?? '[]').length).toBeGreaterThan(2)
    expect(params?.get('text')).toContain('Saturday 7 February 2026')
  })

  test('not_in_channel: one call, a hint in the log, no retry', async () => {
    script['chat.postMessage'] = [{ status: 200, body: { ok: false, error: 'not_in_channel' } }]
    const { scheduler, clock, logger, posts, record } = await run()
    clock.set('2026-02-08T08:01:00Z')
    await scheduler.runDue()
    expect(posts()).toHaveLength(1)
    expect(logger.text('error')).toMatch(/not_in_channel — invite the bot to C1: type \/invite @/)
    expect(record()?.status).toBe('failed')
  })

  test('a 5xx leaves the outcome open; the history settles it without a second post', async () => {
    script['chat.postMessage'] = [{ status: 503, body: { ok: false } }]
    script['conversations.history'] = [
      {
        status: 200,
        body: {
          ok: true,
          has_more: false,
          messages: [
            { ts: '1770537601.000200', metadata: { event_type: 'other', event_payload: { day: '2026-02-07' } } },
            {
              ts: '1770537600.000100',
              metadata: { event_type: 'iran_talks_digest', event_payload: { channel: 'C1', day: '2026-02-07' } },
            },
          ],
        },
      },
    ]
    const { scheduler, clock, posts, record } = await run()
    expect(posts()).toHaveLength(1)
    expect(record()?.status).toBe('posting')
    clock.set('2026-02-08T08:01:00Z')
    await scheduler.runDue()
    expect(posts()).toHaveLength(1)
    const history = received.find((r) => r.method === 'conversations.history')
    expect(history?.params.get('include_all_metadata')).toBe('true')
    expect(record()).toMatchObject({ status: 'posted', ts: '1770537600.000100' })
  })
})
