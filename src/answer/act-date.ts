/**
 * "When did X condemn the attacks?" asks for the date of the act, the verb asked: the date that goes with that verb
 * ("The Cypriot government Saturday strongly condemned two terrorist bomb attacks in Kenya and Tanzania Friday") is
 * the answer, not the date of what the act is about (the attacks' Friday), however many of the question's words that
 * one goes with. So is the date of a verb that ends the question ("When did the earlier round of talks break down?"),
 * said by the article in the same words or in a synonym ("Friday's negotiations were the first since nuclear talks
 * collapsed last year": last year, not Friday).
 */
import type { Lexicon } from '../search/lexicon.js'
import { stemToken, tokenSpans } from '../search/text-terms.js'
import type { DateMention } from '../story/types.js'
import { type Candidate, goesWith } from './rank.js'
import type { Span } from './span.js'
import type { Understood } from './understand.js'

/** Of the dates, those that go with the verb the question asks about; none when it asks about no act. */
export function datesOfAct(
  u: Understood,
  text: string,
  spans: Candidate['spans'],
  dates: readonly DateMention[],
): DateMention[] {
  const acts = u.parsed.slot?.acts
  const verb = acts ? stemToken(acts) : null
  if (!verb) return []
  const matches = spans.filter((sp) => sp.term === verb)
  return dates.filter((d) => matches.some((m) => goesWith(text, d, m)))
}

/** A word after which a verb's form is a noun ("the collapse", "its end"; so is one after a possessive, "Friday's talks"). */
const NOUN_BEFORE = /^(?:the|a|an|his|her|its|their|our|this|that|these|those|of)$/i
/** What opens a "when" question whose verb stands in its base form at the end ("When did the talks break down?"). */
const AUXILIARY = /^when\s+(?:did|do|does|will|would|could|should|might)\s/i

/**
 * The verb that ends a question about an event, in its base form, with its particle ("break down", "resign",
 * "begin"): WordNet knows the words as a verb lemma (a single word as no noun) and no article or possessive stands
 * before them; null otherwise.
 */
export function finalVerb(question: string, lexicon: Lexicon | undefined): string | null {
  if (!lexicon || !AUXILIARY.test(question.trim())) return null
  const words = tokenSpans(question).map((w) => w.token)
  for (const n of [2, 1]) {
    const phrase = words.slice(-n)
    const before = words[words.length - n - 1] ?? ''
    if (phrase.length < n || !phrase.every((w) => /^\p{Ll}+$/u.test(w)) || NOUN_BEFORE.test(before)) continue
    const lemma = phrase.join(' ')
    const senses = lexicon.senses(lemma)
    // one word that may be a noun may be the object of a preposition ("negotiating over the harbour tax")
    if (n === 1 && senses.some((s) => s.pos === 'noun')) continue
    if (senses.some((s) => s.pos === 'verb' && s.words.includes(lemma))) return lemma
  }
  return null
}

/**
 * Of the dates, those that go with a word of the sentence used as a verb (no article or possessive before it) that
 * shares a WordNet synonym set with the question's final verb ("collapsed" for "break down").
 */
export function datesOfFinalVerb(
  u: Understood,
  lexicon: Lexicon | undefined,
  text: string,
  sentence: Span,
  dates: readonly DateMention[],
): DateMention[] {
  const verb = finalVerb(u.parsed.text, lexicon)
  if (!verb || !lexicon || dates.length < 2) return []
  const words = tokenSpans(text).filter((w) => w.start >= sentence.start && w.end <= sentence.end)
  const verbs = words.filter(
    (w, i) =>
      /^\p{Ll}/u.test(w.token) &&
      !NOUN_BEFORE.test(words[i - 1]?.token ?? '') &&
      !/['’]s$/.test(words[i - 1]?.token ?? '') &&
      lexicon.senses(w.token).some((s) => s.pos === 'verb' && s.words.includes(verb)),
  )
  return dates.filter((d) => verbs.some((v) => goesWith(text, d, v)))
}
