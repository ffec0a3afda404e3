/**
 * Starts the Slack app in HTTP mode on an ephemeral port of 127.0.0.1 against the fake Slack, and sends it
 * correctly signed requests the way Slack does.
 */
import { createHmac } from 'node:crypto'
import { readFileSync } from 'node:fs'
import type { Logger } from '@slack/bolt'
import { LogLevel } from '@slack/bolt'
import { afterAll, beforeAll, beforeEach } from 'vitest'
import { type RunningApp, type SlackAppOptions, startApp } from '../../../src/slack/app.js'
import type { SlackDeps } from '../../../src/slack/types.js'
import { type FakeSlack, startFakeSlack } from './fake-slack.js'
import type { SignedRequest } from './load.js'

export const SIGNING_SECRET = 'test-signing-secret-0123456789'
export const BOT_TOKEN = 'xoxb-test-0000-token'

const fixture = <T>(name: string): T =>
  JSON.parse(readFileSync(new URL(`../../fixtures/slack/${name}`, import.meta.url), 'utf8')) as T

export type SlashCommandForm = Record<string, string>
export type EventEnvelope = { event: Record<string, unknown>; event_id: string } & Record<string, unknown>
export type ActionPayload = {
  actions: Record<string, unknown>[]
  response_url: string
  user: { id: string } & Record<string, unknown>
} & Record<string, unknown>

export const commandFixture = (): SlashCommandForm => fixture<SlashCommandForm>('slash-command.json')
export const mentionFixture = (): EventEnvelope => fixture<EventEnvelope>('app-mention.json')
export const actionFixture = (): ActionPayload => fixture<ActionPayload>('block-actions.json')

export type LogLine = { level: 'debug' | 'info' | 'warn' | 'error'; text: string }

/** A logger that records what the app logs (and prints nothing). */
export function recordingLogger(): Logger & { lines: LogLine[] } {
  const lines: LogLine[] = []
  const rec =
    (level: LogLine['level']) =>
    (...msgs: unknown[]) =>
      lines.push({ level, text: msgs.map((m) => (m instanceof Error ? m.message : String(m))).join(' ') })
  let current = LogLevel.DEBUG
  return {
    lines,
    debug: rec('debug'),
    info: rec('info'),
    warn: rec('warn'),
    error: rec('error'),
    setLevel: (l) => {
      current = l
    },
    getLevel: () => current,
    setName: () => undefined,
  }
}

export type SentResponse = { status: number; text: string; json: () => unknown }

export type TestApp = {
  url: string
  slack: FakeSlack
  running: RunningApp
  logger: ReturnType<typeof recordingLogger>
  /** POSTs a raw body to /slack/events with the given headers (no signing). */
  postRaw: (body: string, headers: Record<string, string>) => Promise<SentResponse>
  /** Sends `/iran-talks TEXT`; the reply goes to the returned response URL id. */
  command: (text: string, fields?: Partial<SlashCommandForm>) => Promise<SentResponse & { responseId: string }>
  /** Sends an `app_mention` event (its `event` fields merged over the fixture's). */
  mention: (
    event: Record<string, unknown>,
    options?: { eventId?: string; retryNum?: number },
  ) => Promise<SentResponse & { eventId: string }>
  /** The signed requests `command` and `mention` send, built without sending them (e.g. for a load generator). */
  signed: {
    command: (text: string) => SignedRequest & { responseId: string }
    mention: (event: Record<string, unknown>) => SignedRequest & { eventId: string }
  }
  /** Clicks a button: sends a block_actions payload with this action; the reply goes to the response URL id. */
  click: (
    action: Record<string, unknown>,
    fields?: Record<string, unknown>,
  ) => Promise<SentResponse & { responseId: string }>
  stop: () => Promise<void>
}

export function sign(body: string, timestamp: number, secret = SIGNING_SECRET): Record<string, string> {
  const signature = `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`
  return { 'x-slack-signature': signature, 'x-slack-request-timestamp': String(timestamp) }
}

export const nowSeconds = (): number => Math.floor(Date.now() / 1000)

let counter = 0
const nextId = (prefix: string) => `${prefix}${Date.now().toString(36)}${(++counter).toString(36)}`

/**
 * The set-up of a test file: one app for the whole file, handed to `started` and stopped after the last test; before
 * each test, `reset` (e.g. a fresh fake story) and a clean fake Slack.
 */
export function useTestApp(
  deps: SlackDeps,
  started: (app: TestApp) => void,
  reset?: () => void,
  options: TestAppOptions = {},
): void {
  let app: TestApp | undefined
  beforeAll(async () => {
    app = await startTestApp(deps, options)
    started(app)
  })
  afterAll(async () => {
    await app?.stop()
  })
  beforeEach(() => {
    reset?.()
    app?.slack.reset()
  })
}

/** Options of the app under test beyond the defaults (short Slack timeouts, a drain bound...). */
export type TestAppOptions = Pick<SlackAppOptions, 'slackTimeoutMs' | 'drainMs'>

export async function startTestApp(deps: SlackDeps, options: TestAppOptions = {}): Promise<TestApp> {
  const slack = await startFakeSlack()
  const logger = recordingLogger()
  const running = await startApp({
    mode: { kind: 'http', botToken: BOT_TOKEN, signingSecret: SIGNING_SECRET, port: 0 },
    host: '127.0.0.1',
    deps,
    logger,
    slackApiUrl: slack.apiUrl,
    ...options,
  })
  const url = `http://127.0.0.1:${running.port}`

  const postRaw = async (body: string, headers: Record<string, string>): Promise<SentResponse> => {
    // Slack gives up after 3 s; so does a test, rather than wait for an answer that never comes
    const res = await fetch(`${url}/slack/events`, { method: 'POST', body, headers, signal: AbortSignal.timeout(3000) })
    const text = await res.text()
    return { status: res.status, text, json: () => JSON.parse(text) }
  }
  const signed = (body: string, contentType: string): SignedRequest => ({
    body,
    headers: { 'content-type': contentType, ...sign(body, nowSeconds()) },
  })
  const commandRequest = (text: string, fields: Partial<SlashCommandForm> = {}) => {
    const responseId = nextId('cmd')
    const form = { ...commandFixture(), response_url: slack.responseUrl(responseId), text, ...fields }
    return { ...signed(new URLSearchParams(form).toString(), 'application/x-www-form-urlencoded'), responseId }
  }
  const mentionRequest = (event: Record<string, unknown>, eventId = nextId('Ev')) => {
    const envelope = mentionFixture()
    const body = JSON.stringify({ ...envelope, event_id: eventId, event: { ...envelope.event, ...event } })
    return { ...signed(body, 'application/json'), eventId }
  }
  const postSigned = (body: string, contentType: string, extra: Record<string, string> = {}) =>
    postRaw(body, { ...signed(body, contentType).headers, ...extra })

  return {
    url,
    slack,
    running,
    logger,
    postRaw,
    signed: { command: (text) => commandRequest(text), mention: (event) => mentionRequest(event) },
    command: async (text, fields = {}) => {
      const { body, headers, responseId } = commandRequest(text, fields)
      return { ...(await postRaw(body, headers)), responseId }
    },
    mention: async (event, options = {}) => {
      const { body, headers, eventId } = mentionRequest(event, options.eventId)
      const retry: Record<string, string> =
        options.retryNum !== undefined
          ? { 'x-slack-retry-num': String(options.retryNum), 'x-slack-retry-reason': 'http_timeout' }
          : {}
      return { ...(await postRaw(body, { ...headers, ...retry })), eventId }
    },
    click: async (action, fields = {}) => {
      const responseId = nextId('act')
      const payload = actionFixture()
      const first = payload.actions[0] ?? {}
      const body = {
        ...payload,
        container: {
          type: 'message',
          message_ts: `1770400001.${++counter}`,
          channel_id: 'C0DESK001',
          is_ephemeral: true,
        },
        response_url: slack.responseUrl(responseId),
        actions: [{ ...first, ...action }],
        ...fields,
      }
      const form = new URLSearchParams({ payload: JSON.stringify(body) }).toString()
      const res = await postSigned(form, 'application/x-www-form-urlencoded')
      return { ...res, responseId }
    },
    stop: async () => {
      await running.stop()
      await slack.close()
    },
  }
}

/** Polls until `probe` returns a value (not undefined), or fails after `timeoutMs`. */
export async function waitFor<T>(probe: () => T | undefined, timeoutMs = 5000, what = 'the expected call'): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = probe()
    if (value !== undefined) return value
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 15))
  }
}

/** The response-URL post with this id (waits for it). */
export const responseFor = (app: TestApp, id: string, nth = 0) =>
  waitFor(() => app.slack.responses.filter((r) => r.id === id)[nth], 5000, `response #${nth + 1} to ${id}`)

/** Every text a message shows: section texts, context elements, fallback text, button texts. */
export function allText(message: Record<string, unknown>): string {
  const parts: string[] = []
  if (typeof message.text === 'string') parts.push(message.text)
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk)
    else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (k === 'text' && typeof x === 'string') parts.push(x)
        else walk(x)
      }
    }
  }
  walk(message.blocks)
  return parts.join('\n')
}

export type Block = { type: string; text?: { text: string }; elements?: { text?: unknown; value?: string }[] }
export const blocksOf = (message: Record<string, unknown>): Block[] => (message.blocks as Block[] | undefined) ?? []
