/**
 * A country acts through its government: "The Cuban government condemned …" and "Cuba's foreign ministry said …"
 * report what Cuba did. The subject is the place's name or demonym before a body that acts for a state, a few
 * words on at most ("Cuba's foreign ministry"); not any group ("the Cuban team", "a Cuban company" is not Cuba).
 */
import type { Lexicon } from '../search/lexicon.js'
import { tokenSpans } from '../search/text-terms.js'
import type { Span } from './span.js'

/** The bodies through which news reports a state acting. */
const STATE_BODY = /^(?:government|authorities|administration|ministry|regime|cabinet|parliament|leadership|officials)$/

/** How many words may stand between the place and the body ("Cuba's foreign ministry"). */
const BODY_WORDS = 2

/**
 * Each body acting for the place in the sentence: where it is named ("The Cuban government") and the text after it,
 * where its verb follows ("Friday condemned …"). None when the place is no place (a person's name) or the sentence
 * names no such body.
 */
export function governmentsOf(
  lexicon: Lexicon,
  text: string,
  sentence: Span,
  place: string,
): { at: Span; rest: string }[] {
  const asked = lexicon.place(place)
  if (!asked) return []
  const words = tokenSpans(text.slice(sentence.start, sentence.end))
  const out: { at: Span; rest: string }[] = []
  words.forEach((w, i) => {
    if (!/^\p{Lu}/u.test(w.token) || lexicon.place(w.token.replace(/['’]s$/u, '')) !== asked) return
    const body = words.slice(i + 1, i + 2 + BODY_WORDS).find((x) => STATE_BODY.test(x.token))
    const gap = body ? text.slice(sentence.start + w.end, sentence.start + body.start) : ''
    // lower-case words only between them ("Cuba's interim government"), not another name or a clause
    if (!body || /[^\p{Ll}\s]/u.test(gap)) return
    const at = { start: sentence.start + w.start, end: sentence.start + body.end }
    out.push({ at, rest: text.slice(at.end, sentence.end) })
  })
  return out
}
