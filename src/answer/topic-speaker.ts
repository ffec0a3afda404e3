/**
 * "Who called Donald Trump a pathological liar?" names Trump as what the statement is about, not as who made it: a
 * person the question names, asked about no speaker, is its topic, and their own statement is no answer to "who said".
 * So a statement of the topic person yields to another person's statement nearly as good ("'The media's talking today
 * about another controversy over semantics,' Pence said" over "Trump said Obama was the founder of ISIS"), and when
 * the quote analysis gives the answering sentence to the topic person though a quoted person's name opens it as its
 * subject ("Bernie Sanders called Trump a 'pathological liar.'"), that person is the speaker.
 */
import { TITLE } from '../search/speaker-names.js'
import { tokenize } from '../search/text-terms.js'
import type { Quote } from '../story/types.js'
import { speakerOf } from './named-first.js'
import { type Candidate, promote } from './rank.js'
import { ANSWER_THRESHOLD } from './relevance.js'
import type { AnswerContext, Understood } from './understand.js'

/** How much less likely another person's statement may be and still come before the topic person's. */
const TOPIC_MARGIN = 0.15

/** The capitalised words of a name the question may write ("Donald Trump": Donald, Trump), not its titles. */
const nameParts = (name: string): string[] =>
  tokenize(name).filter((w) => w.length >= 3 && /^\p{Lu}\p{Ll}/u.test(w) && !TITLE.test(w))

/** Whether the question writes the family name (the last part) of a speaker's name. */
function namedIn(u: Understood, speaker: string): boolean {
  const last = nameParts(speaker).at(-1)
  if (!last) return false
  const words = new Set(tokenize(u.parsed.text))
  return words.has(last) || words.has(`${last}'s`) || words.has(`${last}’s`)
}

/** A "who said" question asking about no one: every person it names is its topic. */
const asksWhoOfTopic = (u: Understood): boolean =>
  u.parsed.shape === 'who-said' && u.asked === null && u.parsed.slot === null

/**
 * The quoted person whose name opens the sentence as its subject ("Bernie Sanders called …"): the one speaker every
 * capitalised word before the first word in lower case names.
 */
function subjectOf(ctx: AnswerContext, text: string): string | null {
  const opening = /^[\s"“'‘]*((?:\p{Lu}[\p{L}'’.-]*\s+){1,3})\p{Ll}/u.exec(text)?.[1]
  let names: readonly string[] | null = null
  for (const word of tokenize(opening ?? '')) {
    const match = ctx.lookup.speakerNames.match(word)
    if (match?.how !== 'exact') return null
    names = names ? names.filter((n) => match.names.has(n)) : [...match.names]
  }
  const [name, ...more] = names ?? []
  return name && more.length === 0 ? name : null
}

/**
 * The speaker of an answering sentence to a "who said" question about a named topic: the quoted person opening the
 * sentence when the quote analysis gives it to the topic person, else the analysis's speaker.
 */
export function speakerNotTopic(
  ctx: AnswerContext,
  u: Understood,
  c: { hit: Candidate['hit']; sentence: Candidate['sentence'] },
  quoted: string | null,
): string | null {
  if (!quoted || !asksWhoOfTopic(u) || !namedIn(u, quoted)) return quoted
  const text = ctx.lookup.paragraph(c.hit.article, c.hit.paragraph)?.text ?? ''
  const subject = subjectOf(ctx, text.slice(c.sentence.start, c.sentence.end))
  return subject && subject !== quoted && !namedIn(u, subject) ? subject : quoted
}

/**
 * For "who said" about a named topic, when the best candidate is a statement of a person the question names, the
 * statements of people it does not name within `TOPIC_MARGIN` come first, in the model's order.
 */
export function topicSpeakerLast(ctx: AnswerContext, u: Understood, ranked: Candidate[]): void {
  const best = ranked[0]
  if (!best || !asksWhoOfTopic(u)) return
  const spoken = (c: Candidate) => speakerNotTopic(ctx, u, c, speakerOf(ctx, c))
  const first = spoken(best)
  if (first === null || !namedIn(u, first)) return
  const others = ranked.filter((c) => {
    if (c.p < Math.max(ANSWER_THRESHOLD, best.p - TOPIC_MARGIN)) return false
    const s = spoken(c)
    return s !== null && /^\p{Lu}/u.test(s) && !namedIn(u, s)
  })
  for (const c of others.reverse()) promote(ranked, ranked.indexOf(c))
}

/** The speaker `composeBody` gives an answer: see `speakerNotTopic`. */
export const answerSpeaker = (ctx: AnswerContext, u: Understood, best: Candidate, quote: Quote | null) =>
  speakerNotTopic(ctx, u, best, quote?.speaker ?? null)
