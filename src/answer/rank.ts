/**
 * The paragraphs that might answer a question, each with the sentence that would be the answer, the features the
 * relevance model reads (see `relevance.ts`) and the model's probability, best first. Captions, credits and bylines
 * are never candidates.
 */

import { editDistanceAtMost } from '../search/edit-distance.js'
import { cachedIndexTerms, paragraphId } from '../search/paragraph-docs.js'
import { onlyInSlot, WHAT_DATE } from '../search/parse-question.js'
import { SAY_VERB } from '../search/speaker-slot.js'
import type { Hit, QueryTerm } from '../search/story-index.js'
import { stemToken, tokenSpans } from '../search/text-terms.js'
import { periodStart } from '../story/calendar-value.js'
import { looksLikePersonName } from '../story/quotes/mentions.js'
import { splitSentences } from '../story/sentences.js'
import type { Article, DateMention, Paragraph } from '../story/types.js'
import { audienceStems } from './addressee.js'
import { asksCharacterization, characterizes } from './characterize.js'
import { countedStems, counts, numbersIn, writtenNumbers } from './counted.js'
import { covered } from './covered.js'
import { inBestRun } from './long-paragraph.js'
import { afterDateline, isFurniture } from './passage-kind.js'
import { focusForms, meetsPredicate, type Passage, possessiveSubject } from './predicate.js'
import { asksEnd } from './range-end.js'
import { type Features, probability, termWeight } from './relevance.js'
import { mainClause, sayingPhrasal } from './saying-verb.js'
import { overlaps, type Span } from './span.js'
import type { AnswerContext, Understood } from './understand.js'

/** A number, in figures or words: what a "how many / how much" question asks for. */
const NUMBER =
  /\p{N}|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?|millions?|billions?|half|quarter|third)\b/iu

/** What a match in the paragraph before counts for, beside one in the paragraph itself. */
const BEFORE_WEIGHT = 0.5

/** How many of the paragraphs found are read closely (the rest match less of the question by the search's account). */
const READ_CLOSELY = 20
const READ_UNMATCHED = 10

/** The share of the question's weight a statement counts for in answering a yes/no question about someone. */
const STATEMENT_SHARE = 0.25

/** How many ranked paragraphs are considered. */
export const CANDIDATES = 30

/** Where a question term matched, and how much that match weighs. */
export type Match = Span & { weight: number }
/** A match of one question term (its stem). */
type TermMatch = Match & { term: string }

export type Candidate = {
  hit: Hit
  /** The sentence that answers (offsets in the paragraph), and the question's matches in the paragraph. */
  sentence: Span
  spans: TermMatch[]
  features: Features
  p: number
  /**
   * How much of what the question asks for the paragraph (or the one before) names: -1 (none) to 1 (all); 0 when
   * the question names nothing it asks for.
   */
  focus: number
  /** Whether the passage meets what the question predicates (see `predicate.ts`). */
  predicate: boolean
  /** For a "when" question: whether the answering sentence states a date that goes with the question's words. */
  eventDate: boolean
  /** For a "when" question: whether the paragraph states, in any sentence, a date that goes with the question's words. */
  paragraphEventDate: boolean
  /** For a "when" question: whether every date the paragraph states is that of a statement ("said on Friday"). */
  statementDatesOnly: boolean
}

/** A question about a plan, a schedule or a deadline: "due to", "scheduled to", "supposed to" (and see `asksEnd`). */
const PLAN = /\b(?:due|scheduled|slated|set|supposed|expected|planned|planning|going)\s+to\b|\bdeadline\b/

/** "When" questions ask about the past of the article ("when was …") or its future ("when will …"). */
export function datesInTense(u: Understood, article: Article, dates: readonly DateMention[]): readonly DateMention[] {
  const asked = u.parsed.text.toLowerCase()
  // a plan or a deadline may lie after the article, whatever the tense ("When was the team due to leave?", "By what
  // date did the agency order him returned?")
  if (asksEnd(asked) || PLAN.test(asked)) return dates
  // "on what date were …" asks as "when were …" does
  const q = asked.replace(WHAT_DATE, 'when')
  const past = /^when\s+(?:was|were|did|had)\b/.test(q)
  const future =
    /^when\s+(?:will|is|are|does|do)\b.*\b(?:next|resume|again|coming|upcoming|future)\b|^when\s+will\b/.test(q)
  if (past) return dates.filter((d) => periodStart(d.value) <= article.localDate)
  if (future) return dates.filter((d) => periodStart(d.value) >= article.localDate.slice(0, 8))
  return dates
}

/** A verb of saying just before a date: the date of the statement ("said Thursday"), not of the event reported. */
const SAID_ON =
  /\b(?:said|says|told|tells|announced|reported|added|stated|declared|confirmed|wrote|tweeted)\b[^,.;:!?“”"]{0,30}$/i

/**
 * Whether a date is that of a statement ("said Thursday") rather than of what the statement reports; not when the
 * question's words stand between the verb and the date ("told Al Jazeera on Saturday", asked when he gave Al
 * Jazeera the interview).
 */
export function isStatementDate(text: string, d: DateMention, matches: readonly Span[]): boolean {
  const from = Math.max(0, d.start - 60)
  const said = SAID_ON.exec(text.slice(from, d.start))
  return said !== null && !matches.some((m) => m.start >= from + said.index && m.end <= d.start)
}

/**
 * How many words, past prepositions and articles, may stand between a date and the question's word it goes with
 * ("held in Oman on Friday").
 */
const DATE_WORD_GAP = 4

/**
 * Whether a date goes with a word of the question: a few words after it in the same sentence ("suspended his
 * presidential campaign Wednesday", "the invasion of Kuwait on Aug. 2"), or right before it ("Friday's talks"), so
 * that it is the date of what the question asks about rather than of something else the sentence says.
 */
export function goesWith(text: string, d: Span, match: Span): boolean {
  if (d.start < match.end && d.end > match.start) return false
  const after = d.start >= match.end
  const between = after ? text.slice(match.end, d.start) : text.slice(d.end, match.start).replace(/^['’]s\b/, '')
  // not across a sentence's parts, nor a relative clause with a verb of its own ("the strike, which began on March 3")
  if (/[.!?;:]/.test(between) || /\b(?:which|who|that|when|while|after|before)\b/i.test(between)) return false
  // a date before the words goes with them only right before ("Friday's talks"), or with an adverb between, as wire
  // news dates its verb ("The Cypriot government Saturday strongly condemned …"); not "on Saturday about the talks"
  // nor "began on March 3, ended on Friday"
  if (!after && !/^\s*(?:\p{L}+ly\s+)?$/u.test(between) && !datesNounPhrase(text, d, between)) return false
  // a date after an article modifies the noun after it ("in the 1995 shooting", "the Dec. 28 meeting"), no word before
  if (after && /\b(?:the|a|an)\s+$/i.test(text.slice(Math.max(0, d.start - 4), d.start))) return false
  // prepositions and articles do not count: the date goes with the verb across its phrases ("sent into space on board
  // the Soyuz 36 on May 26, 1980")
  return (between.match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !SMALL_WORD.test(w)).length <= DATE_WORD_GAP
}

/**
 * A date set before a noun as its modifier ("The Friday explosions at U.S. embassies", "Tuesday's attack on the
 * base", "the Aug. 7 bombings of the embassies") dates that noun and the phrases after it, which say what or where it
 * was: the words between are the noun (one or two words) and a preposition.
 */
function datesNounPhrase(text: string, d: Span, between: string): boolean {
  const attributive =
    /\b(?:the|a|an|this|last|its|their|his|her)\s+$/i.test(text.slice(Math.max(0, d.start - 6), d.start)) ||
    /^['’]s\b/.test(text.slice(d.end))
  return (
    attributive &&
    /^\s*\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*)?\s+(?:of|at|on|in|against|near|outside|inside)\s/u.test(between)
  )
}

/** Prepositions and articles, which carry the words between a verb and its date without counting. */
const SMALL_WORD = /^(?:a|an|the|of|on|in|into|onto|at|to|for|from|with|by|aboard)$/i

/**
 * How much of the question the best candidate covers, with the paragraph before it, which a statement often goes
 * on from ("… these young people," the Kentucky Republican said, after a paragraph naming the students); 1 for a
 * question with nothing to search but a speaker.
 */
export const topicCoverage = (u: Understood, ranked: readonly Candidate[]): number =>
  u.terms.length ? Math.max(0, ...ranked.map((c) => Math.max(c.features.coverage, c.features.context))) : 1

/** Whether the question asks for somebody's words. */
export const asksStatement = (u: Understood): boolean =>
  u.parsed.shape === 'who-said' || u.parsed.shape === 'what-said' || (u.asked !== null && u.asked.kind !== 'unquoted')

/**
 * Whether a "when" question asks when something was said: it asks for somebody's words, or its verb is one of saying
 * ("When did Adelson disclose that he had met Trump?", "When did the agency announce the reward?"), whose date is
 * that of the statement ("said on Friday"), not of what it reports.
 */
export function asksWhenSaid(ctx: AnswerContext, u: Understood): boolean {
  if (asksStatement(u)) return true
  if (u.parsed.shape !== 'when') return false
  let found = saidAsked.get(u)
  if (found === undefined) {
    const lexicon = ctx.lexicon
    const words = mainClause(tokenSpans(u.parsed.text))
    found = words.some(
      (w, i) =>
        i > 1 &&
        /^\p{Ll}/u.test(w.token) &&
        !DETERMINER.test(words[i - 1]?.token ?? '') &&
        ((CLAUSE_START.test(words[i + 1]?.token ?? '') &&
          (SAY_VERB.test(w.token) ||
            lexicon?.senses(w.token).find((x) => x.pos === 'verb')?.file === 'verb.communication')) ||
          sayingPhrasal(words, i, lexicon)),
    )
    saidAsked.set(u, found)
  }
  return found
}
const saidAsked = new WeakMap<Understood, boolean>()
/** What a verb of saying is followed by: what was said ("disclose that …", "say he …", "announce the reward"). */
const CLAUSE_START = /^(?:that|he|she|they|it|we|i|you|the|a|an|his|her|their|its)$/i
/** A word after which a verb of saying is a noun ("the state", "a call"). */
const DETERMINER = /^(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|of|for|in|on|to)$/i

/** The speakers the question asks about (named or described), if any. */
export const askedNames = (u: Understood): readonly string[] =>
  u.asked && u.asked.kind !== 'unquoted' ? u.asked.names : []

export function rankCandidates(ctx: AnswerContext, u: Understood): Candidate[] {
  const weights = u.terms.map((t) => termWeight(t.stem, ctx.index, u.parsed.names.has(t.stem)))
  const total = weights.reduce((sum, w) => sum + w, 0)
  // the search's own account of what each paragraph matched says which few are worth reading closely
  const rough = (h: Hit) =>
    u.terms.reduce(
      (sum, t, i) => sum + (h.exact.has(t.stem) ? 1 : h.matched.has(t.stem) ? 0.6 : 0) * (weights[i] ?? 0),
      0,
    )
  // the search's best few, and the best few statements of the person asked about; of those, the statements that
  // match no word are kept too, a few (the question may paraphrase)
  const { found, theirs } = retrieve(ctx, u)
  const closest = (list: readonly Hit[]) =>
    list
      .map((h) => ({ h, rough: rough(h) }))
      .filter((x) => x.rough > 0)
      .sort((a, b) => b.rough - a.rough)
      .slice(0, READ_CLOSELY)
      .map((x) => x.h)
  const byId = new Map<string, Hit>()
  for (const h of [
    ...closest(found),
    ...closest(theirs),
    ...theirs.filter((x) => rough(x) === 0).slice(0, READ_UNMATCHED),
  ])
    if (!byId.has(h.id) && !isFurniture(ctx.lookup.paragraph(h.article, h.paragraph)?.text ?? '')) byId.set(h.id, h)
  const hits = [...byId.values()]
  return hits
    .map((hit) => candidate(ctx, u, hit, total))
    .filter((c): c is Candidate => c !== null && describes(ctx, u, c))
    .sort((a, b) => b.p - a.p || b.hit.score - a.hit.score)
}

/**
 * For "when": the paragraph after one that names the event but dates nothing, or only by its month or year, when its
 * first sentence dates it, as news names an event and then dates it ("… was named chief executive of Citadel
 * Holding." / "The appointment takes effect Nov. 13."; "Netanyahu will meet with Donald Trump … later this month." /
 * "… the prime minister's Dec. 28 meeting with Trump …"); that sentence answers. After a paragraph that dates
 * nothing, any date of the tense asked that is not a statement's; after a month or a year, a day within it that goes
 * with the question's words. Null otherwise.
 */
export function datingNext(ctx: AnswerContext, u: Understood, c: Candidate): Candidate | null {
  if (u.parsed.shape !== 'when') return null
  const { article: id, paragraph } = c.hit
  const article = ctx.lookup.article(id)
  const next = ctx.lookup.paragraph(id, paragraph + 1)
  const first = next ? splitSentences(next.text)[0] : undefined
  if (!article || !next || !first || isFurniture(next.text)) return null
  // the dates of the paragraph that may be the event's (not those of a statement: "officials said Wednesday")
  const text = ctx.lookup.paragraph(id, paragraph)?.text ?? ''
  const own = datesInTense(u, article, ctx.lookup.dates(id, paragraph)).filter((d) => !isStatementDate(text, d, []))
  if (own.some((d) => d.granularity !== 'month' && d.granularity !== 'year')) return null
  const matches = paragraphMatches(ctx, u, id, paragraph + 1)
  const dates = datesInTense(u, article, ctx.lookup.dates(id, paragraph + 1)).filter((d) => overlaps(d, first))
  const dating = own.length
    ? dates.some(
        (d) =>
          d.granularity === 'day' &&
          own.some((o) => d.value.startsWith(o.value)) &&
          matches.some((m) => goesWith(next.text, d, m)),
      )
    : dates.some((d) => !isStatementDate(next.text, d, []))
  if (!dating) return null
  const found = nextParagraph(ctx, u, c)
  return found && { ...found, eventDate: true }
}

/** The paragraph after a candidate's, read as a candidate answered by its first sentence; null at the article's end. */
export function nextParagraph(ctx: AnswerContext, u: Understood, c: Candidate): Candidate | null {
  const { article, paragraph } = c.hit
  const next = ctx.lookup.paragraph(article, paragraph + 1)
  const first = next ? splitSentences(next.text)[0] : undefined
  if (!next || !first || isFurniture(next.text)) return null
  const hit: Hit = {
    id: paragraphId(article, paragraph + 1),
    article,
    paragraph: paragraph + 1,
    score: 0,
    matched: new Set(),
    exact: new Set(),
  }
  const found = candidate(ctx, u, hit, questionWeight(ctx, u))
  return found && { ...found, sentence: balanced(next.text, first) }
}

/** The weight of all the question's terms. */
const questionWeight = (ctx: AnswerContext, u: Understood): number =>
  u.terms.reduce((sum, t) => sum + termWeight(t.stem, ctx.index, u.parsed.names.has(t.stem)), 0)

/**
 * Whether a paragraph (or the one before, which introduces a speaker as often) describes someone as the question
 * does, when no profile fits the description: it holds the description's head ("chairman", or a narrower kind of
 * person) or at least half the weight of the description's words ("who heads the Senate Banking Committee"). Only
 * there is the statement of someone so described; any other is another person's.
 */
function describes(ctx: AnswerContext, u: Understood, c: Candidate): boolean {
  const forms = u.undescribed
  const slot = u.parsed.slot
  if (!forms || !slot) return true
  const { article, paragraph } = c.hit
  const has = (n: number) => {
    const p = n >= 1 ? ctx.lookup.paragraph(article, n) : undefined
    return p !== undefined && wordsOf(p).some((w) => forms.has(w.forms[0] ?? ''))
  }
  if (has(paragraph) || has(paragraph - 1)) return true
  const weights = matcherFor(ctx, u).filter((t) => onlyInSlot(u.parsed, t.stem))
  const matched = new Set(
    [...c.spans, ...(paragraph > 1 ? paragraphMatches(ctx, u, article, paragraph - 1) : [])].map((m) => m.term),
  )
  const total = weights.reduce((sum, t) => sum + t.weight, 0)
  const found = weights.reduce((sum, t) => sum + (matched.has(t.stem) ? t.weight : 0), 0)
  return total > 0 && found >= DESCRIBED_SHARE * total
}

/** The share of a description's words (by weight) that describes someone without its head. */
const DESCRIBED_SHARE = 0.5

/**
 * The search: the paragraphs that match the question and the asked speakers' statements, matching first; a named
 * speaker's statements only, a described one's beside everything.
 */
function retrieve(ctx: AnswerContext, u: Understood): { found: Hit[]; theirs: Hit[] } {
  const { index } = ctx
  const names = askedNames(u)
  const theirs = () => {
    const filter = statementParagraphs(ctx, names)
    const found = u.terms.length ? index.query(u.terms, (id) => filter.has(id)).slice(0, CANDIDATES) : []
    return [...found, ...speakerParagraphs(ctx, names, new Set(found.map((h) => h.id)))]
  }
  if (u.asked?.kind === 'named') return { found: [], theirs: theirs() }
  const found = u.terms.length ? index.query(u.terms).slice(0, CANDIDATES) : []
  return { found, theirs: u.asked?.kind === 'described' ? theirs() : [] }
}

function statementParagraphs(ctx: AnswerContext, names: readonly string[]): Set<string> {
  const ids = new Set<string>()
  for (const name of names)
    for (const { quote: q } of ctx.lookup.statementsBy(name)) ids.add(paragraphId(q.article, q.paragraph))
  return ids
}

/** Paragraphs quoting the speakers, in corpus order, at most `CANDIDATES` (for "what did X say?" with no topic). */
function speakerParagraphs(ctx: AnswerContext, names: readonly string[], skip: ReadonlySet<string>): Hit[] {
  const out: Hit[] = []
  const seen = new Set<string>(skip)
  for (const name of names)
    for (const { quote: q } of ctx.lookup.statementsBy(name)) {
      if (out.length >= CANDIDATES) return out
      const id = paragraphId(q.article, q.paragraph)
      if (seen.has(id)) continue
      seen.add(id)
      out.push({ id, article: q.article, paragraph: q.paragraph, score: 0, matched: new Set(), exact: new Set() })
    }
  return out
}

function candidate(ctx: AnswerContext, u: Understood, hit: Hit, all: number): Candidate | null {
  const text = ctx.lookup.paragraph(hit.article, hit.paragraph)?.text
  if (text === undefined) return null
  const article = ctx.lookup.article(hit.article)
  if (!article) return null
  const quotes = ctx.lookup.quotes(hit.article, hit.paragraph)
  const names = askedNames(u)
  const theirs = names.length ? names : u.subjects
  const statement = asksStatement(u)
  const whenSaid = asksWhenSaid(ctx, u)
  const counting = u.parsed.shape === 'how-many'
  const asked = counting ? countingWords(u) : null
  const spans = inBestRun(text, paragraphMatches(ctx, u, hit.article, hit.paragraph))
  const dated =
    u.parsed.shape === 'when' ? datesInTense(u, article, ctx.lookup.dates(hit.article, hit.paragraph)) : null
  // a date in the sentence that goes with the question's words, and is not that of a statement reporting it
  const datesWith = (sentence: Span, words: readonly TermMatch[]) =>
    dated?.some(
      (d) =>
        overlaps(d, sentence) &&
        (whenSaid || !isStatementDate(text, d, spans)) &&
        words.some((sp) => overlaps(sp, sentence) && goesWith(text, d, sp)),
    ) ?? false
  const eventDate = (sentence: Span) => datesWith(sentence, spans)
  // the event itself is named by a common word ("visited", "expelled from the talks"), not by a name beside the date
  // ("a British government since 1924")
  const eventWords = spans.filter((sp) => !u.parsed.names.has(sp.term))
  // a paragraph goes on from the one before it ("…," she said, after a paragraph that sets the scene)
  const before = hit.paragraph > 1 ? paragraphMatches(ctx, u, hit.article, hit.paragraph - 1) : []
  // the audience a statement was told to ("tell Hannity") counts where the passage names it, and is not missed where
  // it does not
  const audience = audienceStems(u)
  const characterizing = names.length > 0 && asksCharacterization(u)
  const named = new Set([...spans, ...before].map((m) => m.term))
  const unnamed = (stem: string) => audience.has(stem) && !named.has(stem)
  const told =
    all -
    matcherFor(ctx, u)
      .filter((t) => unnamed(t.stem))
      .reduce((sum, t) => sum + t.weight, 0)
  const topicNames = u.terms.filter((t) => u.parsed.names.has(t.stem) && !unnamed(t.stem)).map((t) => t.stem)
  // a yes/no question about someone who is no speaker the story knows ("Did Iran's top diplomat …")
  const unnamedSubject = u.parsed.shape === 'yes-no' && u.parsed.subject !== null && theirs.length === 0
  // the statements of the person asked about are what they said: the question's words elsewhere in the paragraph (in
  // someone else's sentence) do not make it theirs on the topic
  const paragraphSentences = splitSentences(text)
  const { own: stated, around, sentences: theirSentences } = ownWords(paragraphSentences, quotes, names, spans)
  // "how did X describe Y": X's sentence that characterizes meets the verb asked, as a word of the question would; a
  // paragraph without one is not missing it (see `characterize.ts`)
  const trait = characterizing ? theirSentences.find((x) => characterizes(text.slice(x.start, x.end))) : undefined
  const traitWeight = u.terms.length ? all / u.terms.length : 1
  // the thing characterized is named by the writer around the characterizing statement ("The negotiations, held in
  // Oman, were … Araghchi described the atmosphere as …"): the paragraph's matches count as the statement's own
  const own = trait ? [...stated, ...around, { ...trait, weight: traitWeight, term: TRAIT }] : stated
  const total = trait ? told + traitWeight : told
  const coverage = total ? covered(own) / total : names.length ? 1 : 0
  // the asked speaker's statement that goes on from their own in the paragraph before (a paraphrase, then the words
  // themselves: "He said Grassley could lose …" / "'That's not Iowa values,' Tester said.") is on that statement's
  // topic: the matches in their sentences there count in full, not as context
  const carried = theirSentences.length ? statementGoesOn(ctx, hit, names, before) : []
  const context = total
    ? covered([...before.map(asContext), ...around.map(asContext), ...carried, ...own]) / total
    : coverage
  // the sentence that answers: most of the question's weight; the asked speaker's statement counts too
  let best: Span | null = null
  let bestScore = Number.NEGATIVE_INFINITY
  let bestCovered = 0
  // the most any sentence covers: what decides the paragraph when the answering sentence is picked as a statement
  let mostCovered = 0
  const from = afterDateline(text)
  // for "when": the sentences that date what the question asks about, and how much of it each covers; for "how
  // many": the sentences with a number, and whether it counts what is asked
  const dating: { sentence: Span; weight: number }[] = []
  const numbered: { sentence: Span; weight: number; counts: boolean }[] = []
  // for "where": every sentence with what it covers (see below)
  const weighed: { sentence: Span; weight: number }[] = []
  for (const s of paragraphSentences) {
    const sentence = balanced(text, { start: Math.max(s.start, s.start === 0 ? from : 0), end: s.end })
    if (isFurniture(text.slice(sentence.start, sentence.end))) continue
    const inside = [...spans, ...own.filter((m) => m.term === TRAIT)].filter((sp) => overlaps(sp, sentence))
    const weight = covered(inside)
    const said = quotes.filter((q) => q.speaker && overlaps(q, sentence))
    // the asked speaker's statement is the answer, whatever else the paragraph says; so is the statement of the
    // person a yes/no question is about ("Did Araghchi meet …?")
    const bonus =
      (said.some((q) => theirs.includes(q.speaker ?? '')) ? total + 1.5 : 0) +
      (statement && said.length ? 0.5 : 0) +
      // a yes/no question about someone the question does not name ("Did Iran's top diplomat meet …") is answered
      // by a statement in the paragraph, not the sentence that sets the scene
      (unnamedSubject && said.length ? STATEMENT_SHARE * total : 0) +
      // "when" is answered by a sentence that states a date, best the date of what the question asks about
      (dated?.some((d) => overlaps(d, sentence)) ? 0.5 : 0) +
      (eventDate(sentence) ? 0.5 : 0) +
      (counting && NUMBER.test(text.slice(sentence.start, sentence.end)) ? 0.5 : 0)
    if (dated && datesWith(sentence, eventWords)) dating.push({ sentence, weight })
    if (asked) {
      const numbers = numbersIn(text, sentence, asked.written)
      const countsAsked = (n: Span) =>
        spans.some((sp) => asked.stems.has(sp.term) && overlaps(sp, sentence) && counts(text, n, sp))
      if (numbers.length) numbered.push({ sentence, weight, counts: numbers.some(countsAsked) })
    }
    weighed.push({ sentence, weight })
    mostCovered = Math.max(mostCovered, weight)
    if (weight + bonus > bestScore) {
      best = sentence
      bestScore = weight + bonus
      bestCovered = weight
    }
  }
  if (!best) return null
  // "when" is answered by the sentence that dates the event asked about, though another covers more of the question
  // ("Trump visited the state Aug. 19." over "Clinton had said she would visit …"), if it covers half as much
  const event = mostOf(dating)
  // "how many" by the sentence whose number counts what is asked ("she earns Three Pinocchios"), else, when the best
  // has no number of its own, by the one with a number that covers most of the question
  const answering = best
  const count =
    mostOf(numbered.filter((x) => x.counts)) ??
    (numbered.some((x) => x.sentence === answering) ? undefined : mostOf(numbered.filter((x) => x.weight > 0)))
  const chosen = count
    ? count.sentence
    : !eventDate(best) && event && event.weight >= EVENT_SENTENCE_SHARE * bestCovered
      ? event.sentence
      : best
  const passage = (at: Span): Passage => ({
    text,
    sentence: at,
    matches: spans,
    before: { text: ctx.lookup.paragraph(hit.article, hit.paragraph - 1)?.text ?? '', matches: before },
    subjectSpeaks: u.subjects.length > 0 && quotes.some((q) => u.subjects.includes(q.speaker ?? '')),
    derived: focusForms(ctx, u),
    place: (word) => ctx.lexicon?.place(word) ?? null,
    article: hit.article,
  })
  const meets = meetsPredicate(u, passage(chosen))
  // the answer may stand in the next sentence of the paragraph: news names a thing and then places, counts or quotes
  // it ("Clinton's headquarters is sprawling …" / "Her campaign operates out of two floors in a Brooklyn office
  // building"; "A greater percentage of voters view him as likable …" / "Seventy-two percent now believe …"); when the
  // sentence that covers most of the question does not hold what is asked, the one that does answers, the one
  // covering most of the question first
  const holding = !meets
    ? weighed
        .filter((x) => x.weight > 0 && x.sentence !== chosen)
        .sort((a, b) => b.weight - a.weight)
        .find((x) => meetsPredicate(u, passage(x.sentence)))
    : undefined
  const sentence = holding?.sentence ?? chosen
  const features: Features = {
    coverage,
    context,
    sentence: total ? (unnamedSubject ? mostCovered : bestCovered) / total : coverage,
    speaker: names.length ? (quotes.some((q) => names.includes(q.speaker ?? '')) ? 1 : -1) : 0,
    statement: statement ? (quotes.some((q) => q.speaker && overlaps(q, sentence)) ? 1 : -1) : 0,
    names: topicNames.length
      ? topicNames.filter((n) => [...spans, ...carried].some((sp) => sp.term === n)).length / topicNames.length
      : 1,
    date: dated ? (dated.length ? 1 : -1) : 0,
    number: counting ? (NUMBER.test(text.slice(sentence.start, sentence.end)) ? 1 : -1) : 0,
  }
  return {
    hit,
    sentence,
    spans,
    features,
    p: probability(features),
    focus: focusFound(u, [...spans, ...(before ?? [])]),
    predicate: meets || holding !== undefined,
    eventDate: eventDate(sentence),
    paragraphEventDate: eventDate({ start: 0, end: text.length }),
    statementDatesOnly: dated !== null && dated.length > 0 && dated.every((d) => isStatementDate(text, d, spans)),
  }
}

/**
 * The matches of the paragraph before that are in the statement of one of the speakers, when they speak in the
 * paragraph too: what their statement there goes on from. None otherwise.
 */
function statementGoesOn(
  ctx: AnswerContext,
  hit: Hit,
  names: readonly string[],
  before: readonly TermMatch[],
): readonly TermMatch[] {
  const text = ctx.lookup.paragraph(hit.article, hit.paragraph - 1)?.text
  if (text === undefined || !before.length) return []
  const quotes = ctx.lookup.quotes(hit.article, hit.paragraph - 1)
  const { own, sentences } = ownWords(splitSentences(text), quotes, names, before)
  return sentences.length ? own : []
}

/** What "how many / how much" counts, and the names it asks about (a list's labels): "Minnesota (around $240,000)". */
type CountingWords = { stems: ReadonlySet<string>; written: ReadonlySet<string> }
const countingOf = new WeakMap<Understood, CountingWords>()

function countingWords(u: Understood): CountingWords {
  let found = countingOf.get(u)
  if (!found) {
    const stems = countedStems(u.parsed.text)
    for (const name of u.parsed.names) stems.add(name)
    found = { stems, written: writtenNumbers(u.parsed.text) }
    countingOf.set(u, found)
  }
  return found
}

/**
 * The matches of a paragraph where the speakers asked about make a statement: those in their sentences are its
 * topic, those in other sentences only its context, like the paragraph before ("Trump demanded $5 million for
 * charity. 'No,' replied Jeff Zucker"); all the paragraph's matches are its topic otherwise.
 */
function ownWords(
  paragraphSentences: readonly Span[],
  quotes: readonly { start: number; end: number; speaker: string | null }[],
  names: readonly string[],
  spans: readonly TermMatch[],
): { own: readonly TermMatch[]; around: readonly TermMatch[]; sentences: readonly Span[] } {
  const theirs = quotes.filter((q) => names.includes(q.speaker ?? ''))
  if (!theirs.length) return { own: spans, around: [], sentences: [] }
  const sentences = paragraphSentences.filter((s) => theirs.some((q) => overlaps(q, s)))
  const inOwn = (sp: Span) => sentences.some((s) => overlaps(sp, s))
  return { own: spans.filter(inOwn), around: spans.filter((sp) => !inOwn(sp)), sentences }
}

/** How much of the best sentence's weight a sentence dating the event must cover to answer "when" instead. */
const EVENT_SENTENCE_SHARE = 0.5

/** The entry that covers most of the question (the first of equals). */
const mostOf = <T extends { weight: number }>(list: readonly T[]): T | undefined =>
  list.reduce<T | undefined>((a, b) => (a && a.weight >= b.weight ? a : b), undefined)

/** The match a characterizing sentence makes for "how did X describe Y" (no stem is written so). */
const TRAIT = '#characterizes'

/** A match in the context of a statement (the paragraph before, another's sentence) counts for less. */
const asContext = (m: TermMatch): TermMatch => ({ ...m, weight: m.weight * BEFORE_WEIGHT })

/** How much of what the question asks for the matches have: -1 (none) to 1 (all); 0 when it names nothing. */
function focusFound(u: Understood, matches: readonly TermMatch[]): number {
  const focus = u.parsed.focus
  // a focus read after a possessive subject ("Iran's top diplomat") is a word of the subject, not what is asked
  if (focus.size === 0 || possessiveSubject(u)) return 0
  const found = new Set(matches.filter((m) => focus.has(m.term)).map((m) => m.term))
  return (2 * found.size) / focus.size - 1
}

/** The matches in a paragraph, remembered for the question (a candidate's paragraph is often another's "before"). */
const paragraphMatchesOf = new WeakMap<Understood, Map<string, TermMatch[]>>()

export function paragraphMatches(ctx: AnswerContext, u: Understood, article: string, n: number): TermMatch[] {
  let memo = paragraphMatchesOf.get(u)
  if (!memo) {
    memo = new Map()
    paragraphMatchesOf.set(u, memo)
  }
  const id = paragraphId(article, n)
  let found = memo.get(id)
  if (!found) {
    const p = ctx.lookup.paragraph(article, n)
    found = p ? matchesIn(ctx, u, wordsOf(p)) : []
    memo.set(id, found)
  }
  return found
}

/**
 * A paragraph's words with their forms (stem, synonym groups), remembered for the paragraphs questions reach (a
 * changed paragraph is a new object); forgotten all at once past a bound, so memory stays small.
 */
type Word = { start: number; end: number; forms: readonly string[]; initial: string; capital: boolean }
const wordsByParagraph = new Map<Paragraph, Word[]>()
const WORDS_REMEMBERED = 10_000

function wordsOf(p: Paragraph): Word[] {
  let words = wordsByParagraph.get(p)
  if (!words) {
    if (wordsByParagraph.size >= WORDS_REMEMBERED) wordsByParagraph.clear()
    words = []
    for (const t of tokenSpans(p.text)) {
      const forms = cachedIndexTerms(t.token)
      if (forms)
        words.push({
          start: t.start,
          end: t.end,
          forms,
          initial: t.token.charAt(0).toLowerCase(),
          capital: /^\p{Lu}/u.test(t.token),
        })
    }
    wordsByParagraph.set(p, words)
  }
  return words
}

/** Where each question term matches a paragraph's words: as written (1), with a typo (0.8), or through a synonym (0.6). */
function matchesIn(ctx: AnswerContext, u: Understood, words: readonly Word[]): TermMatch[] {
  const terms = matcherFor(ctx, u)
  const out: TermMatch[] = []
  for (const w of words)
    for (const term of terms) {
      const m = term.match(w.forms)
      // a name misspelt in the question is another name, never a common word ("Carly" is not "early")
      if (m === TYPO_MATCH && term.name && !w.capital) continue
      if (m > 0) out.push({ start: w.start, end: w.end, weight: term.weight * m, term: term.stem })
    }
  // an abbreviation in the question ("VP", "IPO") written out in the paragraph ("vice president", "initial public
  // offering"): words whose initials spell it, small words between them left out
  for (const term of terms) {
    const letters = term.acronym
    if (!letters) continue
    for (let i = 0; i + letters.length <= words.length; i++) {
      let k = 0
      while (k < letters.length && words[i + k]?.initial === letters[k]) k++
      const first = words[i]
      const last = words[i + k - 1]
      if (k === letters.length && first && last)
        out.push({ start: first.start, end: last.end, weight: term.weight * SYNONYM_MATCH, term: term.stem })
    }
  }
  return out
}

/** Moves the candidate at `i` (past the first) to the front of `ranked` and returns it; undefined when there is none. */
export function promote(ranked: Candidate[], i: number): Candidate | undefined {
  const found = ranked[i]
  if (i <= 0 || !found) return undefined
  ranked.splice(i, 1)
  ranked.unshift(found)
  return found
}

/** What a match through a synonym (or an abbreviation written out) counts for, beside one as written. */
const SYNONYM_MATCH = 0.6
/** What a match with a typo counts for. */
const TYPO_MATCH = 0.8

type TermMatcher = {
  stem: string
  weight: number
  match: (forms: readonly string[]) => number
  /** The letters of an abbreviation the question writes in capitals ("vp" for "VP"). */
  acronym: string | null
  /** Whether the question writes the term as a name (capitalised, not only to open the question). */
  name: boolean
}

/** Each term's weight and how a token's forms (stem, then synonym groups) match it, remembered per question. */
const matchers = new WeakMap<Understood, TermMatcher[]>()

function matcherFor(ctx: AnswerContext, u: Understood): TermMatcher[] {
  let list = matchers.get(u)
  if (!list) {
    const derived = focusForms(ctx, u)
    list = u.terms.map((term) => {
      // what the question asks for may be written in another part of speech ("the winner" for "won"); a person the
      // question names by one part of their name may be written by another ("Bernie supporters" for Sanders fans)
      const synonyms = new Set([
        ...term.synonyms,
        ...(derived.get(term.stem) ?? []),
        ...otherNameParts(ctx, u, term.stem),
      ])
      const seen = new Map<string, number>()
      const match = (forms: readonly string[]) => {
        const stem = forms[0] ?? ''
        let m = seen.get(stem)
        if (m === undefined) {
          m = matchOf(term, synonyms, forms)
          seen.set(stem, m)
        }
        return m
      }
      // an abbreviation the story never writes as such ("US" it does: "under sanctions" is no "US")
      const written = (u.parsed.spans.get(term.stem) ?? []).map((sp) => u.parsed.text.slice(sp.start, sp.end))
      const unused = ctx.index.documentFrequency(term.stem) === 0
      const acronym = unused ? (written.find((w) => /^\p{Lu}{2,5}$/u.test(w))?.toLowerCase() ?? null) : null
      return {
        stem: term.stem,
        weight: termWeight(term.stem, ctx.index, u.parsed.names.has(term.stem)),
        match,
        acronym,
        name: u.parsed.names.has(term.stem),
      }
    })
    matchers.set(u, list)
  }
  return list
}

/**
 * The other parts of the one speaker's name a name in the question is part of ("bernie" for "Sanders"), as stems the
 * story uses; none when the word is no speaker's name part, or several people's ("Clinton").
 */
function otherNameParts(ctx: AnswerContext, u: Understood, stem: string): string[] {
  if (!u.parsed.names.has(stem)) return []
  const at = u.parsed.spans.get(stem)?.[0]
  const written = at ? u.parsed.text.slice(at.start, at.end) : ''
  const found = ctx.lookup.speakerNames.match(written)
  // the people whose name, written out in capitals ("Bernie Sanders", not "Sanders' campaign"), has the word; not an
  // organisation's ("Trump International Golf Club Puerto Rico": "Puerto" is no "Trump")
  const people = [...(found?.how === 'exact' ? found.names : [])].filter((name) => {
    const parts = name.split(/[\s-]+/)
    return parts.every((x) => /^\p{Lu}/u.test(x)) && parts.some((x) => x.toLowerCase() === written.toLowerCase())
  })
  const [name] = people.length === 1 ? people : []
  if (!name || !looksLikePersonName(name)) return []
  const out: string[] = []
  for (const part of name.split(/[\s-]+/)) {
    const other = /^\p{Lu}\p{L}{2,}$/u.test(part) ? stemToken(part) : null
    if (other && other !== stem && ctx.index.documentFrequency(other) > 0) out.push(other)
  }
  return out
}

function matchOf(term: QueryTerm, synonyms: ReadonlySet<string>, forms: readonly string[]): number {
  const stem = forms[0] ?? ''
  if (stem === term.stem) return 1
  const max = term.stem.length >= 8 ? 2 : 1
  if (
    term.stem.length >= 5 &&
    Math.abs(stem.length - term.stem.length) <= max &&
    editDistanceAtMost(stem, term.stem, max)
  )
    return TYPO_MATCH
  return forms.some((f) => synonyms.has(f)) ? SYNONYM_MATCH : 0
}

const OPEN = /[“«]/g
const CLOSE = /[”»]/g

/**
 * A sentence widened so that it leaves no quotation mark open: to the end of a quotation it opens, and back to the
 * start of one it closes. The text stays verbatim.
 */
export function balanced(text: string, s: Span): Span {
  let { start, end } = s
  const part = () => text.slice(start, end)
  const count = (re: RegExp) => (part().match(re) ?? []).length
  if (count(OPEN) > count(CLOSE)) {
    const close = text.slice(end).search(/[”»]/)
    if (close >= 0) end = sentenceEnd(text, end + close + 1)
  }
  if (count(CLOSE) > count(OPEN)) {
    const open = Math.max(text.lastIndexOf('“', start), text.lastIndexOf('«', start))
    if (open >= 0) start = open
  }
  const straight = (part().match(/"/g) ?? []).length
  if (straight % 2 === 1) {
    const after = text.indexOf('"', end)
    const before = text.lastIndexOf('"', start - 1)
    // an opening mark inside: close it; else the sentence began inside a quotation
    const opens = /(?:^|[\s(—–-])"/.test(part())
    if (opens && after >= 0) end = sentenceEnd(text, after + 1)
    else if (before >= 0) start = before
  }
  return { start, end }
}

/** The end of the sentence that runs on past a closing quotation mark (", he said."). */
function sentenceEnd(text: string, at: number): number {
  const m = /^[^.!?“”"«»]*[.!?]/.exec(text.slice(at))
  return m && m[0].length < 120 ? at + m[0].length : at
}
