/**
 * How a statement's words are shown. A direct quotation gets quotation marks; a reported clause that itself
 * contains quoted words (`the programme was “never negotiable” in Friday’s talks`) is shown as written, since
 * wrapping it would put words in the speaker's mouth that they were only reported to have said.
 */
import type { QuoteKind } from '../story/types.js'
import { truncate } from './mrkdwn.js'

const DOUBLE_MARKS = /["\u201c\u201d\u201e\u00ab\u00bb]/

/** True when the words are shown inside quotation marks of our own. */
export const wrapsInMarks = (text: string, kind: QuoteKind): boolean => kind === 'direct' && !DOUBLE_MARKS.test(text)

/** The words with quotation marks when they are a direct quotation, else as written. `text` may be escaped. */
export const quotedWords = (text: string, kind: QuoteKind): string => (wrapsInMarks(text, kind) ? `“${text}”` : text)

/**
 * Text cut short (ending in an ellipsis) with the quotation marks it opened and did not close closed after the
 * ellipsis, so a cut answer never leaves a quotation open. Curly and straight marks are counted apart.
 */
export function closeQuotes(text: string): string {
  const opens = (text.match(/[“«]/g) ?? []).length
  const closes = (text.match(/[”»]/g) ?? []).length
  const straight = (text.match(/"/g) ?? []).length
  return `${text}${'”'.repeat(Math.max(0, opens - closes))}${straight % 2 === 1 ? '"' : ''}`
}

/** Text cut to at most `max` characters (see `truncate`), with the quotation marks the cut left open closed. */
export function truncateQuoted(text: string, max: number): string {
  const cut = truncate(text, max)
  return cut === text ? cut : closeQuotes(cut)
}
