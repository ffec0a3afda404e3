/**
 * "Through what date will …", "Until when …", "By what date …" ask for the end of a period or a deadline: the date
 * the sentence gives after "through", "until", "to" or "by" ("from today through Nov. 17"), not the start of the
 * period nor the date of the statement announcing it.
 */
import type { DateMention } from '../story/types.js'
import type { Understood } from './understand.js'

/** A question asking until when something lasts, or by when it is due. */
const ASKS_END = /^(?:through|until|till|by)\s+(?:when|what\s+(?:day|date|time))\b/i

/** The words that open the end of a period or a deadline, right before its date. */
const END_BEFORE = /\b(?:through|thru|until|till|to|by|before|ending|expiring|up\s+to)\s+(?:the\s+)?$/i

/** Whether a question asks until when something lasts, or by when it is due ("Through what date …"). */
export const asksEnd = (question: string): boolean => ASKS_END.test(question.trim())

/** Of the dates, those that end a period or set a deadline, when the question asks for one; none otherwise. */
export function rangeEnds(u: Understood, text: string, dates: readonly DateMention[]): DateMention[] {
  if (!asksEnd(u.parsed.text)) return []
  return dates.filter((d) => END_BEFORE.test(text.slice(Math.max(0, d.start - 20), d.start)))
}
