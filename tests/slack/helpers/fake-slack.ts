/**
 * A local stand-in for Slack: the Web API (`/api/METHOD`, recording every call) and response URLs
 * (`/response/ID`, recording every post). Listens on 127.0.0.1 only.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

export type ApiCall = { method: string; args: Record<string, unknown>; token: string | null }
export type ResponsePost = { id: string; body: Record<string, unknown> }

/**
 * How the fake answers one Web API call instead of its usual answer: an HTTP status, body and headers; `drop` (the
 * call is recorded, a message is posted as usual, then the connection is cut before any answer: Slack accepted it
 * and the answer was lost); `hang` (no answer at all until the fake is closed).
 */
export type FakeReply = { status?: number; body?: unknown; headers?: Record<string, string> } | 'drop' | 'hang'

export type FakeSlack = {
  /** Base URL of the Web API, for SLACK_API_URL (ends with `/`). */
  apiUrl: string
  /** A fresh response URL on this server. */
  responseUrl: (id?: string) => string
  calls: ApiCall[]
  responses: ResponsePost[]
  /** Calls of one Web API method. */
  callsOf: (method: string) => ApiCall[]
  /** Makes a method answer `{ ok: false, error }` from now on. */
  failMethod: (method: string, error: string) => void
  /** Makes response URLs answer with this HTTP status from now on (e.g. 404 for an expired one). */
  failResponses: (status: number) => void
  /** Answers calls of `method` with what `reply` returns (undefined: the usual answer); until reset. */
  override: (method: string, reply: (call: ApiCall, nth: number) => FakeReply | undefined) => void
  reset: () => void
  close: () => Promise<void>
}

export const BOT_USER_ID = 'UBOT0001'
export const BOT_ID = 'BBOT0001'
export const TEAM_ID = 'T0NEWS01'

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

/** Web API arguments arrive form-encoded (objects as JSON strings) or as JSON. */
function parseArgs(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (contentType?.includes('application/json')) return JSON.parse(raw || '{}') as Record<string, unknown>
  const out: Record<string, unknown> = {}
  for (const [k, v] of new URLSearchParams(raw)) {
    if (/^[[{]/.test(v)) {
      try {
        out[k] = JSON.parse(v)
        continue
      } catch {
        // a plain string that starts with a bracket
      }
    }
    out[k] = v
  }
  return out
}

export async function startFakeSlack(): Promise<FakeSlack> {
  const calls: ApiCall[] = []
  const responses: ResponsePost[] = []
  const failures = new Map<string, string>()
  const overrides = new Map<string, (call: ApiCall, nth: number) => FakeReply | undefined>()
  let responseStatus = 200
  let seq = 0
  const server: Server = createServer((req, res) => {
    void (async () => {
      const raw = await readBody(req)
      const url = new URL(req.url ?? '/', 'http://127.0.0.1')
      const json = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' })
        res.end(JSON.stringify(body))
      }
      if (url.pathname.startsWith('/api/')) {
        const method = url.pathname.slice('/api/'.length)
        const auth = req.headers.authorization
        const args = parseArgs(raw, req.headers['content-type'])
        const call = {
          method,
          args,
          token: auth?.replace(/^Bearer /, '') ?? (args.token as string | undefined) ?? null,
        }
        calls.push(call)
        const error = failures.get(method)
        if (error) return json(200, { ok: false, error })
        const special = overrides.get(method)?.(call, calls.filter((c) => c.method === method).length)
        if (special === 'hang') return
        if (special === 'drop') {
          if (method === 'chat.postMessage') seq += 1
          req.socket.destroy()
          return
        }
        if (special) {
          res.writeHead(special.status ?? 200, { 'content-type': 'application/json', ...special.headers })
          res.end(JSON.stringify(special.body ?? { ok: true }))
          return
        }
        switch (method) {
          case 'auth.test':
            return json(200, {
              ok: true,
              url: 'https://newsroom.slack.com/',
              team: 'Newsroom',
              user: 'iran-talks',
              team_id: TEAM_ID,
              user_id: BOT_USER_ID,
              bot_id: BOT_ID,
            })
          case 'chat.postMessage':
            seq += 1
            return json(200, { ok: true, channel: args.channel, ts: `1770000000.${String(seq).padStart(6, '0')}` })
          default:
            return json(200, { ok: true })
        }
      }
      if (url.pathname.startsWith('/response/')) {
        responses.push({ id: url.pathname.slice('/response/'.length), body: JSON.parse(raw || '{}') })
        res.writeHead(responseStatus, { 'content-type': 'text/plain' })
        res.end(responseStatus === 200 ? 'ok' : 'expired_url')
        return
      }
      res.writeHead(404)
      res.end()
    })().catch(() => {
      res.writeHead(500)
      res.end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const base = `http://127.0.0.1:${port}`
  let ids = 0
  return {
    apiUrl: `${base}/api/`,
    responseUrl: (id) => `${base}/response/${id ?? `r${++ids}`}`,
    calls,
    responses,
    callsOf: (method) => calls.filter((c) => c.method === method),
    failMethod: (method, error) => failures.set(method, error),
    failResponses: (status) => {
      responseStatus = status
    },
    override: (method, reply) => overrides.set(method, reply),
    reset: () => {
      calls.length = 0
      responses.length = 0
      failures.clear()
      overrides.clear()
      responseStatus = 200
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((e) => (e ? reject(e) : resolve()))
      }),
  }
}
