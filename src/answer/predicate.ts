/**
 * Whether a passage meets what a question predicates, not only its names and topic words: for "Who won …" and
 * "Did X endorse …" the verb asked about, as written or a paraphrase used as a verb (not "the backs of children" for
 * endorse, nor "in the fall" for rain), in a passage that names the subject the question names (or quotes them) and
 * every name of what it asks about ("the Illinois primary" is not "a home-state win in Ohio"); for "how many / how
 * much" a number in the answering sentence other than one the question itself writes ("enriched to 60 percent").
 */
import { onlyInSlot } from '../search/parse-question.js'
import { stemToken, tokenSpans } from '../search/text-terms.js'
import { answerTypeMet, CALENDAR_STEM } from './answer-type.js'
import { calledAsMet } from './called-as.js'
import { numbersIn, writtenNumbers } from './counted.js'
import { decisionReported } from './decided.js'
import { SENSES } from './expand-terms.js'
import { objectActMet } from './object-act.js'
import { saidClauseMet } from './said-clause.js'
import type { Span } from './span.js'
import type { AnswerContext, Understood } from './understand.js'

export type PredicateMatch = Span & { term: string }

/** A passage: its text, the answering sentence and the question's matches in it and in the paragraph before. */
export type Passage = {
  text: string
  sentence: Span
  matches: readonly PredicateMatch[]
  before: { text: string; matches: readonly PredicateMatch[] } | null
  /** Whether a speaker the yes/no question names as its subject is quoted in the paragraph. */
  subjectSpeaks: boolean
  /** The words derived from each focus word (see `focusForms`). */
  derived: ReadonlyMap<string, ReadonlySet<string>>
  /** The place a word names or pertains to ("Paris", "French"), or null (see `Lexicon.place`). */
  place: (word: string) => string | null
  /** The article the passage is in. */
  article: string
}

const formsOf = new WeakMap<Understood, Map<string, Set<string>>>()

/**
 * The words WordNet derives from each word naming what the question asks for, in another part of speech with the same
 * meaning and root ("won" → "winner"): "the winner in New Hampshire" says who won it. Only the ones the story uses.
 */
export function focusForms(ctx: AnswerContext, u: Understood): ReadonlyMap<string, ReadonlySet<string>> {
  let out = formsOf.get(u)
  if (out) return out
  out = new Map()
  formsOf.set(u, out)
  if (!ctx.lexicon) return out
  for (const stem of u.parsed.focus) {
    const at = u.parsed.spans.get(stem)?.[0]
    if (!at) continue
    const forms = new Set<string>()
    const perPos = new Map<string, number>()
    // the word as written, and its stem when that is a word too ("won" is a currency to WordNet; "win" is the verb)
    const written = u.parsed.text.slice(at.start, at.end)
    for (const sense of [...ctx.lexicon.senses(written), ...ctx.lexicon.senses(stem)]) {
      const n = perPos.get(sense.pos) ?? 0
      perPos.set(sense.pos, n + 1)
      if (n >= SENSES) continue
      for (const w of sense.derived ?? []) {
        const f = w.includes(' ') ? null : stemToken(w)
        // a form derived by a suffix keeps the word's root ("winner"), unlike those of its synonyms ("backing")
        if (f && f !== stem && f.startsWith(stem.slice(0, 4)) && ctx.index.documentFrequency(f) > 0) forms.add(f)
      }
    }
    out.set(stem, forms)
  }
  return out
}

/** A modal or "to" right before a verb (an adverb between): what may happen, not what happened. */
const PROSPECTIVE = /\b(?:will|would|could|might|may|can|shall|to|['’]ll)\s+(?:\p{L}+ly\s+)?$/iu

/** A word before a paraphrase that makes it a noun: "the backs", "his fall", "Clinton's win". */
const NOUN_BEFORE = /(?:\b(?:the|a|an|his|her|its|their|our|my|your|this|these|those|every|each)|['’]s?)\s+$/i

/**
 * Whether the question's focus is a verb: the verb after "who" or after a yes/no question's subject ("Who won",
 * "Did McConnell endorse"), not the noun of "What's the weather forecast".
 */
const verbFocus = (u: Understood) =>
  u.parsed.focus.size > 0 && !/^what/i.test(u.parsed.text.trim()) && !possessiveSubject(u)

/**
 * Whether the subject read is a possessive in the question ("Did Iran's top diplomat meet …" read as "Iran" and
 * "top"): only the start of the subject, so the word after it is none of its verb and what the question predicates
 * is not known.
 */
export function possessiveSubject(u: Understood): boolean {
  const subject = u.parsed.subject
  if (!subject) return false
  const at = u.parsed.text.indexOf(subject)
  return at >= 0 && /^['’]s?(?![\p{L}\p{N}])/u.test(u.parsed.text.slice(at + subject.length))
}

export function meetsPredicate(u: Understood, p: Passage): boolean {
  if (u.parsed.shape === 'how-many' && !numberMet(u, p)) return false
  const typed = { ...u.parsed, kindAsked: u.kindAsked, kindModifiers: u.kindModifiers }
  if (!answerTypeMet(typed, { ...p, articleWrites: (word) => u.articleWrites(p.article, word) })) return false
  // a person named in full is not quoted in an article that never writes their full name (see `askedIn`)
  if (u.askedIn && !u.askedIn(p.article)) return false
  // "Did X say CLAUSE" asks whether X said that: the passage writes something of it (see `said-clause.ts`)
  if (!saidClauseMet(u, p.matches, p.before?.matches)) return false
  // "Did X call Y a NAME" asks whether X gave Y that name: the passage writes it (see `called-as.ts`)
  if (!calledAsMet(u, p.matches, p.before?.matches)) return false
  // "What did X decide …" is not told by a sentence from before the decision (see `decided.ts`)
  if (!decisionReported(u.parsed.text, p.text, p.sentence)) return false
  // "Who did X pick …" asks whom X's act was done to: the passage reports the act as done (see `object-act.ts`)
  if (!objectActMet(u, p)) return false
  if (!verbFocus(u)) return true
  return verbMet(u, p) && (u.parsed.subject === null || subjectNamed(u, p)) && namesMet(u, p)
}

/**
 * The focus verb, as written (or a form of it, "win" for "won"), a word derived from it ("winner") or a paraphrase
 * used as a verb.
 */
function verbMet(u: Understood, p: Passage): boolean {
  const focus = u.parsed.focus
  // "Who won …", "Did X endorse …" ask what happened: "Who do you think will win …?", "going to win" predict it
  const done = /^\s*(?:who\s+(?!will|would|could|might|may|can|shall|is|are)|did\b)/i.test(u.parsed.text)
  const ok = (text: string, m: PredicateMatch) => {
    if (!focus.has(m.term)) return false
    if (done && PROSPECTIVE.test(text.slice(Math.max(0, m.start - 24), m.start))) return false
    const written = stemToken(text.slice(m.start, m.end))
    if (written === m.term || (written !== null && p.derived.get(m.term)?.has(written))) return true
    return !NOUN_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start))
  }
  return p.matches.some((m) => ok(p.text, m)) || (p.before?.matches.some((m) => ok(p.before?.text ?? '', m)) ?? false)
}

/** The stems of the name a yes/no question has as its subject ("Did Mitch McConnell endorse …"). */
const subjectStems = (u: Understood): Set<string> =>
  new Set(
    tokenSpans(u.parsed.subject ?? '')
      .map((t) => stemToken(t.token))
      .filter((s): s is string => s !== null),
  )

/** The subject a yes/no question names ("Did McConnell endorse …") is named in the passage, or speaks there. */
function subjectNamed(u: Understood, p: Passage): boolean {
  if (p.subjectSpeaks) return true
  const stems = subjectStems(u)
  const has = (ms: readonly PredicateMatch[]) => ms.some((m) => stems.has(m.term))
  return has(p.matches) || (p.before !== null && has(p.before.matches))
}

/** Every name of what the question asks about (not its subject, not a month or a day) is in the passage. */
function namesMet(u: Understood, p: Passage): boolean {
  const subject = subjectStems(u)
  const wanted = u.terms
    .map((t) => t.stem)
    .filter((s) => u.parsed.names.has(s) && !subject.has(s) && !onlyInSlot(u.parsed, s) && !CALENDAR_STEM.test(s))
  const found = new Set([...p.matches, ...(p.before?.matches ?? [])].map((m) => m.term))
  return wanted.every((s) => found.has(s))
}

/** A number in the answering sentence other than one the question writes ("How much uranium enriched to 60 percent"). */
const numberMet = (u: Understood, p: Passage): boolean =>
  numbersIn(p.text, p.sentence, writtenNumbers(u.parsed.text)).length > 0
