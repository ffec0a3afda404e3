/** Requests Slack did not sign (or signed too long ago) are refused; /healthz says whether the corpus is loaded. */
import { describe, expect, test } from 'vitest'
import type { StoryService } from '../../src/slack/types.js'
import { fakeStory } from './helpers/fake-story.js'
import { commandFixture, nowSeconds, sign, type TestApp, useTestApp, waitFor } from './helpers/harness.js'

let app: TestApp
let story: StoryService
/** What `/iran-talks digest ...` was asked, in order: the side effect a replay must not repeat. */
const digestCalls: string[] = []

useTestApp(
  {
    story: () => story,
    digest: async (args) => {
      digestCalls.push(args)
      return { text: 'ok', blocks: [] }
    },
  },
  (started) => {
    app = started
  },
  () => {
    story = fakeStory()
  },
)

let n = 0
const body = () =>
  new URLSearchParams({
    ...commandFixture(),
    text: 'help',
    response_url: app.slack.responseUrl(`refused${++n}`),
  }).toString()
const form = { 'content-type': 'application/x-www-form-urlencoded' }

describe('signatures', () => {
  test.each([
    ['a signature made with another secret', () => sign(body(), nowSeconds(), 'not-the-signing-secret')],
    ['a stale timestamp (6 minutes old), correctly signed', () => sign(body(), nowSeconds() - 6 * 60)],
    [
      'a malformed signature',
      () => ({ 'x-slack-signature': 'v0=zzz', 'x-slack-request-timestamp': String(nowSeconds()) }),
    ],
    ['no signature headers at all', () => ({})],
  ])('%s is refused with 401 and does nothing', async (_name, headers) => {
    const raw = body()
    const res = await app.postRaw(raw, { ...form, ...headers() })
    expect(res.status).toBe(401)
    await new Promise((r) => setTimeout(r, 100))
    expect(app.slack.responses.filter((r) => r.id === `refused${n}`)).toEqual([])
    expect(app.slack.callsOf('chat.postMessage')).toEqual([])
  })

  test.each([
    ['6 minutes', 6 * 60],
    ['a year', 365 * 24 * 3600],
  ])('a timestamp %s in the future, correctly signed, is refused with 401 and does nothing', async (_name, ahead) => {
    const raw = body()
    const res = await app.postRaw(raw, { ...form, ...sign(raw, nowSeconds() + ahead) })
    expect(res.status).toBe(401)
    await new Promise((r) => setTimeout(r, 100))
    expect(app.slack.responses.filter((r) => r.id === `refused${n}`)).toEqual([])
  })

  test('a timestamp 4 minutes ahead (a clock a little fast) is accepted', async () => {
    const raw = body()
    expect((await app.postRaw(raw, { ...form, ...sign(raw, nowSeconds() + 4 * 60) })).status).toBe(200)
  })

  test('the same signed request replayed within 5 minutes is refused and not acted on again', async () => {
    digestCalls.length = 0
    const raw = new URLSearchParams({
      ...commandFixture(),
      text: 'digest on',
      response_url: app.slack.responseUrl('replayed'),
    }).toString()
    const headers = { ...form, ...sign(raw, nowSeconds() - 60) }
    expect((await app.postRaw(raw, headers)).status).toBe(200)
    expect((await app.postRaw(raw, headers)).status).toBe(401)
    await waitFor(() => app.slack.responses.find((r) => r.id === 'replayed'))
    await new Promise((r) => setTimeout(r, 100))
    expect(digestCalls).toEqual(['on'])
    expect(app.slack.responses.filter((r) => r.id === 'replayed')).toHaveLength(1)
    expect(app.logger.lines.some((l) => l.level === 'warn' && l.text.includes('a replay'))).toBe(true)
  })

  test('a body changed after signing is refused', async () => {
    const signed = body()
    const headers = sign(signed, nowSeconds())
    const res = await app.postRaw(signed.replace('help', 'sources'), { ...form, ...headers })
    expect(res.status).toBe(401)
  })

  test('a correctly signed request is accepted', async () => {
    const raw = body()
    const res = await app.postRaw(raw, { ...form, ...sign(raw, nowSeconds()) })
    expect(res.status).toBe(200)
  })

  test('url_verification (Event Subscriptions setup) is answered with the challenge', async () => {
    const raw = JSON.stringify({ type: 'url_verification', token: 't', challenge: 'c-123' })
    const res = await app.postRaw(raw, { 'content-type': 'application/json', ...sign(raw, nowSeconds()) })
    expect(res.status).toBe(200)
    expect(res.text).toContain('c-123')
  })
})

describe('signed bodies that are not Slack payloads: 400 at once, nothing handled', () => {
  test.each([
    ['JSON null', 'null', 'application/json'],
    ['a JSON array', '[1,2,3]', 'application/json'],
    ['a JSON string', '"hello"', 'application/json'],
    ['an object without a type', '{"event":{"type":"app_mention"}}', 'application/json'],
    ['not JSON', '{oops', 'application/json'],
    ['payload=null', 'payload=null', 'application/x-www-form-urlencoded'],
    ['payload=[1,2,3]', `payload=${encodeURIComponent('[1,2,3]')}`, 'application/x-www-form-urlencoded'],
    ['a form without command or payload', 'text=hello', 'application/x-www-form-urlencoded'],
  ])('%s', async (_name, raw, contentType) => {
    const res = await app.postRaw(raw, { 'content-type': contentType, ...sign(raw, nowSeconds()) })
    expect(res.status).toBe(400)
    expect(app.slack.calls.filter((c) => c.method !== 'auth.test')).toEqual([])
    expect(app.logger.lines.some((l) => /Cannot read properties/.test(l.text))).toBe(false)
  })
})

describe('GET /healthz', () => {
  test('says the corpus is loaded, as JSON', async () => {
    const res = await fetch(`${app.url}/healthz`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/application\/json/)
    expect(await res.json()).toEqual({ ok: true, articles: 1, problems: 0 })
  })

  test('says it is not when no article could be read (503)', async () => {
    story = fakeStory({ sources: () => [] })
    const res = await fetch(`${app.url}/healthz`)
    expect(res.status).toBe(503)
    expect(await res.json()).toEqual({ ok: false, articles: 0, problems: 0 })
  })

  test('other paths are not found', async () => {
    expect((await fetch(`${app.url}/nothing-here`)).status).toBe(404)
  })
})
