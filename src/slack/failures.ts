/** Failures inside a listener: logged once with what was being done, answered with a short apology. */
import { randomBytes } from 'node:crypto'
import type { Logger } from '@slack/bolt'
import { errorBlocks } from '../render/error-blocks.js'
import type { CommandReply } from './types.js'

/** Logs `error` with the context needed to investigate, and returns a short reference to show the person. */
export function logFailure(logger: Logger, error: unknown, what: string, details: Record<string, unknown>): string {
  const ref = randomBytes(4).toString('hex')
  const fields = Object.entries(details)
    .filter(([, v]) => v !== undefined)
    .map(
      ([k, v]) =>
        `${k}=${typeof v === 'string' ? JSON.stringify(v.length > 200 ? `${v.slice(0, 200)}…` : v) : String(v)}`,
    )
    .join(' ')
  const message = error instanceof Error ? error.message : String(error)
  logger.error(`[ref ${ref}] ${what} failed (${fields}): ${message}`, error)
  return ref
}

/** The apology for a failure with reference `ref`. */
export const apology = (ref: string, responseType: CommandReply['responseType'] = 'ephemeral'): CommandReply => ({
  ...errorBlocks(ref),
  responseType,
})

/** Runs `work`; on failure, logs it and returns the apology instead. */
export async function orApology(
  logger: Logger,
  what: string,
  details: Record<string, unknown>,
  responseType: CommandReply['responseType'],
  work: () => Promise<CommandReply>,
): Promise<CommandReply> {
  try {
    return await work()
  } catch (error) {
    return apology(logFailure(logger, error, what, details), responseType)
  }
}
