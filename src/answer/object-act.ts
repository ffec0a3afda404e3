/**
 * "Who did Hillary Clinton pick as her running mate?" asks whom X's act was done to: a passage answers only if it
 * reports the act, by the verb asked as written or through a synonym, as done, beside more of what the question asks.
 * A question about it ("She then asked if it's out of the question for Clinton to choose a female running mate") or a
 * prospect ("Clinton will pick …") does not say whom X picked, nor does a passage on the topic without the act
 * ("Clinton says she won't rule out a female running mate").
 */
import { stemToken, tokenSpans } from '../search/text-terms.js'
import type { Understood } from './understand.js'

/** A match of a question's term in a passage (a `PredicateMatch`, without importing predicate.ts, which calls this). */
type TermMatch = { term: string; start: number }

/** "Who(m) did X VERB …": the name after the auxiliary, then the verb in lower case. */
const WHO_DID = /^\s*[Ww]hom?\s+(?:did|does|do|has|have|had)\s+((?:\p{Lu}[\p{L}'’.-]*\s+)+)(\p{Ll}+)\b/u

/** A modal right before the verb (an adverb between): what may happen, not what happened. */
const MODAL = /\b(?:will|would|could|might|may|can|shall|['’]ll)\s+(?:\p{L}+ly\s+)?$/iu

/** A reported question earlier in the sentence: "asked if …", "wondered whether …". */
const ASKED = /\b(?:asked|asks|asking|wondered|wonders|questioned)\s+(?:if|whether)\b[^.?!]*$/iu

/**
 * The stem of the verb "Who did X VERB …" asks about, when it is one of the question's terms, and the stems of the
 * rest of what it asks (not X's name); else null.
 */
export function objectVerb(u: Understood): { verb: string; rest: Set<string> } | null {
  if (u.parsed.shape !== 'who-said') return null
  const m = WHO_DID.exec(u.parsed.text)
  const verb = m?.[2] ? stemToken(m[2]) : null
  if (!m || !verb || !u.terms.some((t) => t.stem === verb)) return null
  const subject = new Set(tokenSpans(m[1] ?? '').map((t) => stemToken(t.token)))
  return { verb, rest: new Set(u.terms.map((t) => t.stem).filter((s) => s !== verb && !subject.has(s))) }
}

/** The sentence around an offset, roughly: from the end of the sentence before to the end of its own. */
function sentenceAround(text: string, at: number): { start: number; end: number } {
  const start = Math.max(...['. ', '? ', '! '].map((e) => text.lastIndexOf(e, at))) + 1
  const ends = ['. ', '? ', '! '].map((e) => text.indexOf(e, at)).filter((i) => i >= 0)
  return { start, end: ends.length ? Math.min(...ends) : text.length }
}

/**
 * Whether the passage reports the act "Who did X VERB …" asks about (true for other questions): the verb, not after
 * a modal nor in a reported question, in a sentence with more of what the question asks ("who gathered in the
 * midwestern city" is no picking of a running mate).
 */
export function objectActMet(u: Understood, passage: { text: string; matches: readonly TermMatch[] }): boolean {
  const asked = objectVerb(u)
  if (asked === null) return true
  return passage.matches.some((m) => {
    if (m.term !== asked.verb) return false
    const lead = passage.text.slice(0, m.start)
    if (MODAL.test(lead.slice(-24)) || ASKED.test(lead)) return false
    const { start, end } = sentenceAround(passage.text, m.start)
    return passage.matches.some((o) => asked.rest.has(o.term) && o.start >= start && o.start < end)
  })
}
