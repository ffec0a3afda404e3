/** Short replies for when things go wrong or are not available. Pure. */
import { type BlockMessage, context, section } from './common-blocks.js'
import { escapeText } from './mrkdwn.js'

/** The apology a person sees when answering failed; `ref` matches the log line, for whoever investigates. */
export function errorBlocks(ref?: string): BlockMessage {
  const text = 'Sorry, something went wrong while answering that. Please try again in a moment.'
  const safeRef = ref ? escapeText(ref).slice(0, 40) : ''
  return {
    text,
    blocks: [
      section(`:warning: ${text}`),
      ...(safeRef ? [context(`If it keeps happening, tell the bot's maintainers: reference \`${safeRef}\`.`)] : []),
    ],
  }
}

/** A short notice (already escaped mrkdwn, written by us), e.g. that a feature is not configured. */
export function noticeBlocks(mrkdwn: string, hint?: string): BlockMessage {
  return { text: mrkdwn, blocks: [section(mrkdwn), ...(hint ? [context(hint)] : [])] }
}
