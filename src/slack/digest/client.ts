/**
 * The few Slack Web API calls the digest makes, as a narrow interface (a Bolt/WebClient `client` fits, and so do
 * test fakes), the client to use for them, and how to read Slack's errors.
 */
import { type Logger, webApi } from '@slack/bolt'
import type { KnownBlock } from '../../render/digest-blocks.js'

/** `metadata.event_type` of every digest message: how a digest is recognised in the channel history. */
export const DIGEST_EVENT_TYPE = 'iran_talks_digest'

export type DigestPostArgs = {
  channel: string
  text: string
  blocks: KnownBlock[]
  metadata: { event_type: string; event_payload: { channel: string; day: string } }
  unfurl_links: boolean
  unfurl_media: boolean
}

export type DigestHistoryArgs = {
  channel: string
  oldest?: string
  limit?: number
  cursor?: string
  include_all_metadata?: boolean
}

export type DigestHistoryResult = {
  ok?: boolean
  messages?: { ts?: string; metadata?: { event_type?: string; event_payload?: unknown } }[]
  has_more?: boolean
  response_metadata?: { next_cursor?: string }
}

/** What the digest needs from Slack. `conversations.history` is optional: it is only used after a crash. */
export interface DigestSlackClient {
  chat: { postMessage(args: DigestPostArgs): Promise<{ ok?: boolean; ts?: string; channel?: string }> }
  conversations?: { history(args: DigestHistoryArgs): Promise<DigestHistoryResult> }
}

export type DigestClientOptions = {
  /** The bot token (SLACK_BOT_TOKEN). */
  token: string
  /** SLACK_API_URL, for a fake Slack in tests. */
  slackApiUrl?: string
  /** Milliseconds before a call is abandoned (its outcome is then reconciled like a crash). */
  timeout?: number
  /** The app's logger, so that the client logs at LOG_LEVEL (its own default logger prints at INFO). */
  logger?: Logger
}

/**
 * A WebClient for posting digests that never repeats a call on its own: a rate-limited call is rejected (the
 * scheduler waits for `Retry-After` itself, recording that the message was not posted), and a failed request is
 * not retried blindly (a timeout or 5xx may hide a message that went through: the scheduler reconciles instead).
 * Bolt's `app.client` retries both on its own, which could post a digest twice.
 */
export function createDigestClient(options: DigestClientOptions): DigestSlackClient {
  return new webApi.WebClient(options.token, {
    ...(options.slackApiUrl ? { slackApiUrl: options.slackApiUrl } : {}),
    ...(options.logger ? { logger: options.logger, logLevel: options.logger.getLevel() } : {}),
    rejectRateLimitedCalls: true,
    retryConfig: { retries: 0 },
    timeout: options.timeout ?? 10_000,
  })
}

/** How a failed Slack call ended, from the digest's point of view. */
export type SlackFailure =
  /** HTTP 429 or `ratelimited`: certainly not posted; try again after `retryAfterSeconds`. */
  | { kind: 'rate-limited'; code: string; retryAfterSeconds: number }
  /** Slack answered `ok: false`: certainly not posted, and trying again will not help. */
  | { kind: 'refused'; code: string; hint: string | null }
  /** No clear answer (network, timeout, 5xx, Slack internal error): the message may have been posted. */
  | { kind: 'unknown'; code: string }

const AMBIGUOUS = new Set(['internal_error', 'fatal_error', 'service_unavailable', 'request_timeout'])
const RATE_LIMITED = new Set(['ratelimited', 'rate_limited'])

const field = (value: unknown, key: string): unknown =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined

/** The Slack error code of a failed call (`not_in_channel`, `missing_scope`...) or a description of the failure. */
export function slackErrorCode(error: unknown): string {
  const data = field(error, 'data')
  const platform = field(data, 'error')
  if (typeof platform === 'string') return platform
  const code = field(error, 'code')
  if (code === 'slack_webapi_rate_limited_error') return 'ratelimited'
  if (code === 'slack_webapi_http_error') return `http_${String(field(error, 'statusCode'))}`
  if (typeof code === 'string') return code
  return error instanceof Error ? error.message : String(error)
}

/** What to tell the people running the bot when Slack refuses the digest in `channel` (a label like "#news"). */
export function refusalHint(code: string, channel: string): string | null {
  switch (code) {
    case 'not_in_channel':
      return `invite the bot to ${channel}: type /invite @<the bot's name> in that channel`
    case 'channel_not_found':
      return `check the channel ID (DIGEST_CHANNELS takes IDs such as C0123456789) and invite the bot to ${channel}: /invite @<the bot's name>; a private channel stays invisible until the bot is invited`
    case 'is_archived':
      return `${channel} is archived: unarchive it, or turn the digest off for it`
    case 'missing_scope':
      return 'the app needs the chat:write scope: add it in the app settings and reinstall'
    case 'invalid_auth':
    case 'not_authed':
    case 'token_revoked':
    case 'account_inactive':
      return 'check SLACK_BOT_TOKEN: Slack does not accept it'
    case 'invalid_blocks':
    case 'msg_too_long':
      return 'the digest message broke a Slack limit: please report it with the day and channel'
    default:
      return null
  }
}

/** Reads a failed `chat.postMessage`. */
export function classifySlackError(error: unknown, channel: string): SlackFailure {
  const code = slackErrorCode(error)
  if (field(error, 'code') === 'slack_webapi_rate_limited_error' || RATE_LIMITED.has(code)) {
    const header = Number(field(error, 'retryAfter'))
    const meta = Number(field(field(field(error, 'data'), 'response_metadata'), 'retryAfter'))
    const retryAfterSeconds = Number.isFinite(header) && header >= 0 ? header : Number.isFinite(meta) ? meta : 30
    return { kind: 'rate-limited', code, retryAfterSeconds }
  }
  if (field(error, 'code') === 'slack_webapi_platform_error' && !AMBIGUOUS.has(code))
    return { kind: 'refused', code, hint: refusalHint(code, channel) }
  return { kind: 'unknown', code }
}
