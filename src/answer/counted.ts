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

/** Where "how" stands before a word of `quantity` ("many", "much") in the question's words; -1 where it does not. */
const howAt = (tokens: readonly { token: string }[], quantity: RegExp): number =>
  tokens.findIndex((t, i) => /^how$/i.test(t.token) && quantity.test(tokens[i + 1]?.token ?? ''))

/** The stems of what "how many / how much" counts ("How many pledged delegates did …": pledg, deleg); none else. */
export function countedStems(question: string): Set<string> {
  const out = new Set<string>()
  const tokens = tokenSpans(question)
  const at = howAt(tokens, /^(?:many|much)$/i)
  if (at < 0) return out
  for (const t of tokens.slice(at + 2)) {
    if (COUNTED_END.test(t.token)) break
    const stem = stemToken(t.token)
    if (stem) out.add(stem)
  }
  return out
}

/**
 * Counted nouns a passage need not write: "times" asks how often ("twice"); "people" is the most general count of
 * persons, which news gives by what befell them ("3,117 deaths", "192 dead", "300 laid off").
 */
const TOLD_OTHERWISE = /^(?:times?|people|persons)$/i

/** An auxiliary of the passive after what "how many" counts ("were", "have been"), and an adverb it may hold. */
const PASSIVE_AUX = /^(?:is|are|was|were|be|been|being|has|have|had|reportedly|already|now|so|far|still)$/i

/**
 * What "how many" counts and what is said of it: the written head of the counted words ("How many pledged delegates
 * did …": "delegates") and, in the passive ("How many people were arrested …", "… have been deported"), the
 * participle ("arrested"). A passage that names neither a count of that thing nor that event counts something else
 * ("raided two homes" for arrests, "serves 10 cities" for delegates won). No noun for "times" and "people" (see
 * `TOLD_OTHERWISE`); a capitalised one is counted too ("How many Canadians were killed …", "… Democrats": an
 * article that never writes "Canadians" counts others); "how much" is read by `measuredNoun`.
 */
export function countedThing(question: string): CountedThing {
  let found = countedOf.get(question)
  if (!found) {
    if (countedOf.size >= COUNTED_REMEMBERED) countedOf.clear()
    found = readCounted(question)
    countedOf.set(question, found)
  }
  return found
}

/** A plural noun: "delegates", "refugees", "people" (not "business", "status", "analysis"). */
const PLURAL = /^(?:\p{L}*[^\Wsui]s|people|men|women|children)$/iu

type CountedThing = { noun: string | null; passive: string | null }
/** The questions read last (each candidate passage asks again); forgotten all at once past a bound. */
const countedOf = new Map<string, CountedThing>()
const COUNTED_REMEMBERED = 64

function readCounted(question: string): CountedThing {
  const tokens = tokenSpans(question)
  const at = howAt(tokens, /^many$/i)
  if (at < 0) return { noun: null, passive: null }
  let i = at + 2
  let noun: string | null = null
  // the counted words end where the verb starts ("How many people died …": an active verb in the past)
  for (; i < tokens.length && !COUNTED_END.test(tokens[i]?.token ?? ''); i++) {
    const word = tokens[i]?.token ?? ''
    if (noun !== null && /^\p{Ll}+ed$/u.test(word)) break
    // or a verb in the present, which after a plural has no -s ("How many refugees settle …", "… delegates go to")
    if (noun !== null && PLURAL.test(noun) && /^\p{Ll}+$/u.test(word) && !/s$/.test(word)) break
    noun = word
  }
  if (noun && TOLD_OTHERWISE.test(noun)) noun = null
  // the passive: one or more auxiliaries (and adverbs) right after the counted words, then a participle
  let j = i
  while (j < tokens.length && PASSIVE_AUX.test(tokens[j]?.token ?? '')) j++
  const word = tokens[j]?.token ?? ''
  const passive =
    j > i && /^(?:is|are|was|were|be|been)$/i.test(tokens[j - 1]?.token ?? '') && /^\p{Ll}+(?:ed|en)$/u.test(word)
      ? word
      : null
  return { noun, passive }
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
