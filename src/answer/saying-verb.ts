/**
 * Which words of a "when" question may be its verb of saying, and phrasal verbs of stance. A verb inside a relative
 * clause is about a noun of the question, not the act asked: "When was the Republican debate in which Rubio kept
 * repeating his line about Obama?" asks for the debate's date, not a statement's. News reports a refusal or a rebuttal
 * with a verb and its particle ("Iran ruled out talks on its missiles", "the minister played down the report", "Trump
 * hit back at …"): "When did X rule out negotiating …" asks for the date of that statement.
 */
import type { Lexicon } from '../search/lexicon.js'
import type { TokenSpan } from '../search/text-terms.js'

/** A relative word: what follows it is a clause about the noun before it. */
const RELATIVE = /^(?:which|whom|whose|where)$/i

/**
 * The question's words before any relative clause: the ones that may be the verb asked. A question word joined to
 * "when" ("When and where did X say …") opens no clause.
 */
export function mainClause<T extends TokenSpan>(words: readonly T[]): readonly T[] {
  const i = words.findIndex(
    (w, k) => k > 2 && RELATIVE.test(w.token) && !/^(?:and|or)$/i.test(words[k - 1]?.token ?? ''),
  )
  return i < 0 ? words : words.slice(0, i)
}

/** Phrasal verbs of stance whose first WordNet sense is filed elsewhere than under communication ("rule out"). */
const STANCE_PHRASAL =
  /^(?:rule|ruled|ruling|rules) out$|^(?:play|played|plays) down$|^(?:brush|brushed) (?:off|aside)$|^(?:shrug|shrugged) off$|^(?:hit|fire|fired|push|pushed) back$/i
/** The particle of a phrasal verb. */
const PARTICLE = /^(?:out|off|down|back|aside|up)$/i
/** What the thing ruled out or played down opens with: a gerund, an article or possessive, "any", "that". */
const OBJECT_START = /^(?:\p{Ll}+ing|that|the|a|an|any|his|her|their|its|at)$/u

/**
 * Whether the word at `i` and the particle after it are a phrasal verb of saying: one of news's verbs of stance ("rule
 * out negotiating"), or one WordNet files first under communication followed by what was said ("point out that …").
 */
export function sayingPhrasal(words: readonly TokenSpan[], i: number, lexicon: Lexicon | undefined): boolean {
  const verb = words[i]?.token ?? ''
  const particle = words[i + 1]?.token ?? ''
  if (!PARTICLE.test(particle)) return false
  const phrase = `${verb} ${particle}`
  return (
    STANCE_PHRASAL.test(phrase) ||
    (OBJECT_START.test(words[i + 2]?.token ?? '') &&
      lexicon?.senses(phrase.toLowerCase()).find((x) => x.pos === 'verb')?.file === 'verb.communication')
  )
}
