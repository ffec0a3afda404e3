/**
 * A question as the answer step uses it: its shape, who it asks about (resolved against the story's speakers), and
 * the terms to search, each with the words the lexicon says can stand for it.
 */

import { editDistanceAtMost } from '../search/edit-distance.js'
import type { Lexicon } from '../search/lexicon.js'
import { isCommunicationVerb, NO_LEXICON, type PartOfSpeech } from '../search/lexicon.js'
import { onlyInSlot, type ParsedQuestion, parseQuestion } from '../search/parse-question.js'
import type { SpeakerNames } from '../search/speaker-names.js'
import type { SpeakerSlot } from '../search/speaker-slot.js'
import type { QueryTerm, StoryIndex } from '../search/story-index.js'
import { stemToken, tokenSpans } from '../search/text-terms.js'
import { escapePattern } from '../story/escape-pattern.js'
import { askedNoun, compoundModifiers } from './answer-type.js'
import { type AskedContext, type AskedSpeaker, describingForms, resolveSlot } from './asked-speaker.js'
import { expandTerms } from './expand-terms.js'
import { groupOf, groupSpeakers } from './group-speakers.js'
import { introducedAs } from './introduced-as.js'
import { namedAfter } from './named-after.js'
import { withPronounOwner } from './pronoun-owner.js'
import type { SpeakerProfiles } from './speaker-profiles.js'
import type { StoryLookup } from './story-lookup.js'
import { writtenOther } from './written-name.js'

export type AnswerContext = {
  lookup: StoryLookup
  index: StoryIndex
  /** Synonyms, base forms and places (WordNet in the engine); without it, search works on stems alone. */
  lexicon?: Lexicon
  /** The speakers' profiles, kept up to date with the story by the engine. */
  profiles: SpeakerProfiles
}

export type Understood = {
  parsed: ParsedQuestion
  asked: AskedSpeaker | null
  /** The search terms: the question's words less those naming the speaker asked about, with their synonyms. */
  terms: QueryTerm[]
  /**
   * When the question asks for the words of someone it describes whom no profile fits ("the state party chairman"):
   * the stems of the description's head, its synonyms and the narrower kinds of person it names, which the
   * answering paragraph (or the one before) must hold unless it holds half the description's words, so that the
   * answer is never another person's statement (see `rank.ts`). Null otherwise.
   */
  undescribed: ReadonlySet<string> | null
  /**
   * The speakers a question names as its subject without asking only for their words: a yes/no question's ("Did
   * Araghchi meet …", see `subject`), and the person asked what they did ("How did X react to …", "When did X
   * announce …", see `SpeakerSlot.acts`). Their statement in a paragraph answers there; so does a sentence reporting
   * the act.
   */
  subjects: readonly string[]
  /**
   * For a question asking what a person did: the people it may mean, as the coverage names them (as asked, if never
   * quoted).
   */
  actors: readonly string[]
  /** For a question asking what a person did whom the coverage never quotes: the name as asked. */
  unquotedActor: string | null
  /**
   * For a person the question names by more than one word of their name ("Jeb Bush"), as the speaker asked about or,
   * when it asks about none, as its topic: whether an article writes each of those words. An article that writes
   * only the surname ("Mr. Bush said") may quote, or be about, another person of that name. Null otherwise.
   */
  askedIn: ((article: string) => boolean) | null
  /** The kind of thing a "What NOUN …" question asks for, which the answer's article names (see `answer-type.ts`). */
  kindAsked: string | null
  /** The first words of a compound the asked noun makes with the word before it (see `compoundModifiers`). */
  kindModifiers: readonly string[] | null
  /** Whether an article writes a word or an inflection of it (in any case), each article and word read once. */
  articleWrites: (article: string, word: string) => boolean
}

export function understand(ctx: AnswerContext, text: string): Understood {
  const lexicon = ctx.lexicon ?? NO_LEXICON
  const parsed = parseQuestion(text, {
    isSayVerb: (word) => isCommunicationVerb(lexicon, word),
    isVerb: (word) => lexicon.senses(word).some((s) => s.pos === 'verb'),
    isStanceVerb: (word) => isStanceVerb(lexicon, word),
    isMindVerb: (word) => MIND_FILES.has(lexicon.senses(word).find((s) => s.pos === 'verb')?.file ?? ''),
    isModifier: (word) => {
      const senses = lexicon.senses(word)
      // "top", "young": not "senator", nor "official" or "liberal", whose first sense as a noun is a person
      const noun = senses.find((s) => s.pos === 'noun')
      return senses.some((s) => s.pos === 'adj' || s.pos === 'adv') && noun?.file !== 'noun.person'
    },
  })
  const profiles = () => ctx.profiles
  // "according to its spokesman": the question's subject's
  const slot = parsed.slot && withPronounOwner(parsed.text, parsed.slot)
  const contextFor = (about: SpeakerSlot): AskedContext => ({
    names: ctx.lookup.speakerNames,
    profiles,
    lexicon,
    usedInLowerCase: (word: string) => usedInLowerCase(ctx, word),
    topics: namedOutside(parsed.text, about, ctx.lookup.speakerNames),
    introducedAs: (heads: readonly string[], written: readonly string[]) =>
      introducedAs(ctx.lookup, ctx.index, heads, written),
    namedAfter: (described: string) => namedAfter(ctx.lookup, described),
  })
  const askedContext = slot && contextFor(slot)
  // a name asked in full that the coverage writes, found only by a typo: another person, never quoted
  const resolved =
    slot && askedContext
      ? writtenOther(slot.text, resolveSlot(slot, askedContext), ctx.index, ctx.lookup.speakerNames)
      : null
  // a group asked about whom no profile fits ("ordinary people in Tehran"): the statements of the group or of an
  // unnamed member the coverage places in it
  const group = slot && !slot.asked && resolved === null ? groupOf(slot, lexicon) : null
  const members = group ? groupSpeakers(group, { lookup: ctx.lookup, index: ctx.index, lexicon }) : []
  const found: AskedSpeaker | null = members.length ? { kind: 'described', names: members } : resolved
  // asked what a person did (a reaction, an act): their statements answer, and so does a passage reporting what they
  // did without quoting them, so they are the topic searched as well as the subject (see `SpeakerSlot.acts`)
  // (but "How did X answer / reply to …", whose verb first means saying, asks for the words of a person the coverage
  // quotes, as "How did X characterize …" does: their statement answers, on the topic or not)
  const acting =
    slot?.acts !== undefined &&
    found !== null &&
    found.kind !== 'described' &&
    !asksWords(found, slot.acts, parsed.text, lexicon)
      ? found
      : null
  const asked = acting ? null : found
  // once the slot is known to mean speakers, its words are who said it, not what was said
  const forms = slot?.says && askedContext && found === null ? describingForms(slot, askedContext) : []
  let terms = parsed.terms
  if (asked && asked.kind !== 'unquoted') terms = terms.filter((t) => !onlyInSlot(parsed, t.stem))
  const words = new Map<string, string>()
  const kinds = new Map<string, PartOfSpeech>()
  for (const [stem, spans] of parsed.spans) {
    const first = spans[0]
    if (!first) continue
    words.set(stem, parsed.text.slice(first.start, first.end))
    const kind = partOfSpeech(parsed.text.slice(0, first.start))
    if (kind) kinds.set(stem, kind)
  }
  const nameLike = (word: string) =>
    word.length >= 4 && /^\p{Lu}/u.test(word) ? (ctx.lookup.speakerNames.match(word)?.part ?? null) : null
  const articleWrites = articleWriter(ctx)
  const kindAsked = parsed.shape === 'how-many' || parsed.shape === 'when' ? null : askedNoun(parsed.text)
  return {
    parsed,
    asked,
    terms: expandTerms(terms, words, lexicon, ctx.index, nameLike, kinds, parsed.text),
    undescribed: forms.length ? new Set(forms) : null,
    subjects: acting?.kind === 'named' ? acting.names : subjectsOf(ctx, parsed, contextFor),
    actors: acting ? (acting.kind === 'named' ? acting.names : [acting.name]) : [],
    unquotedActor: acting?.kind === 'unquoted' ? acting.name : null,
    askedIn:
      asked?.kind === 'named' && slot
        ? nameWrittenIn(asked.names, slot.text, articleWrites)
        : asked === null
          ? topicNameWrittenIn(ctx, parsed.text, slot, articleWrites)
          : null,
    kindAsked,
    kindModifiers: kindAsked ? compoundModifiers(parsed.text, kindAsked, lexicon) : null,
    articleWrites,
  }
}

/**
 * Whether "how did X VERB" asks for the words of X, whom the coverage quotes: the verb's first sense is one of
 * saying ("answer", "reply"; not "react", "view", "handle"), and "how" asks in what words.
 */
function asksWords(found: AskedSpeaker, verb: string, text: string, lexicon: Lexicon): boolean {
  return (
    found.kind === 'named' &&
    /^\s*how\b/i.test(text) &&
    lexicon.senses(verb).find((s) => s.pos === 'verb')?.file === 'verb.communication'
  )
}

/**
 * The speakers a yes/no question names as its subject ("Did Araghchi meet …"), or describes ("Did Iran's top
 * diplomat meet …": those the description fits, see `resolveSlot`).
 */
function subjectsOf(
  ctx: AnswerContext,
  parsed: ParsedQuestion,
  contextFor: (about: SpeakerSlot) => AskedContext,
): string[] {
  const named = parsed.subject ? [...(ctx.lookup.speakerNames.match(parsed.subject)?.names ?? [])] : []
  const described = parsed.subjectDescription
  if (named.length || !described) return named
  const fits = resolveSlot(described, contextFor(described))
  return fits?.kind === 'described' ? fits.names : []
}

/** Whether an article writes a word or an inflection of it, in any case; each article and word read once. */
function articleWriter(ctx: AnswerContext): (article: string, word: string) => boolean {
  const seen = new Map<string, boolean>()
  const patterns = new Map<string, RegExp>()
  return (article, word) => {
    const key = `${article}\u0000${word}`
    let writes = seen.get(key)
    if (writes === undefined) {
      // the word and its inflections ("sentence", "sentences", "sentenced"); one pattern per word, tried only on a
      // paragraph that has the word's letters at all
      let re = patterns.get(word)
      if (!re) {
        re = new RegExp(`(?<![\\p{L}])${escapePattern(word)}(?:s|es|d|ed|ing)?(?![\\p{L}])`, 'iu')
        patterns.set(word, re)
      }
      const pattern = re
      const lower = word.toLowerCase()
      writes = (ctx.lookup.article(article)?.paragraphs ?? []).some(
        (p) => p.text.toLowerCase().includes(lower) && pattern.test(p.text),
      )
      seen.set(key, writes)
    }
    return writes
  }
}

/**
 * Whether an article writes every word of the one person's name the question writes (one edit allowed in the
 * question's word), when it writes two or more ("Jeb Bush", not "Bush"); null otherwise. An article is read only
 * when a passage of it is a candidate.
 */
function nameWrittenIn(
  names: readonly string[],
  slot: string,
  writes: (article: string, word: string) => boolean,
): ((article: string) => boolean) | null {
  const [name] = names
  if (!name || names.length > 1) return null
  const asked = tokenSpans(slot).map((t) => t.token.toLowerCase())
  const written = name
    .split(/\s+/)
    .filter((w) => /^\p{Lu}\p{L}+$/u.test(w))
    .filter((w) =>
      asked.some((a) => a === w.toLowerCase() || (w.length >= 4 && editDistanceAtMost(a, w.toLowerCase(), 1))),
    )
  return written.length < 2 ? null : (article) => written.every((w) => writes(article, w))
}

/**
 * For the first person a question names by two or more capitalised words outside its speaker slot ("Who remembers
 * Jeb Bush as …"), a quoted person's name holding each of them: whether an article writes each (see
 * `nameWrittenIn`); null when it names nobody so.
 */
function topicNameWrittenIn(
  ctx: AnswerContext,
  text: string,
  slot: SpeakerSlot | null,
  writes: (article: string, word: string) => boolean,
): ((article: string) => boolean) | null {
  const tokens = tokenSpans(text).filter((t) => !slot || t.start < slot.start || t.start >= slot.end)
  for (let i = 1; i < tokens.length; i++) {
    const run: string[] = []
    while (i < tokens.length && /^\p{Lu}\p{Ll}+$/u.test(tokens[i]?.token ?? '')) run.push(tokens[i++]?.token ?? '')
    const last = run[run.length - 1]
    if (run.length < 2 || !last) continue
    const match = ctx.lookup.speakerNames.match(last)
    if (match?.how !== 'exact') continue
    const full = [...match.names].filter((n) => {
      const words = new Set(tokenSpans(n).map((w) => w.token))
      return run.every((w) => words.has(w))
    })
    if (full.length === 1) return nameWrittenIn(full, run.join(' '), writes)
  }
  return null
}

/** WordNet's files of verbs of thinking and feeling. */
const MIND_FILES = new Set(['verb.cognition', 'verb.emotion'])

/** WordNet's files of verbs of saying, thinking, perceiving and feeling. */
const STANCE_FILES = new Set(['verb.communication', 'verb.cognition', 'verb.perception', 'verb.emotion'])

/**
 * Whether a verb's most frequent sense is one of saying ("characterize", "answer") or of thinking, perceiving or
 * feeling ("view", "see", "rate"): after "how did X" it asks for X's stance; a verb of motion, possession,
 * competition or social action ("get", "win", "vote", "travel") asks how something was done.
 */
function isStanceVerb(lexicon: Lexicon, word: string): boolean {
  return STANCE_FILES.has(lexicon.senses(word).find((s) => s.pos === 'verb')?.file ?? '')
}

/**
 * What part of speech a question's word has, by the word before it: a noun after a determiner or a possessive ("the
 * fall", "Clinton's claim"), a verb after "to", an auxiliary or a subject pronoun ("to rain", "did he back"); null
 * when the words before do not say.
 */
function partOfSpeech(before: string): PartOfSpeech | null {
  const previous = /([\p{L}'’]+)\W*$/u.exec(before)?.[1]?.toLowerCase() ?? ''
  if (
    /^(?:the|a|an|his|her|its|their|our|my|your|this|these|those|every|each)$/.test(previous) ||
    /['’]s?$/.test(previous)
  )
    return 'noun'
  if (/^(?:to|did|does|do|will|would|can|could|should|might|must|he|she|they|it|we|i|you)$/.test(previous))
    return 'verb'
  return null
}

/** The speakers named (exactly, by a capitalised word) in the question outside its speaker slot. */
function namedOutside(text: string, slot: SpeakerSlot, names: SpeakerNames): Set<string> {
  const out = new Set<string>()
  for (const t of tokenSpans(text)) {
    if (t.start === 0 || (t.start >= slot.start && t.start < slot.end) || !/^\p{Lu}/u.test(t.token)) continue
    // a possessive names its owner ("Obama's planned executive orders")
    const m = names.match(t.token.replace(/['’]s?$/, ''))
    if (m?.how === 'exact') for (const name of m.names) out.add(name)
  }
  return out
}

/**
 * Whether the story uses a word in lower case, i.e. as a common word ("talks"), and not only as a name: the first
 * paragraphs holding it are looked at for the word written that way.
 */
export function usedInLowerCase(ctx: AnswerContext, word: string): boolean {
  const stem = stemToken(word)
  if (stem === null) return true
  const written = new RegExp(`(?<![\\p{L}\\p{N}])${escapePattern(word)}(?![\\p{L}\\p{N}])`, 'u')
  for (const id of ctx.index.paragraphsWith(stem, 50)) {
    const at = id.lastIndexOf('#')
    if (written.test(ctx.lookup.paragraph(id.slice(0, at), Number(id.slice(at + 1)))?.text ?? '')) return true
  }
  return false
}
