/**
 * Posting the answer to a mention (`chat.postMessage`) so that it appears once, and so that a slow or failing Slack
 * holds up nothing else:
 *
 * - Its own Web API client, with a request timeout of a few seconds and no automatic retries. Bolt's client has
 *   no timeout (a hung Slack API held every later answer) and retries on its own (an answer Slack accepted before
 *   the connection dropped was posted twice).
 * - A post is tried again only when Slack certainly did not post it: rate limited (HTTP 429: after its
 *   Retry-After, for this post alone; the client does not pause every other answer), or a connection that could
 *   not be opened. A timeout, a dropped connection or a 5xx may hide a post that went through: not tried again,
 *   and logged. Every retry is logged.
 */
import { type Logger, webApi } from '@slack/bolt'
import { classifySlackError } from './digest/client.js'
import type { KnownBlock } from './types.js'

export type AnswerPost = {
  channel: string
  thread_ts?: string
  text: string
  blocks: KnownBlock[]
}

export type AnswerPosterOptions = {
  token: string
  slackApiUrl?: string
  logger: Logger
  /** Milliseconds before a call is abandoned (default 5 s). */
  timeoutMs?: number
  /** Longest Retry-After waited for before giving up on the post (default 30 s). */
  maxRetryAfterMs?: number
  /** Attempts in all, the first included (default 3). */
  attempts?: number
  /** A call slower than this is logged even when it succeeds (default 2 s). */
  slowMs?: number
  /** How to wait (tests). */
  sleep?: (ms: number) => Promise<void>
}

export type PostResult = { ok: true; ts?: string; attempts: number } | { ok: false; reason: string; attempts: number }

export type AnswerPoster = {
  /** Posts the answer; never throws. `what` describes it for the log ("the answer to a mention ..."). */
  post(message: AnswerPost, what: string): Promise<PostResult>
}

/** Errors that mean the request never reached Slack. */
const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH'])

const causeOf = (error: unknown): unknown =>
  typeof error === 'object' && error !== null ? ((error as { original?: unknown }).original ?? error) : error

/** The network error code under a failed request (`ECONNREFUSED`, `UND_ERR_SOCKET`...), or a timeout. */
function networkCode(error: unknown): string | null {
  let e: unknown = causeOf(error)
  for (let depth = 0; depth < 4 && typeof e === 'object' && e !== null; depth++) {
    const { name, code } = e as { name?: unknown; code?: unknown }
    if (name === 'TimeoutError' || name === 'AbortError') return 'timeout'
    if (typeof code === 'string' && !code.startsWith('slack_')) return code
    e = (e as { cause?: unknown }).cause
  }
  return null
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

export function createAnswerPoster(options: AnswerPosterOptions): AnswerPoster {
  const { logger } = options
  const timeoutMs = options.timeoutMs ?? 5000
  const maxRetryAfterMs = options.maxRetryAfterMs ?? 30_000
  const attempts = Math.max(1, options.attempts ?? 3)
  const slowMs = options.slowMs ?? 2000
  const sleep = options.sleep ?? defaultSleep
  const client = new webApi.WebClient(options.token, {
    ...(options.slackApiUrl ? { slackApiUrl: options.slackApiUrl } : {}),
    logger,
    logLevel: logger.getLevel(),
    timeout: timeoutMs,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
  })

  async function post(message: AnswerPost, what: string): Promise<PostResult> {
    for (let attempt = 1; ; attempt++) {
      const started = Date.now()
      try {
        const response = await client.chat.postMessage({ ...message, unfurl_links: false, unfurl_media: false })
        const ms = Date.now() - started
        if (ms > slowMs) logger.warn(`Slack took ${(ms / 1000).toFixed(1)} s to accept ${what}`)
        return { ok: true, attempts: attempt, ...(response.ts ? { ts: response.ts } : {}) }
      } catch (error) {
        const failure = classifySlackError(error, message.channel)
        const network = networkCode(error)
        const last = attempt >= attempts
        if (failure.kind === 'rate-limited') {
          const waitMs = failure.retryAfterSeconds * 1000
          if (last || waitMs > maxRetryAfterMs) {
            logger.warn(`Slack rate-limited ${what} (Retry-After ${failure.retryAfterSeconds} s); not posted`)
            return { ok: false, reason: 'rate limited', attempts: attempt }
          }
          logger.warn(
            `Slack rate-limited ${what}; retry ${attempt} of ${attempts - 1} in ${failure.retryAfterSeconds} s (Retry-After), for this post only`,
          )
          await sleep(waitMs)
          continue
        }
        if (failure.kind === 'refused') {
          logger.warn(`Slack refused ${what}: ${failure.code}${failure.hint ? ` (${failure.hint})` : ''}`)
          return { ok: false, reason: failure.code, attempts: attempt }
        }
        if (network && NOT_SENT.has(network) && !last) {
          logger.warn(`Could not reach Slack to send ${what} (${network}); retry ${attempt} of ${attempts - 1} in 1 s`)
          await sleep(1000)
          continue
        }
        const why =
          network === 'timeout'
            ? `Slack did not answer within ${(timeoutMs / 1000).toFixed(0)} s (a stalled call)`
            : `no clear answer from Slack (${network ?? failure.code})`
        logger.warn(
          `${why} while sending ${what}; not sent again, since Slack may have posted it (a second try could post it twice)`,
        )
        return { ok: false, reason: network ?? failure.code, attempts: attempt }
      }
    }
  }

  return { post }
}
