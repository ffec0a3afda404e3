/**
 * A "when" answer told to the day: a year, a month or a week made precise by the one day within it that the article
 * gives in a sentence with the question's words, in the answering paragraph ("kidnapped … almost two years ago" / "his
 * capture on March 26, 1996") or in another that answers the question, as news dates an event loosely in its lead and
 * exactly further down ("Bill Clinton said this week at an event in Wyoming" / "Bill Clinton said Monday in
 * Cheyenne"). A reporter wants a calendar day, not "2016-W14".
 */

import { dayWithin } from '../story/dates/within.js'
import { splitSentences } from '../story/sentences.js'
import type { DateMention } from '../story/types.js'
import { type Candidate, datesInTense, isStatementDate } from './rank.js'
import { CITE_THRESHOLD } from './relevance.js'
import { overlaps, type Span } from './span.js'
import type { AnswerContext, Understood } from './understand.js'

/**
 * A paragraph's text, the dates of it that may be the one asked for, and where the question's words are; `other` when
 * it is of another article than the answer's.
 */
export type DatedPassage = {
  text: string
  dates: readonly DateMention[]
  spans: readonly Span[]
  other?: boolean
  /** Whether the person the question asks about speaks in the paragraph. */
  speaks?: boolean
}

/**
 * The one day within `d` that the passages give with the question's words: those of the answer's article first, then
 * those of the other articles that answer the question ("dropped her own presidential bid in early February" / in
 * another outlet, "ended her own bid for the nomination Feb. 10"); null when there is none or more than one.
 */
export function toTheDay(d: DateMention, read: () => readonly DatedPassage[]): DateMention | null {
  if (d.granularity === 'day') return null
  // the passages are read only for a date that is not a day already
  const passages = read()
  const own = passages.filter((p) => !p.other)
  const others = passages.filter((p) => p.other)
  return dayAmong(d, own) ?? dayAmong(d, others)
}

/**
 * For "when did X say …", when the answering paragraph dates no statement and its sentence's dates all stand in a
 * relative clause, dating what was said about ("weighed in on allegations against Trump's campaign manager, who
 * allegedly assaulted a reporter last week"): the one day that another paragraph of the same article answering the
 * question, where X speaks, gives the statement ("Cruz said Monday"), as news reports a statement in its lead and dates
 * it further down; null otherwise, or when those paragraphs give more than one day.
 */
export function statementDayBelow(
  text: string,
  sentence: Span,
  sentenceDates: readonly DateMention[],
  read: () => readonly DatedPassage[],
): DateMention | null {
  if (!sentenceDates.length || !sentenceDates.every((d) => inRelativeClause(text, d, sentence))) return null
  const days = new Map<string, DateMention>()
  for (const p of read())
    if (!p.other && p.speaks) for (const x of p.dates) if (x.granularity === 'day') days.set(x.value, x)
  const [only, ...more] = days.values()
  return more.length ? null : (only ?? null)
}

/** A relative clause opened after a comma and not closed before the date ("…, who allegedly assaulted … last week"). */
const OPEN_RELATIVE = /,\s+(?:who|which|whose|whom|where)\b[^,;:—–()]*$/i

/** Whether a date of a sentence stands in a relative clause: it dates what the clause says, not the main verb. */
const inRelativeClause = (text: string, d: Span, sentence: Span): boolean =>
  OPEN_RELATIVE.test(text.slice(sentence.start, d.start))

function dayAmong(d: DateMention, passages: readonly DatedPassage[]): DateMention | null {
  const days = new Map<string, DateMention>()
  for (const { text, dates, spans } of passages) {
    const sentences = splitSentences(text)
    const withWords = (x: Span) =>
      sentences.some((s) => overlaps(s, x) && spans.some((sp) => s.start <= sp.start && sp.end <= s.end))
    for (const x of dates) if (dayWithin(x.value, d.value) && withWords(x) && !days.has(x.value)) days.set(x.value, x)
  }
  const [only, ...more] = days.values()
  return more.length ? null : (only ?? null)
}

/**
 * The other paragraphs that answer the question well enough to be cited, of the answering article and of others, with
 * their dates of the kind asked (the statement's date for "when did X say …", else the event's).
 */
export function datedElsewhere(
  ctx: AnswerContext,
  u: Understood,
  said: boolean,
  best: Candidate,
  ranked: readonly Candidate[],
): DatedPassage[] {
  if (u.parsed.shape !== 'when') return []
  return ranked
    .filter((c) => c.hit.id !== best.hit.id && c.p >= CITE_THRESHOLD)
    .flatMap((c) => {
      const article = ctx.lookup.article(c.hit.article)
      if (!article) return []
      const text = ctx.lookup.paragraph(article.id, c.hit.paragraph)?.text ?? ''
      const dates = datesInTense(u, article, ctx.lookup.dates(article.id, c.hit.paragraph)).filter(
        (x) => isStatementDate(text, x, c.spans) === said,
      )
      return [{ text, dates, spans: c.spans, other: article.id !== best.hit.article, speaks: c.features.speaker === 1 }]
    })
}
