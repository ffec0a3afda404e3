/**
 * In front of Bolt's HTTP receiver, for POSTs to the events path: a request is handled only if Slack signed it
 * within 5 minutes of now (either way: a timestamp from the future is refused too), if that signature has not been
 * seen in the last 10 minutes (a replayed request is refused, even though its signature is valid), and if its body
 * is a Slack payload: a JSON object, or a form with a command or a JSON-object `payload`. Anything else is answered
 * at once (401 or 400) and never reaches the listeners. Slack's own retries are signed anew, so they pass.
 *
 * It also counts requests not yet answered, so that answering can wait until they are acknowledged.
 */
import { createHmac, timingSafeEqual } from 'node:crypto'
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http'
import { parse as parseQuery } from 'node:querystring'
import { ProblemLog, type ProblemLogger } from '../problem-log.js'

/** How far (either way) a request's timestamp may be from now: Slack's rule. */
export const MAX_SKEW_SECONDS = 5 * 60
/** Request bodies from Slack are small; anything bigger is refused before it is read in full. */
export const BODY_LIMIT = 1024 * 1024

export type GuardOptions = {
  signingSecret: string
  /** The paths Slack posts to. */
  paths: readonly string[]
  logger: ProblemLogger
  /** Milliseconds since the epoch (tests). */
  now?: () => number
}

export type RequestGuard = {
  listener: RequestListener
  /** Requests to the events path received and not yet answered (acknowledged). */
  unanswered: () => number
}

type Refusal = { status: 400 | 401 | 413; reason: string; kind: string }

/** Wraps `next` (Bolt's request listener) with the checks above. */
export function guardRequests(next: RequestListener, options: GuardOptions): RequestGuard {
  const now = options.now ?? Date.now
  const seen = new SeenSignatures(2 * MAX_SKEW_SECONDS * 1000, now)
  // a flood of bad requests is logged once a minute, not line by line
  const problems = new ProblemLog(options.logger, { intervalMs: 60_000, now })
  let unanswered = 0

  const refuse = (res: ServerResponse, refusal: Refusal) => {
    problems.report(
      `refused:${refusal.kind}`,
      `Refused a request to the Slack endpoint (${refusal.status}): ${refusal.reason}`,
    )
    if (res.headersSent) return
    res.writeHead(refusal.status, { 'content-type': 'text/plain; charset=utf-8', connection: 'close' })
    res.end(`${refusal.reason}\n`)
  }

  const listener: RequestListener = (req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname
    if (req.method?.toUpperCase() !== 'POST' || !options.paths.includes(path)) return next(req, res)
    unanswered++
    res.once('close', () => {
      unanswered--
    })
    readBody(req).then(
      (raw) => {
        if (raw === null) return refuse(res, { status: 413, kind: 'size', reason: `body over ${BODY_LIMIT} bytes` })
        const refusal = check(req, raw, options.signingSecret, now(), seen)
        if (refusal) return refuse(res, refusal)
        // Bolt reads the body from here instead of the (consumed) stream, and checks the signature again
        Object.assign(req, { rawBody: raw })
        next(req, res)
      },
      () => refuse(res, { status: 400, kind: 'read', reason: 'the request body could not be read' }),
    )
  }
  return { listener, unanswered: () => unanswered }
}

function check(req: IncomingMessage, raw: Buffer, secret: string, nowMs: number, seen: SeenSignatures): Refusal | null {
  const body = raw.toString('utf8')
  const form = (req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')
  // Slack's unsigned SSL check: Bolt answers it (and ignores anything else in the body)
  if (form && parseQuery(body).ssl_check === '1') return null

  const timestamp = header(req, 'x-slack-request-timestamp')
  const signature = header(req, 'x-slack-signature')
  if (!timestamp || !signature || !/^\d{1,12}$/.test(timestamp))
    return { status: 401, kind: 'unsigned', reason: 'not signed by Slack (signature headers missing or malformed)' }
  const skew = Number(timestamp) - Math.floor(nowMs / 1000)
  if (skew < -MAX_SKEW_SECONDS)
    return { status: 401, kind: 'stale', reason: 'the signature is more than 5 minutes old' }
  if (skew > MAX_SKEW_SECONDS)
    return { status: 401, kind: 'future', reason: 'the timestamp is more than 5 minutes in the future' }
  const expected = `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`
  if (signature.length !== expected.length || !timingSafeEqual(Buffer.from(signature), Buffer.from(expected)))
    return {
      status: 401,
      kind: 'signature',
      reason: 'the signature does not match (wrong signing secret, or a changed body)',
    }
  // Slack re-sends an event it thinks failed with X-Slack-Retry-Num, maybe within the same second (the same
  // signature): such an event goes on, and is dropped as a repeat by its event id. Nothing else is sent twice.
  const retriedEvent = !form && header(req, 'x-slack-retry-num') !== null
  if (seen.add(signature) && !retriedEvent)
    return { status: 401, kind: 'replay', reason: 'this exact signed request was already received (a replay)' }

  const shape = payloadShape(body, form)
  return shape === null ? null : { status: 400, kind: 'shape', reason: shape }
}

/** Why `body` is not a Slack payload, or null when it is one. */
function payloadShape(body: string, form: boolean): string | null {
  let value: unknown
  if (form) {
    const fields = parseQuery(body)
    if (typeof fields.command === 'string' && fields.payload === undefined) return null
    if (typeof fields.payload !== 'string') return 'a form without a command or a payload'
    try {
      value = JSON.parse(fields.payload)
    } catch {
      return 'the payload is not JSON'
    }
  } else {
    try {
      value = JSON.parse(body)
    } catch {
      return 'the body is not JSON'
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'the payload is not a JSON object'
  if (typeof (value as { type?: unknown }).type !== 'string') return 'the payload has no type'
  return null
}

const header = (req: IncomingMessage, name: string): string | null => {
  const value = req.headers[name]
  return typeof value === 'string' ? value : null
}

/** The body, or null when it is over BODY_LIMIT (the rest is not read). */
async function readBody(req: IncomingMessage): Promise<Buffer | null> {
  const declared = Number(req.headers['content-length'])
  if (Number.isFinite(declared) && declared > BODY_LIMIT) return null
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > BODY_LIMIT) return null
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks)
}

/** Signatures seen recently; each is kept for `ttlMs` (longer than a signature stays valid). */
class SeenSignatures {
  private readonly expiry = new Map<string, number>()

  constructor(
    private readonly ttlMs: number,
    private readonly now: () => number,
  ) {}

  /** Records `signature`; true when it had been seen within the last `ttlMs`. */
  add(signature: string): boolean {
    const now = this.now()
    // insertion order is expiry order: drop the expired ones from the front
    for (const [key, until] of this.expiry) {
      if (until > now) break
      this.expiry.delete(key)
    }
    if (this.expiry.has(signature)) return true
    this.expiry.set(signature, now + this.ttlMs)
    return false
  }
}
