/**
 * "What did X say about the Clarkston event …" asks for X's words on something the question names: X's statement
 * in an article that never writes a name of that topic, though other articles of the coverage do ("the refugees
 * coming from Syria" in an article on another day's events, for the Clarkston welcome), is X on something else, and
 * the coverage does not answer. A place is exempt, with the name it is part of ("East Africa"): news names the
 * places within it ("the embassies in Kenya and Tanzania").
 */
import { onlyInSlot } from '../search/parse-question.js'
import { tokenSpans } from '../search/text-terms.js'
import type { Candidate } from './rank.js'
import type { AnswerContext, Understood } from './understand.js'

/** The capitalised words of the question's name that holds the word at `at` ("East Africa" for "East"). */
function nameAround(text: string, at: number): string[] {
  const tokens = tokenSpans(text)
  const i = tokens.findIndex((t) => t.start <= at && at < t.end)
  if (i < 0) return []
  const capital = (j: number) => /^\p{Lu}/u.test(tokens[j]?.token ?? '')
  let from = i
  let to = i
  while (from > 0 && capital(from - 1)) from--
  while (to < tokens.length - 1 && capital(to + 1)) to++
  return tokens.slice(from, to + 1).map((t) => t.token)
}

/**
 * Whether the best passage for "What did X say about …" is in an article that writes none of a topic name the
 * coverage writes elsewhere: the name as the question writes it, nor any form the passage matched.
 */
export function topicNameUnwritten(ctx: AnswerContext, u: Understood, best: Candidate): boolean {
  if (u.parsed.shape !== 'what-said' || u.asked === null || u.asked.kind === 'unquoted') return false
  const matched = new Set(best.spans.map((sp) => sp.term))
  return u.terms.some((t) => {
    if (!u.parsed.names.has(t.stem) || onlyInSlot(u.parsed, t.stem) || matched.has(t.stem)) return false
    if (ctx.index.documentFrequency(t.stem) === 0) return false
    const at = u.parsed.spans.get(t.stem)?.[0]
    if (!at) return false
    if (nameAround(u.parsed.text, at.start).some((w) => ctx.lexicon?.place(w.replace(/['’]s?$/u, '')))) return false
    // the name without a possessive ending ("Trump's" is written as "Trump" too)
    const word = u.parsed.text.slice(at.start, at.end).replace(/['’]s?$/u, '')
    return !u.articleWrites(best.hit.article, word)
  })
}
