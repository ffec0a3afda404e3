/**
 * A question may call a thing by a name its coverage never writes, from the asker's own knowledge ("Libya's
 * Lockerbie case" for a case the articles tie to "a Pan Am jumbo jet over Scotland"). A name the coverage never uses
 * makes the question one it does not answer (see `namesUnknown` in compose.ts), but not when the name only modifies a
 * noun ("Lockerbie case") and the best passage writes that noun and every other name of the question: the passage is
 * about the thing asked, named otherwise.
 */
import { onlyInSlot } from '../search/parse-question.js'
import { stemToken, tokenSpans } from '../search/text-terms.js'
import { NOT_NOUN } from './answer-type.js'
import type { Candidate } from './rank.js'
import type { DocumentFrequency } from './relevance.js'
import type { Understood } from './understand.js'

/**
 * Words that end a noun phrase rather than head it ("Lockerbie said", "Trudeau about"): those that end the noun a
 * question asks for, verbs of saying and conjunctions.
 */
const notHead = (word: string): boolean => NOT_NOUN.test(word) || /^(?:said|says|say|and|or)$/i.test(word)

/**
 * Whether the best passage answers though the question's name `stem` is never used: the name stands before a
 * lower-case noun of the question that the passage writes, and the passage writes every other name the question asks
 * about.
 */
export function modifierOfAnswered(u: Understood, stem: string, best: Candidate | undefined): boolean {
  if (!best) return false
  const tokens = tokenSpans(u.parsed.text)
  const found = new Set(best.spans.map((sp) => sp.term))
  const heads = tokens.flatMap((t, i) => {
    const next = tokens[i + 1]
    if (!next || stemToken(t.token) !== stem || !/^\p{Lu}/u.test(t.token)) return []
    if (!/^\p{Ll}/u.test(next.token) || notHead(next.token)) return []
    // a possessive ends the name ("Libya's case")
    if (/^['’]s?\b/.test(u.parsed.text.slice(t.end))) return []
    return [stemToken(next.token)]
  })
  if (!heads.some((h) => h !== null && found.has(h))) return false
  const others = u.terms.filter((t) => t.stem !== stem && u.parsed.names.has(t.stem) && !onlyInSlot(u.parsed, t.stem))
  return others.length > 0 && others.every((t) => found.has(t.stem))
}

/**
 * "How has Beijing responded …", "What did Canberra announce …": a place as the subject speaks for its government (see
 * `resolveSlot`). A place the coverage never writes, in no passage found either (not misspelt, not by another of its
 * names), is a government it never reports on: the passages on the question's topic tell what others did, and the
 * coverage does not answer.
 */
export function actorUnwritten(index: DocumentFrequency, u: Understood, ranked: readonly Candidate[]): boolean {
  const slot = u.parsed.slot
  if (!slot?.says || u.asked !== null) return false
  const words = tokenSpans(slot.text).filter((t) => !/^the$/i.test(t.token))
  if (!words.length || !words.every((t) => /^\p{Lu}/u.test(t.token))) return false
  return words.every((t) => {
    const stem = stemToken(t.token)
    return stem !== null && neverWritten(index, u, ranked, stem)
  })
}

/** Whether a name of the question is written nowhere: by no paragraph, and matched in no passage found (misspelt, by another name). */
export const neverWritten = (
  index: DocumentFrequency,
  u: Understood,
  ranked: readonly Candidate[],
  stem: string,
): boolean =>
  u.parsed.names.has(stem) &&
  index.documentFrequency(stem) === 0 &&
  !ranked.some((c) => c.spans.some((sp) => sp.term === stem))
