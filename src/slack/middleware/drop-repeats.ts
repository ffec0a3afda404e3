/**
 * Global middleware: an event delivered again (a retry, `X-Slack-Retry-Num`, or the same `event_id` twice, or a
 * second event for the same message) is not handled a second time. Events are acknowledged by Bolt before this
 * runs, so Slack stops retrying. A retry of an event never seen (say, the process restarted before handling it)
 * is handled.
 */
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt'
import type { RecentKeys } from '../recent.js'

/** The keys that identify an Events API delivery: its event id, and the message it is about. */
export function eventKeys(body: unknown): string[] {
  if (typeof body !== 'object' || body === null || !('event' in body)) return []
  const keys: string[] = []
  if ('event_id' in body && typeof body.event_id === 'string') keys.push(`event:${body.event_id}`)
  const event = body.event
  if (typeof event === 'object' && event !== null && 'type' in event && typeof event.type === 'string') {
    const channel = 'channel' in event && typeof event.channel === 'string' ? event.channel : ''
    const ts = 'ts' in event && typeof event.ts === 'string' ? event.ts : ''
    if (channel && ts) keys.push(`message:${event.type}:${channel}:${ts}`)
  }
  return keys
}

export const dropRepeatedEvents =
  (recent: RecentKeys): Middleware<AnyMiddlewareArgs> =>
  async ({ body, context, logger, next }) => {
    const keys = eventKeys(body)
    if (keys.length === 0) return next()
    const repeated = keys.map((k) => recent.seen(k)).some(Boolean)
    if (repeated) {
      logger.info(`Skipping a repeated delivery (${keys[0]}, retry ${context.retryNum ?? 0}): already handled`)
      return
    }
    if (context.retryNum) logger.info(`Handling retry ${context.retryNum} of ${keys[0]}: not seen before`)
    await next()
  }
