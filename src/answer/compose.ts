/**
 * Question → Answer: find the paragraphs that might answer, let the relevance model pick the one that does (or
 * none), take the sentence that answers (verbatim), name who said it and when, and cite up to three passages,
 * best first.
 */

import type { Lexicon } from '../search/lexicon.js'
import { onlyInSlot } from '../search/parse-question.js'
import type { Article, DateMention, Quote } from '../story/types.js'
import { datesOfAct, datesOfFinalVerb } from './act-date.js'
import { actedIn, actorIn } from './actor.js'
import { audienceStems } from './addressee.js'
import { describedOnArticleTopic } from './article-topic.js'
import { type DatedPassage, datedElsewhere, statementDayBelow, toTheDay } from './exact-date.js'
import { namedEventFirst } from './named-event.js'
import { namedFirst } from './named-first.js'
import { nobodysWords, othersOnly, saysNoneOf } from './others-only.js'
import { rangeEnds } from './range-end.js'
import {
  askedNames,
  asksStatement,
  asksWhenSaid,
  type Candidate,
  datesInTense,
  datingNext,
  goesWith,
  isStatementDate,
  promote,
  rankCandidates,
  topicCoverage,
} from './rank.js'
import { ANSWER_THRESHOLD, CITE_THRESHOLD, MIN_TOPIC } from './relevance.js'
import { shareNext } from './share-next.js'
import { shipFirst } from './ship-asked.js'
import { overlaps, type Span } from './span.js'
import { statementWords } from './story-lookup.js'
import { suggestQuestions } from './suggestions.js'
import { topicNameUnwritten } from './topic-names.js'
import { answerSpeaker, topicSpeakerLast } from './topic-speaker.js'
import type { Answer, AnswerBody, Citation } from './types.js'
import { type AnswerContext, type Understood, understand } from './understand.js'
import { actorUnwritten, modifierOfAnswered, neverWritten } from './unknown-name.js'

export type { AnswerContext } from './understand.js'

/** Slack allows 4,000 characters in a message; longer questions are refused with that reason. */
export const MAX_QUESTION_LENGTH = 4000
const MAX_CITATIONS = 3

export function answerQuestion(ctx: AnswerContext, question: string): Answer {
  const text = question.trim()
  if (text.length === 0) return refuse(question, 'The question is empty.')
  if (text.length > MAX_QUESTION_LENGTH)
    return refuse(
      question,
      `The question is ${text.length.toLocaleString('en-GB')} characters long; ask in at most ${MAX_QUESTION_LENGTH.toLocaleString('en-GB')} (Slack's limit), naming the person or event you want.`,
    )
  const u = understand(ctx, text)
  const shape = u.parsed.shape
  if (u.asked?.kind === 'unquoted')
    return {
      question,
      shape,
      answer: null,
      citations: [],
      unquoted: u.asked.name,
      suggestions: suggestQuestions(ctx.lookup.story),
    }
  // a passage without any word naming what the question asks for ("won", "the weather forecast") is about
  // something near it, not about it; nor does a sentence without a number answer "how many", nor a passage that does
  // not say what the question predicates (see `predicate.ts`)
  const all = rankCandidates(ctx, u)
  const ranked = theirsFirst(
    ctx,
    u,
    all.filter((c) => c.focus > -1 && c.features.number > -1 && c.predicate && actedIn(ctx, u, c)),
  )
  namedFirst(ctx, u, ranked)
  topicSpeakerLast(ctx, u, ranked)
  shipFirst(ctx, u, ranked)
  shareNext(ctx, u, all, ranked)
  const said = asksWhenSaid(ctx, u)
  const chosen = preferEventDate(u, ranked, said, (c) => !said && datedToTheDay(ctx, datingNext(ctx, u, c)))
  if (
    !chosen ||
    chosen.p < ANSWER_THRESHOLD ||
    topicCoverage(u, ranked) < MIN_TOPIC ||
    namesUnknown(ctx, u, ranked) ||
    actorUnwritten(ctx.index, u, ranked) ||
    othersOnly(u, chosen) ||
    topicNameUnwritten(ctx, u, chosen) ||
    nobodysWords(u, chosen) ||
    saysNoneOf(u, chosen)
  )
    return {
      question,
      shape,
      answer: null,
      citations: [],
      // the person asked about is quoted, never on this: say so, as for a person never quoted
      ...(u.asked?.kind === 'named' && u.asked.names.length === 1 ? { notQuotedOn: u.asked.names[0] } : {}),
      // asked what a person did whom nobody quotes, and no passage reports it: say they are never quoted
      ...(u.unquotedActor ? { unquoted: u.unquotedActor } : {}),
      suggestions: suggestQuestions(ctx.lookup.story),
    }
  // a paragraph that names the event but dates nothing: the next one may date it, and answers first
  const next = said ? null : datingNext(ctx, u, chosen)
  if (next) ranked.unshift(next)
  const best = next ?? chosen
  const article = ctx.lookup.article(best.hit.article)
  const paragraph = ctx.lookup.paragraph(best.hit.article, best.hit.paragraph)
  if (!article || !paragraph) return { question, shape, answer: null, citations: [], suggestions: [] }
  const body = composeBody(ctx, u, article, best, said, () => datedElsewhere(ctx, u, said, best, ranked))
  const citations = citationsFor(ctx, ranked, body.quote)
  return { question, shape, answer: body.answer, citations }
}

/**
 * "What did X say about Y" asks for X's words: when one of X's statements touches the topic (at least `MIN_TOPIC` of
 * it, in the paragraph or the one it goes on from) and would answer by itself, X's statements come before paragraphs where others speak, though
 * those share more of the question's words ("Investigators said Friday they found a rifle buried near his home" for
 * what a forensics professor said about the rifle). The order among each stays the model's.
 */
function theirsFirst(ctx: AnswerContext, u: Understood, ranked: Candidate[]): Candidate[] {
  // a person described, asked what they did ("How did the Philippine leader react to …"): their own statement or
  // act answers before a paragraph that only shares the topic
  const described = u.asked?.kind === 'described' && u.parsed.slot?.acts !== undefined
  if ((u.parsed.shape !== 'what-said' && !described) || askedNames(u).length === 0) return ranked
  const theirs = ranked.filter((c) => c.features.speaker === 1)
  const onTopic = theirs.some(
    (c) =>
      c.p >= ANSWER_THRESHOLD &&
      (Math.max(c.features.coverage, c.features.context) >= MIN_TOPIC ||
        describedOnArticleTopic(ctx, u, c.hit.article, c.hit.paragraph)),
  )
  return onTopic ? [...theirs, ...ranked.filter((c) => c.features.speaker !== 1)] : ranked
}

/** How far below the best a paragraph stating the date of the event asked about may be, and still answer "when". */
const EVENT_DATE_MARGIN = 0.2

/**
 * For "when did <event> happen": the best paragraph, unless it states no date that goes with the question's words and
 * one nearly as good does in its answering sentence ("Kasich suspended his presidential campaign Wednesday evening"
 * over "Trump welcomed the news that Kasich would quit"; "Iraq's invasion of Kuwait on Aug. 2" over "Iraq said it
 * invaded Kuwait"), or names the event and is dated to the day by the next paragraph (`datingNext`: "The murder of Dr.
 * Slepian is …" / "… the bullet that tore through his kitchen window Friday night"); that one then comes first. A paragraph
 * whose only dates are those of statements ("officials said on Wednesday that Iraq invaded Kuwait") yields to any
 * that dates the event: the saying is not the event. For "when did X say / write …" the date of a statement is its
 * own, and a statement that dates nothing the question names yields only to one nearly as good ("Baker wrote the
 * letter Feb. 2" over another speaker's "told The Associated Press on Monday").
 */
function preferEventDate(
  u: Understood,
  ranked: Candidate[],
  said: boolean,
  datedNext: (c: Candidate) => boolean,
): Candidate | undefined {
  const best = ranked[0]
  if (!best || u.parsed.shape !== 'when') return best
  if (best.paragraphEventDate) return namedEventFirst(ranked, EVENT_DATE_MARGIN) ?? best
  // a statement's date ("said on Saturday") dates the saying, not the event: any paragraph that dates the event answers
  const saying = best.statementDatesOnly && !said
  // else one nearly as good, about the event of the question's names ("killed last year" dates another killing than
  // Slepian's)
  const i = ranked.findIndex(
    (c) =>
      c.p >= ANSWER_THRESHOLD &&
      (saying || (c.p >= best.p - EVENT_DATE_MARGIN && c.features.names >= best.features.names)) &&
      (c.eventDate || datedNext(c)),
  )
  return promote(ranked, i) ?? best
}

/** Whether a paragraph's answering sentence gives a day ("Friday night"), not only a year or a month. */
const datedToTheDay = (ctx: AnswerContext, c: Candidate | null): boolean =>
  c !== null &&
  ctx.lookup.dates(c.hit.article, c.hit.paragraph).some((d) => d.granularity === 'day' && overlaps(d, c.sentence))

/**
 * Whether the question is about something the coverage never names: a name in it (other than the speaker's) that no
 * paragraph uses, even misspelt or through a synonym ("What is the capital of Australia?").
 */
function namesUnknown(ctx: AnswerContext, u: Understood, ranked: readonly Candidate[]): boolean {
  // a name describing the speaker ("the Oklahoma governor") may be written otherwise ("R-OK"): it is not the topic
  const audience = audienceStems(u)
  return u.terms.some(
    (t) =>
      !onlyInSlot(u.parsed, t.stem) &&
      !audience.has(t.stem) &&
      neverWritten(ctx.index, u, ranked, t.stem) &&
      !modifierOfAnswered(u, t.stem, ranked[0]),
  )
}

function refuse(question: string, reason: string): Answer {
  return { question, answer: null, citations: [], refused: reason }
}

const distance = (a: Span, b: Span) =>
  overlaps(a, b) ? 0 : Math.min(Math.abs(a.start - b.end), Math.abs(b.start - a.end))

function composeBody(
  ctx: AnswerContext,
  u: Understood,
  article: Article,
  best: Candidate,
  said: boolean,
  elsewhere: () => readonly DatedPassage[],
): { answer: AnswerBody; quote: Quote | null } {
  const n = best.hit.paragraph
  const text = ctx.lookup.paragraph(article.id, n)?.text ?? ''
  const quotes = ctx.lookup.quotes(article.id, n)
  const sentence = best.sentence
  const quote = pickQuote(u, quotes, sentence, best.spans)
  const dates = ctx.lookup.dates(article.id, n)
  const { date, dateBasis } = pickDate(
    u,
    said,
    article,
    text,
    dates,
    sentence,
    best.spans,
    quote,
    elsewhere,
    ctx.lexicon,
  )
  const speaker = answerSpeaker(ctx, u, best, quote) ?? actorIn(ctx, u, best) ?? null
  const role = speaker ? (ctx.lookup.speakers.find((s) => s.name === speaker)?.role ?? quote?.role ?? null) : null
  return { answer: { text: text.slice(sentence.start, sentence.end).trim(), speaker, role, date, dateBasis }, quote }
}

/**
 * The statement in the answering sentence, by the quote analysis: the asked speaker's, else the one holding most of
 * the question's matches, else any with a speaker. "Who is X" asks about a person: only words X is quoted saying
 * count there.
 */
function pickQuote(u: Understood, quotes: readonly Quote[], sentence: Span, spans: readonly Span[]): Quote | null {
  const names = askedNames(u)
  const inSentence = quotes.filter(
    (q) => overlaps(q, sentence) && q.speaker !== null && (u.parsed.shape !== 'who-is' || q.kind === 'direct'),
  )
  const theirs = inSentence.filter((q) => names.includes(q.speaker ?? ''))
  // a statement asked for, in a sentence the analysis did not mark, of a paragraph where one person speaks
  const speakers = new Set(quotes.map((q) => q.speaker))
  const paragraphs = asksStatement(u) && speakers.size === 1 && !speakers.has(null) ? quotes.slice(0, 1) : []
  const pool = theirs.length ? theirs : inSentence.length ? inSentence : paragraphs
  let best: Quote | null = null
  let bestScore = -1
  for (const q of pool) {
    const score = spans.filter((sp) => overlaps(sp, q)).length
    if (score > bestScore) {
      best = q
      bestScore = score
    }
  }
  return names.length || !best ? best : innerReported(best, pool, spans)
}

/**
 * A statement reported inside another ("One of Bush's sons has informed Sununu that he has lost …, Republican sources
 * said"): when the question's words that the outer statement holds beyond the inner one all stand before it, they
 * are the inner statement's own speaker and verb ("Who told Sununu …"), and the inner statement is the one asked
 * about. A question naming the outer speaker ("According to Yeltsin's spokesman, …") never comes here.
 */
function innerReported(outer: Quote, pool: readonly Quote[], spans: readonly Span[]): Quote {
  for (const inner of pool) {
    if (inner === outer || inner.start < outer.start || inner.end > outer.end || inner.speaker === outer.speaker)
      continue
    const extra = spans.filter((sp) => overlaps(sp, outer) && !overlaps(sp, inner))
    if (extra.length && extra.every((sp) => sp.end <= inner.start && sp.start >= outer.start)) return inner
  }
  return outer
}

/** How much more a word of the question pulls a date that goes with it (see `goesWith`). */
const GOING_WITH_PULL = 3
/** A date to the day pulls this much more than a week, month or year. */
const DAY_PULL = 1.2

function pickDate(
  u: Understood,
  said: boolean,
  article: Article,
  text: string,
  dates: readonly DateMention[],
  sentence: Span,
  spans: Candidate['spans'],
  quote: Quote | null,
  elsewhere: () => readonly DatedPassage[],
  lexicon: Lexicon | undefined,
): Pick<AnswerBody, 'date' | 'dateBasis'> {
  // the date closest to the question's matched words, the rarer words pulling harder
  const nearest = (candidates: readonly DateMention[]) => {
    let best: DateMention | null = null
    let bestPull = Number.NEGATIVE_INFINITY
    for (const d of candidates) {
      let pull = 0
      for (const sp of spans) {
        // a date goes with the words a few before it or right after it ("ended on Friday", "Friday's talks"):
        // when those are the question's, it is the date of the event asked about
        pull += (sp.weight * (goesWith(text, d, sp) ? GOING_WITH_PULL : 1)) / (1 + distance(sp, d) / 20)
      }
      // a day says more than a week or a month about when something happened
      if (d.granularity === 'day') pull *= DAY_PULL
      if (pull > bestPull) {
        best = d
        bestPull = pull
      }
    }
    return best
  }
  const inSentence = dates.filter((d) => overlaps(d, sentence))
  if (u.parsed.shape === 'when') {
    // in the answering sentence first; the date of the event reported before that of the statement reporting it,
    // unless the question asks when something was said
    const tensed = datesInTense(u, article, dates)
    const event = tensed.filter((x) => isStatementDate(text, x, spans) === said)
    const inside = (list: readonly DateMention[]) => list.filter((x) => overlaps(x, sentence))
    const d =
      nearest(datesOfAct(u, text, spans, inside(tensed))) ??
      nearest(said ? [] : datesOfFinalVerb(u, lexicon, text, sentence, inside(tensed))) ??
      nearest(rangeEnds(u, text, inside(tensed))) ??
      nearest(inside(event)) ??
      (said && event.length === 0 ? statementDayBelow(text, sentence, inside(tensed), elsewhere) : null) ??
      nearest(inside(tensed)) ??
      nearest(event) ??
      nearest(tensed)
    if (d)
      return {
        date: (toTheDay(d, () => [{ text, dates: event, spans }, ...elsewhere()]) ?? d).value,
        dateBasis: 'stated',
      }
  }
  if (quote?.said) return { date: quote.said, dateBasis: 'stated' }
  if (!quote) {
    const d = nearest(inSentence.filter((x) => x.granularity === 'day'))
    if (d) return { date: d.value, dateBasis: 'stated' }
  }
  return { date: article.localDate, dateBasis: 'published' }
}

function citation(ctx: AnswerContext, article: string, n: number): Citation | null {
  const a = ctx.lookup.article(article)
  const p = ctx.lookup.paragraph(article, n)
  if (!a || !p) return null
  return { article, paragraph: n, text: p.text, source: a.source, title: a.title, published: a.published, url: a.url }
}

/** Up to three passages, best first; where another outlet reports the same statement, it is cited too. */
function citationsFor(ctx: AnswerContext, ranked: readonly Candidate[], quote: Quote | null): Citation[] {
  const ids: [string, number][] = []
  const add = (article: string, n: number) => {
    if (!ids.some(([a, p]) => a === article && p === n)) ids.push([article, n])
  }
  const first = ranked[0]
  if (first) add(first.hit.article, first.hit.paragraph)
  const twin = quote ? sameStatementElsewhere(ctx, quote) : null
  if (twin) add(twin.article, twin.paragraph)
  for (const r of ranked.slice(1)) if (r.p >= CITE_THRESHOLD) add(r.hit.article, r.hit.paragraph)
  return ids
    .slice(0, MAX_CITATIONS)
    .map(([a, n]) => citation(ctx, a, n))
    .filter((c): c is Citation => c !== null)
}

/** The same statement by the same speaker reported in another article (most shared words). */
function sameStatementElsewhere(ctx: AnswerContext, quote: Quote): Quote | null {
  if (!quote.speaker) return null
  const mine = statementWords(quote.text)
  // the same statement reported elsewhere keeps at least one of its three longest words (a quick first look)
  const longest = [...mine].sort((a, b) => b.length - a.length).slice(0, 3)
  let best: Quote | null = null
  let bestShare = 0.5
  for (const { quote: q, words: theirs } of ctx.lookup.statementsBy(quote.speaker)) {
    if (q.article === quote.article || !longest.some((w) => theirs.has(w))) continue
    let shared = 0
    for (const w of mine) if (theirs.has(w)) shared++
    const share = shared / Math.max(1, Math.min(mine.size, theirs.size))
    if (share > bestShare) {
      best = q
      bestShare = share
    }
  }
  return best
}
