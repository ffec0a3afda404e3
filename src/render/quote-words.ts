/**
 * How a statement's words are shown. A direct quotation gets quotation marks; a reported clause that itself
 * contains quoted words (`the programme was “never negotiable” in Friday’s talks`) is shown as written, since
 * wrapping it would put words in the speaker's mouth that they were only reported to have said.
 */
import type { QuoteKind } from '../story/types.js'

const DOUBLE_MARKS = /["\u201c\u201d\u201e\u00ab\u00bb]/

/** True when the words are shown inside quotation marks of our own. */
export const wrapsInMarks = (text: string, kind: QuoteKind): boolean => kind === 'direct' && !DOUBLE_MARKS.test(text)

/** The words with quotation marks when they are a direct quotation, else as written. `text` may be escaped. */
export const quotedWords = (text: string, kind: QuoteKind): string => (wrapsInMarks(text, kind) ? `“${text}”` : text)
