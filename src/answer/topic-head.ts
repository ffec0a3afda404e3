/**
 * "What did X say about Y": a topic narrowed by two or more common words ("the Puerto Rico debt crisis", "compensation
 * for survivors of the genocide", "the cost of joining NATO") is a particular one. A statement of X's answers it only
 * when its paragraph, with the one it goes on from, names Y's head noun or at least half of Y's common words (as
 * written, an inflection or a synonym), or when its article writes every one of those words (an article on that very
 * topic, where X may say it in their own words). Otherwise it is on a neighbouring topic ("the genocide", "NATO") and
 * the question is one the coverage does not answer. A bare noun ("the deal", "Crane's stake") may stand for anything
 * the coverage says and is not tested; nor is a clause ("about winning a medal", "about how …"); names are tested as
 * names.
 */

import type { Lexicon } from '../search/lexicon.js'
import { stemToken, tokenSpans } from '../search/text-terms.js'
import { paragraphMatches } from './rank.js'
import type { AnswerContext, Understood } from './understand.js'

/** What opens the topic after the verb of saying. */
const TOPIC_OPEN = /^(?:about|regarding|concerning|on)$/i
/** Words that lead into a noun phrase and name nothing. */
const DETERMINER = /^(?:the|a|an|his|her|its|their|our|this|that|these|those|some|any)$/i
/** Words that end the head's noun group: prepositions, conjunctions, relative and question words. */
const GROUP_END =
  /^(?:of|for|in|on|at|to|from|with|by|over|against|after|before|during|since|under|about|into|near|between|and|or|but|that|which|who|whom|whose|what|when|where|why|how|if|whether|as)$/i
/** A clause, not a noun phrase, opens with a question word or an -ing form ("about winning", "about how …"). */
const CLAUSE_OPEN = /^(?:what|who|whom|whose|when|where|why|how|if|whether|\p{L}+ing)$/iu
/** A participle or a verb form after the head starts a clause that describes it ("the rifle found near …"). */
const PARTICIPLE = /^(?:\p{L}+ed|found|held|made|taken|given|seen|known|sought|kept|sent|brought|bought)$/iu
/** A possessive ("Trump's", "Sanders'"): an -ing form after it is a noun ("Rubio's showing"), not a clause's verb. */
const POSSESSIVE = /['’]s?$/

/**
 * Whether a word of the noun group, after its first, opens a clause that describes or predicates: a participle ("the
 * rifle found near …", "the two men sought for questioning"), a word only a verb ("sought"), or an -ing form after a
 * noun ("Trump bringing the party together", "the media digging into …").
 */
function opensClause(word: string, previous: string, lexicon: Lexicon | undefined): boolean {
  if (PARTICIPLE.test(word)) return true
  if (/ing$/i.test(word) && !POSSESSIVE.test(previous) && !DETERMINER.test(previous)) return true
  const senses = lexicon?.senses(word) ?? []
  return senses.some((s) => s.pos === 'verb') && !senses.some((s) => s.pos === 'noun')
}

/** How many words may stand between the verb of saying and "about" ("tell CNN about", "say at the debate about"). */
const BEFORE_TOPIC = 4

/** The topic of a "what did X say about Y" question: the stem of Y's head noun and of every common word of Y. */
export type Topic = { head: string; words: readonly string[]; written: readonly string[] }

/**
 * The topic of a "what did X say about Y" question, when Y is a noun phrase of at least two common words (names
 * aside: "the Puerto Rico debt crisis", "compensation for survivors of the genocide"); null otherwise.
 */
export function askedTopic(u: Understood, lexicon?: Lexicon): Topic | null {
  const slot = u.parsed.slot
  if (u.parsed.shape !== 'what-said' || !slot) return null
  const after = tokenSpans(u.parsed.text.slice(slot.end))
  const open = after.findIndex((t, i) => i <= BEFORE_TOPIC && TOPIC_OPEN.test(t.token))
  if (open < 0) return null
  const words = after.slice(open + 1).map((t) => t.token)
  let i = 0
  while (i < words.length && DETERMINER.test(words[i] ?? '')) i++
  const first = words[i]
  if (!first || CLAUSE_OPEN.test(first)) return null
  // the noun group: up to the first word that ends it; its last word is the head ("Trump's proposed ban": ban)
  let end = i
  while (
    end < words.length &&
    !GROUP_END.test(words[end] ?? '') &&
    !(end > i && opensClause(words[end] ?? '', words[end - 1] ?? '', lexicon))
  )
    end++
  // a clause with its own subject ("about Garnier getting veterans' benefits"): what it says is no noun's
  if (end < words.length && /ing$/i.test(words[end] ?? '') && !GROUP_END.test(words[end] ?? '')) return null
  const head = words[end - 1]
  if (!head || end - 1 < i || /^\p{Lu}/u.test(head) || /^\p{N}/u.test(head)) return null
  const stemOf = (w: string) => stemToken(w.replace(POSSESSIVE, ''))
  const headStem = stemOf(head)
  const searched = new Set(u.terms.map((t) => t.stem).filter((x) => !u.parsed.names.has(x)))
  const common = new Map<string, string>()
  for (const w of words.slice(i)) {
    const stem = /^\p{Ll}/u.test(w) ? stemOf(w) : null
    if (stem && searched.has(stem) && !common.has(stem)) common.set(stem, w.replace(POSSESSIVE, '').toLowerCase())
  }
  if (!headStem || !common.has(headStem) || common.size < 2) return null
  return { head: headStem, words: [...common.keys()], written: [...common.values()] }
}

const topics = new WeakMap<Understood, Topic | null>()

/**
 * Whether a candidate paragraph, with the one before it, is on the topic asked about (see above): it names the
 * topic's head, or at least half of the topic's common words.
 */
export function topicHeld(
  ctx: AnswerContext,
  u: Understood,
  c: { hit: { article: string; paragraph: number }; spans: readonly { term: string }[] },
): boolean {
  let topic = topics.get(u)
  if (topic === undefined) {
    topic = askedTopic(u, ctx.lexicon)
    topics.set(u, topic)
  }
  if (topic === null) return true
  const n = c.hit.paragraph
  const before = n > 1 ? paragraphMatches(ctx, u, c.hit.article, n - 1) : []
  const found = new Set([...c.spans, ...before].map((m) => m.term))
  if (found.has(topic.head) || 2 * topic.words.filter((w) => found.has(w)).length >= topic.words.length) return true
  // a statement in an article on that very topic (it writes every word of it) may say it in its own words ("The
  // security operation … is over" in an article on the end of the hotel siege)
  return topic.written.every((w) => u.articleWrites(c.hit.article, w))
}
