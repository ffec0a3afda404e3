/**
 * Question → Answer: search the paragraphs, keep only those that really answer, pick the sentence that answers
 * (verbatim), name who said it and when, and cite up to three passages, best first.
 */

import { editDistanceAtMost } from '../search/edit-distance.js'
import { paragraphId } from '../search/paragraph-docs.js'
import { type ParsedQuestion, parseQuestion } from '../search/parse-question.js'
import type { Hit, StoryIndex } from '../search/story-index.js'
import { synonymTerms } from '../search/synonyms.js'
import { stemToken, tokenSpans } from '../search/text-terms.js'
import { periodStart } from '../story/calendar-value.js'
import { splitSentences } from '../story/sentences.js'
import type { Article, DateMention, Quote } from '../story/types.js'
import { relevance, termWeight } from './relevance.js'
import { type StoryLookup, statementWords } from './story-lookup.js'
import { suggestQuestions } from './suggestions.js'
import type { Answer, AnswerBody, Citation } from './types.js'

/** Slack allows 4,000 characters in a message; longer questions are refused with that reason. */
export const MAX_QUESTION_LENGTH = 4000
const MAX_CITATIONS = 3
/** How many ranked paragraphs are considered. */
const CANDIDATES = 30

export type AnswerContext = { lookup: StoryLookup; index: StoryIndex }

type Ranked = { hit: Hit; rank: number }
type Span = { start: number; end: number }
/** Where a question term matched, and how much that match weighs. */
type Match = Span & { weight: number }

export function answerQuestion(ctx: AnswerContext, question: string): Answer {
  const text = question.trim()
  if (text.length === 0) return refuse(question, 'The question is empty.')
  if (text.length > MAX_QUESTION_LENGTH)
    return refuse(
      question,
      `The question is ${text.length.toLocaleString('en-GB')} characters long; ask in at most ${MAX_QUESTION_LENGTH.toLocaleString('en-GB')} (Slack's limit), naming the person or event you want.`,
    )
  const parsed = parseQuestion(text, ctx.lookup.speakerNames, (word) => !usedInLowerCase(ctx, word))
  const ranked = rank(ctx, parsed)
  const best = ranked[0]
  if (!best) return { question, answer: null, citations: [], suggestions: suggestQuestions(ctx.lookup.story) }
  const article = ctx.lookup.article(best.hit.article)
  const paragraph = ctx.lookup.paragraph(best.hit.article, best.hit.paragraph)
  if (!article || !paragraph) return { question, answer: null, citations: [], suggestions: [] }
  const body = composeBody(ctx, parsed, article, best.hit.paragraph, paragraph.text)
  const citations = citationsFor(ctx, ranked, body.quote)
  return { question, answer: body.answer, citations }
}

function refuse(question: string, reason: string): Answer {
  return { question, answer: null, citations: [], refused: reason }
}

/** Paragraphs that answer the question, best first. The named speaker filters; if that finds nothing, it searches. */
function rank(ctx: AnswerContext, parsed: ParsedQuestion): Ranked[] {
  const { index } = ctx
  const speaker = parsed.speaker
  let hits: Hit[] = []
  if (speaker) {
    const filter = speakerParagraphFilter(ctx, speaker)
    hits = parsed.terms.length
      ? index.query(parsed.terms, filter).slice(0, CANDIDATES)
      : speakerParagraphs(ctx, speaker)
  }
  const withoutFilter = hits.length === 0 && parsed.terms.length > 0
  if (withoutFilter) {
    const named = speaker ? [...parsed.terms, ...speakerTerms(speaker)] : parsed.terms
    hits = index.query(named).slice(0, CANDIDATES)
  }
  const question = withoutFilter && speaker ? { ...parsed, speaker: null } : parsed
  return hits
    .map((hit) => ({ hit, rel: relevance(hit, question, index) }))
    .filter((r) => r.rel.ok)
    .map((r) => ({
      hit: r.hit,
      rank: r.hit.score * (0.5 + r.rel.coverage) * dateBoost(ctx, parsed, r.hit) * speakerBoost(ctx, question, r.hit),
    }))
    .sort((a, b) => b.rank - a.rank)
}

/** A question naming a speaker prefers passages where they speak over passages that only mention them. */
const speakerBoost = (ctx: AnswerContext, parsed: ParsedQuestion, hit: Hit): number =>
  parsed.speaker && ctx.lookup.quotes(hit.article, hit.paragraph).some((q) => q.speaker === parsed.speaker) ? 2 : 1

/** "When" questions prefer passages that state a date in the tense asked about. */
function dateBoost(ctx: AnswerContext, parsed: ParsedQuestion, hit: Hit): number {
  if (parsed.shape !== 'when') return 1
  const article = ctx.lookup.article(hit.article)
  if (!article) return 1
  return datesInTense(parsed, article, ctx.lookup.dates(hit.article, hit.paragraph)).length > 0 ? 1.5 : 1
}

/** "When was ..." asks about the past of the article, "when will ..." about its future. */
function datesInTense(parsed: ParsedQuestion, article: Article, dates: readonly DateMention[]): readonly DateMention[] {
  const q = parsed.text.toLowerCase()
  const past = /^when\s+(?:was|were|did|had)\b/.test(q)
  const future =
    /^when\s+(?:will|is|are|does|do)\b.*\b(?:next|resume|again|coming|upcoming|future)\b|^when\s+will\b/.test(q)
  if (past) return dates.filter((d) => periodStart(d.value) <= article.localDate)
  if (future) return dates.filter((d) => periodStart(d.value) >= article.localDate.slice(0, 8))
  return dates
}

function speakerTerms(speaker: string) {
  return speaker
    .split(/\s+/)
    .map((w) => stemToken(w))
    .filter((s): s is string => s !== null)
    .map((stem) => ({ stem, synonyms: synonymTerms(stem) }))
}

/**
 * Whether the story uses a word in lower case, i.e. as a common word ("talks"), and not only as a name: the first
 * paragraphs holding it are looked at for the word written that way.
 */
function usedInLowerCase(ctx: AnswerContext, word: string): boolean {
  const stem = stemToken(word)
  if (stem === null) return true
  const written = new RegExp(`(?<![\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u')
  for (const id of ctx.index.paragraphsWith(stem, 50)) {
    const at = id.lastIndexOf('#')
    if (written.test(ctx.lookup.paragraph(id.slice(0, at), Number(id.slice(at + 1)))?.text ?? '')) return true
  }
  return false
}

/** The paragraphs a named speaker's filter lets through: where they speak, or where their surname stands. */
function speakerParagraphFilter(ctx: AnswerContext, speaker: string): (id: string) => boolean {
  const surname = stemToken(tokenSpans(speaker).pop()?.token ?? speaker)
  const named = surname === null ? new Set<string>() : ctx.index.paragraphsWith(surname)
  for (const { quote: q } of ctx.lookup.statementsBy(speaker)) named.add(paragraphId(q.article, q.paragraph))
  return (id) => named.has(id)
}

/** Paragraphs quoting the speaker, newest article first (for "what did X say?" with no topic). */
function speakerParagraphs(ctx: AnswerContext, speaker: string): Hit[] {
  const seen = new Set<string>()
  const quotes = ctx.lookup.statementsBy(speaker).map((s) => s.quote)
  const out: Hit[] = []
  for (const q of quotes) {
    const id = `${q.article}#${q.paragraph}`
    if (seen.has(id)) continue
    seen.add(id)
    out.push({
      id,
      article: q.article,
      paragraph: q.paragraph,
      score: 1 / (1 + out.length),
      matched: new Set(),
      exact: new Set(),
    })
  }
  return out
}

/** How well a piece of text matches the question's terms (weighted; fuzzy and synonym matches count less). */
function matchWeight(ctx: AnswerContext, parsed: ParsedQuestion, text: string): { weight: number; spans: Match[] } {
  const tokens = tokenSpans(text)
    .map((t) => ({ ...t, stem: stemToken(t.token) }))
    .filter((t): t is typeof t & { stem: string } => t.stem !== null)
  let weight = 0
  const spans: Match[] = []
  for (const term of parsed.terms) {
    const w = termWeight(term.stem, ctx.index, parsed.names.has(term.stem))
    let found = 0
    for (const t of tokens) {
      let m = 0
      if (t.stem === term.stem) m = 1
      else if (term.stem.length >= 5 && editDistanceAtMost(t.stem, term.stem, term.stem.length >= 8 ? 2 : 1)) m = 0.8
      else if (term.synonyms.length && synonymTerms(t.stem).some((s) => term.synonyms.includes(s))) m = 0.6
      if (m > 0) spans.push({ start: t.start, end: t.end, weight: w * m })
      found = Math.max(found, m)
    }
    weight += w * found
  }
  return { weight, spans }
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end
const distance = (a: Span, b: Span) =>
  overlaps(a, b) ? 0 : Math.min(Math.abs(a.start - b.end), Math.abs(b.start - a.end))

function composeBody(
  ctx: AnswerContext,
  parsed: ParsedQuestion,
  article: Article,
  n: number,
  text: string,
): { answer: AnswerBody; quote: Quote | null } {
  const quotes = ctx.lookup.quotes(article.id, n)
  const sentences = splitSentences(text)
  // the sentence that answers: most of the question's weight; a quote of the named speaker counts too
  let best = sentences[0] ?? { text, start: 0, end: text.length }
  let bestScore = -1
  let bestSpans: Match[] = []
  for (const s of sentences) {
    const m = matchWeight(ctx, parsed, s.text)
    const bySpeaker = parsed.speaker && quotes.some((q) => q.speaker === parsed.speaker && overlaps(q, s)) ? 1.5 : 0
    const score = m.weight + bySpeaker
    if (score > bestScore) {
      best = s
      bestScore = score
      bestSpans = m.spans.map((sp) => ({ ...sp, start: sp.start + s.start, end: sp.end + s.start }))
    }
  }
  const quote = pickQuote(ctx, parsed, quotes, best, bestSpans)
  const { date, dateBasis } = pickDate(parsed, article, ctx.lookup.dates(article.id, n), best, bestSpans, quote)
  const speaker = quote?.speaker ?? null
  const role = speaker ? (ctx.lookup.speakers.find((s) => s.name === speaker)?.role ?? quote?.role ?? null) : null
  return { answer: { text: best.text, speaker, role, date, dateBasis }, quote }
}

/** The statement in the sentence that the question is about: the named speaker's, or the one holding the matches. */
function pickQuote(
  ctx: AnswerContext,
  parsed: ParsedQuestion,
  quotes: readonly Quote[],
  sentence: Span,
  spans: Span[],
): Quote | null {
  // the named speaker's statements only; "who is X" asks about a person, so only words X is quoted saying count
  const inSentence = quotes.filter(
    (q) =>
      overlaps(q, sentence) &&
      (!parsed.speaker || q.speaker === parsed.speaker) &&
      (parsed.shape !== 'who-is' || q.kind === 'direct'),
  )
  let best: Quote | null = null
  let bestScore = 0
  for (const q of inSentence) {
    const inside = spans.filter((sp) => overlaps(sp, q)).length
    let score = inside > 0 ? inside + (q.speaker ? 0.1 : 0) : 0
    if (parsed.shape === 'who-said') score += matchWeight(ctx, parsed, q.text ?? '').weight
    if (score > bestScore) {
      best = q
      bestScore = score
    }
  }
  if (best) return best
  // "what did X say" / "who said": the sentence's statement even when the matched words are outside it
  if (parsed.shape === 'what-said' || parsed.shape === 'who-said') return inSentence.find((q) => q.speaker) ?? null
  return null
}

function pickDate(
  parsed: ParsedQuestion,
  article: Article,
  dates: readonly DateMention[],
  sentence: Span,
  spans: Match[],
  quote: Quote | null,
): Pick<AnswerBody, 'date' | 'dateBasis'> {
  // the date closest to the question's matched words, the rarer words pulling harder
  const nearest = (candidates: readonly DateMention[]) => {
    let best: DateMention | null = null
    let bestPull = Number.NEGATIVE_INFINITY
    for (const d of candidates) {
      let pull = 0
      for (const sp of spans) pull += sp.weight / (1 + distance(sp, d) / 20)
      if (pull > bestPull) {
        best = d
        bestPull = pull
      }
    }
    return best
  }
  const inSentence = dates.filter((d) => overlaps(d, sentence))
  if (parsed.shape === 'when') {
    const tensed = datesInTense(parsed, article, dates)
    const d = nearest(tensed.filter((x) => overlaps(x, sentence))) ?? nearest(tensed)
    if (d) return { date: d.value, dateBasis: 'stated' }
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
function citationsFor(ctx: AnswerContext, ranked: Ranked[], quote: Quote | null): Citation[] {
  const ids: [string, number][] = []
  const add = (article: string, n: number) => {
    if (!ids.some(([a, p]) => a === article && p === n)) ids.push([article, n])
  }
  const first = ranked[0]
  if (first) add(first.hit.article, first.hit.paragraph)
  const twin = quote ? sameStatementElsewhere(ctx, quote) : null
  if (twin) add(twin.article, twin.paragraph)
  for (const r of ranked.slice(1)) add(r.hit.article, r.hit.paragraph)
  return ids
    .slice(0, MAX_CITATIONS)
    .map(([a, n]) => citation(ctx, a, n))
    .filter((c): c is Citation => c !== null)
}

/** The same statement by the same speaker reported in another article (most shared words). */
function sameStatementElsewhere(ctx: AnswerContext, quote: Quote): Quote | null {
  if (!quote.speaker) return null
  const mine = statementWords(quote.text)
  let best: Quote | null = null
  let bestShare = 0.5
  for (const { quote: q, words: theirs } of ctx.lookup.statementsBy(quote.speaker)) {
    if (q.article === quote.article) continue
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
