/** Turning the text Slack sends into the question a person typed. */
import { dropInvisible } from '../render/mrkdwn.js'

/** Slack allows 4,000 characters in a slash command; mentions can be longer, and we answer the first 4,000. */
export const MAX_QUESTION = 4000

/**
 * Slack sends text with `&`, `<` and `>` escaped (what the person typed) and markup in `<…>` (mentions, links).
 * Decoding the three entities gives the text as typed; markup stays as literal text, and is escaped again, like
 * every outside text, where it is rendered.
 */
export const decodeSlackText = (text: string): string =>
  text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')

/**
 * Removes the mention of the bot (`<@U123>` or `<@U123|name>`) from a message, and the punctuation people put
 * after it ("@bot, who…"). Without the bot's id, a leading user mention is taken to be the bot.
 */
export function stripBotMention(text: string, botUserId?: string): string {
  const mention = botUserId
    ? new RegExp(`<@${botUserId.replace(/[^A-Z0-9]/gi, '')}(?:\\|[^>]*)?>`, 'g')
    : /^\s*<@[UW][A-Z0-9]+(?:\|[^>]*)?>/
  return text
    .replace(mention, ' ')
    .replace(/^[\s,:;.!-]+/, '')
    .replace(/\s+/g, ' ')
    .trim()
}

/**
 * The question from a message or command text: decoded, without control or text-reordering characters (they mean
 * nothing in a question, and must not be echoed, even in a button's value), trimmed, at most MAX_QUESTION
 * characters.
 */
export function questionFrom(text: string): string {
  const plain = dropInvisible(decodeSlackText(text)).trim()
  if (plain.length <= MAX_QUESTION) return plain
  let cut = plain.slice(0, MAX_QUESTION)
  const code = cut.charCodeAt(cut.length - 1)
  if (code >= 0xd800 && code <= 0xdbff) cut = cut.slice(0, -1)
  return cut
}
