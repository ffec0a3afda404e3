/**
 * A question asking what a person did, a reaction or an act ("How did X react to …", "When did X announce the
 * reward?", see `SpeakerSlot.acts`), is answered by their statement or by a sentence reporting what they did without
 * quoting them ("In a telegram to Clinton, President X condemned the terrorist acts"): one where they are the subject
 * of the verb asked or of a verb of saying, thinking or feeling (a reaction: condemn, welcome, express, reject …), on
 * the question's topic.
 */
import type { Lexicon } from '../search/lexicon.js'
import { onlyInSlot } from '../search/parse-question.js'
import { stemToken, tokenSpans } from '../search/text-terms.js'
import { withoutDates } from '../story/dates/blank.js'
import { covered } from './covered.js'
import { ownsActNoun } from './event-noun.js'
import { governmentsOf } from './government-subject.js'
import type { Candidate } from './rank.js'
import { paragraphMatches } from './rank.js'
import { MIN_TOPIC, termWeight } from './relevance.js'
import { overlaps } from './span.js'
import type { AnswerContext, Understood } from './understand.js'

/** WordNet's files of verbs that report a reaction: saying, thinking, feeling. */
const REACTION_FILES = new Set(['verb.communication', 'verb.cognition', 'verb.emotion'])

/** Words that may stand between a subject and its verb: "X has strongly condemned", "X also said". */
const BETWEEN = /^(?:has|have|had|was|were|is|also|then|later|again|already|quickly|immediately|\p{Ll}+ly)$/u

/** How many words an apposition after the name may run ("X, the foreign minister, said"). */
const APPOSITION_WORDS = 8

/**
 * Whether a passage answers a question asking what a person did: their statement in the paragraph, or a sentence
 * where they act (see `actorIn`), and at least `MIN_TOPIC` of the question's other words in it or the paragraph
 * before ("How did X respond to Y" is not answered by X's act about Z). Any passage, for other questions.
 */
export function actedIn(ctx: AnswerContext, u: Understood, c: Candidate): boolean {
  if (!u.actors.length) return true
  const theirs =
    ctx.lookup.quotes(c.hit.article, c.hit.paragraph).some((q) => u.actors.includes(q.speaker ?? '')) ||
    actorIn(ctx, u, c) !== null
  return theirs && topicBeyondActor(ctx, u, c) >= MIN_TOPIC
}

/**
 * The person asked what they did who is the subject of the answering sentence's verb, when that verb is the one asked
 * ("Albright announced on Monday …" for "When did Albright announce …") or one of saying, thinking or feeling
 * ("President X condemned the terrorist acts" for "How did X react …"); null otherwise. A name in someone else's
 * words, or before a possessive ("Dale's hearing"), is no subject.
 */
export function actorIn(ctx: AnswerContext, u: Understood, c: Candidate): string | null {
  if (!u.actors.length) return null
  // a date between subject and verb ("X Friday condemned", "X on Friday declared") separates nothing
  const text = withoutDates(
    ctx.lookup.paragraph(c.hit.article, c.hit.paragraph)?.text ?? '',
    ctx.lookup.dates(c.hit.article, c.hit.paragraph),
  )
  const quotes = ctx.lookup.quotes(c.hit.article, c.hit.paragraph)
  const asked = stemToken(u.parsed.slot?.acts ?? '')
  const reacts = (word: string) =>
    stemToken(word) === asked ||
    (ctx.lexicon?.senses(word) ?? [])
      .filter((s) => s.pos === 'verb')
      .slice(0, 2)
      .some((s) => REACTION_FILES.has(s.file))
  for (const sp of c.spans) {
    if (!overlaps(sp, c.sentence) || quotes.some((q) => q.speaker && !u.actors.includes(q.speaker) && overlaps(q, sp)))
      continue
    const name = u.actors.find((n) => nameStems(n).includes(sp.term) && onlyInSlot(u.parsed, sp.term))
    const after = text.slice(sp.end, c.sentence.end)
    if (name && (verbAfter(after, ctx.lexicon, reacts) || ownsActNoun(after, asked))) return name
  }
  // a country acting through its government ("The Cuban government condemned")
  const lexicon = ctx.lexicon
  return (
    (lexicon &&
      u.actors.find((n) =>
        governmentsOf(lexicon, text, c.sentence, n).some(
          (g) => !quotes.some((q) => q.speaker && overlaps(q, g.at)) && verbAfter(g.rest, lexicon, reacts),
        ),
      )) ??
    null
  )
}

/** Whether the words after a name open with its verb, past the rest of the name and an apposition. */
function verbAfter(after: string, lexicon: Lexicon | undefined, reacts: (word: string) => boolean): boolean {
  if (/^['’]/.test(after)) return false
  let rest = after
  // an apposition: ", the foreign minister, condemned"
  const apposition = /^\s*,([^,]*),/.exec(rest)
  if (apposition && (apposition[1] ?? '').trim().split(/\s+/).length <= APPOSITION_WORDS)
    rest = rest.slice(apposition[0].length)
  for (const t of tokenSpans(rest).slice(0, 6)) {
    if (/^\p{Lu}/u.test(t.token)) continue
    if (BETWEEN.test(t.token)) continue
    return reacts(t.token) && (lexicon?.senses(t.token).some((s) => s.pos === 'verb') ?? true)
  }
  return false
}

/**
 * The share of the question's words other than those naming the person asked about and the verb asked (by weight)
 * that a passage holds,
 * in it or the paragraph before, which sets the scene the act answers ("… condemned two terrorist bomb attacks in
 * Kenya", then "In a telegram, President X condemned the terrorist acts"). 1 when the question has no other word.
 */
function topicBeyondActor(ctx: AnswerContext, u: Understood, c: Candidate): number {
  // the verb asked is the act, not its topic ("react" in "How did X react to Y")
  const verb = stemToken(u.parsed.slot?.acts ?? '')
  const topic = u.terms.filter((t) => !onlyInSlot(u.parsed, t.stem) && t.stem !== verb)
  const total = topic.reduce((sum, t) => sum + termWeight(t.stem, ctx.index, u.parsed.names.has(t.stem)), 0)
  if (total === 0) return 1
  const stems = new Set(topic.map((t) => t.stem))
  const before = c.hit.paragraph > 1 ? paragraphMatches(ctx, u, c.hit.article, c.hit.paragraph - 1) : []
  return covered([...c.spans, ...before].filter((sp) => stems.has(sp.term))) / total
}

/** The stems of a name's capitalised words ("Glafcos Clerides" → its two). */
const nameStems = (name: string): string[] =>
  tokenSpans(name)
    .filter((t) => /^\p{Lu}/u.test(t.token))
    .map((t) => stemToken(t.token))
    .filter((stem): stem is string => stem !== null)
