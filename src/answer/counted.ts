/**
 * "How many / how much": what the question counts, and the numbers of a passage that count it. A number counts a
 * word written right after it ("six visas", "700,000 jobs", "Three Pinocchios", "192 dead") or, in a list or a table,
 * right before it ("Americans: 12", "Minnesota (around $240,000)").
 */
import { stemToken, tokenSpans } from '../search/text-terms.js'
import type { Span } from './span.js'

/** A number, in figures or words. */
const NUMBER_WORD =
  /^(?:\p{N}[\p{N}.,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?|millions?|billions?|half|quarter)$/iu

/** Where the words of "how many X" end: at the verb's auxiliary or a preposition ("How many US visas did …"). */
const COUNTED_END =
  /^(?:did|does|do|has|have|had|will|would|could|can|should|is|was|were|are|be|been|of|for|in|on|at|to|from|with|by|during|after|before|since|that|who|which|according)$/i

/** The stems of what "how many / how much" counts ("How many pledged delegates did …": pledg, deleg); none else. */
export function countedStems(question: string): Set<string> {
  const out = new Set<string>()
  const tokens = tokenSpans(question)
  const at = tokens.findIndex((t, i) => /^how$/i.test(t.token) && /^(?:many|much)$/i.test(tokens[i + 1]?.token ?? ''))
  if (at < 0) return out
  for (const t of tokens.slice(at + 2)) {
    if (COUNTED_END.test(t.token)) break
    const stem = stemToken(t.token)
    if (stem) out.add(stem)
  }
  return out
}

/** The numbers the question writes itself ("enriched to 60 percent"): they are no answer. */
export function writtenNumbers(question: string): Set<string> {
  return new Set(
    tokenSpans(question)
      .filter((t) => NUMBER_WORD.test(t.token))
      .map((t) => t.token.toLowerCase()),
  )
}

/** The numbers in a part of a text, other than those the question writes. */
export function numbersIn(text: string, part: Span, written: ReadonlySet<string>): Span[] {
  return tokenSpans(text.slice(part.start, part.end))
    .filter((t) => NUMBER_WORD.test(t.token) && !written.has(t.token.toLowerCase()))
    .map((t) => ({ start: part.start + t.start, end: part.start + t.end }))
}

/** Words between a number and what it counts: "700,000 new jobs", "six more visas"; no punctuation, no verb test. */
const COUNT_GAP = 2
/** What may stand between a list's label and its number: "Americans: 12", "Minnesota (around $240,000)". */
const LABEL_TO_NUMBER =
  /^\s*(?:[:(–—-]|,\s*)\s*(?:(?:about|around|nearly|almost|some|roughly|approximately|more than|at least|up to|over|under)\s+)?[$€£]?\s*$/i

/** Whether a number counts the word matched at `word`: right before it, or after it as a list's label. */
export function counts(text: string, number: Span, word: Span): boolean {
  if (number.end <= word.start) {
    const between = text.slice(number.end, word.start)
    return !/[.,;:!?()“”"]/.test(between) && (between.match(/[\p{L}\p{N}'’-]+/gu) ?? []).length <= COUNT_GAP
  }
  return word.end <= number.start && LABEL_TO_NUMBER.test(text.slice(word.end, number.start))
}
