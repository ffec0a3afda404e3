/**
 * What the coverage calls each speaker, as words to match a description in a question against ("the premier",
 * "Kenya's president", "the FXTM strategist", "the RNC spokesman"): the speaker's name and roles, and the words
 * around the first mentions of their surname in each article that quotes them, where news writing introduces a
 * person ("Yellowhead MP Jim Eglinski", "Hussein Sayed, chief market strategist at FXTM"). Each word counts as much
 * as it says about the person:
 * - their own (1): their name, their role up to a relative clause, the title right before the name ("Iranian
 *   Foreign Minister Abbas Araghchi", not "… in China,” Payne said"), the apposition right after it ("Murphy, the
 *   head of Right to Rise USA,"), and the initials of the capitalised names among them ("RNC");
 * - nearby (1/2): the other words of the sentence near the name;
 * - the story's (1/4): the names in the headline and lead of an article that quotes them (a spokeswoman in a story
 *   about the O'Malley campaign speaks for it).
 * A place and its demonym count as one word ("Kenya's" is "Kenyan"); the places the article is about count for
 * its speakers too.
 */

import type { Lexicon, Sense } from '../search/lexicon.js'
import { cachedIndexTerms } from '../search/paragraph-docs.js'
import { STOP_WORDS } from '../search/stop-words.js'
import { type TokenSpan, tokenSpans } from '../search/text-terms.js'
import { splitSentences } from '../story/sentences.js'
import type { Speaker } from '../story/types.js'
import { kinTerms } from './kin-terms.js'
import { type ArticleEntry, type StoryLookup, sameSpeaker } from './story-lookup.js'

/** How many words on each side of a mention of the surname describe the person, in how many first mentions. */
const WINDOW = 6
const MENTIONS = 3
/** The words just before a name that are the person's own title ("Kenyan President Uhuru …"). */
const PREMODIFIERS = 4
/** The words of an apposition right after a name ("Murphy, the head of Right to Rise USA, …"). */
const APPOSITION = 10

/** How much a word says about a speaker, by where it stands (see the module comment). */
export const OWN = 1
export const NEAR = 0.5
export const STORY = 0.25

/** A relative clause ends a role: "pollster who supported Ted Cruz" is a pollster. */
const RELATIVE = /^(?:who|whom|whose|which|that)$/i

/** The terms a word of a description stands for: its stem, and its place when it names or pertains to one. */
export function describingTerms(token: string, lexicon: Lexicon): string[] {
  const stem = cachedIndexTerms(token)?.[0]
  if (stem === undefined) return []
  const place = /^\p{Lu}/u.test(token) ? lexicon.place(token) : null
  return place ? [stem, `place:${place}`] : [stem]
}

/** A term with how much it says about the speaker. */
type Contribution = [speaker: string, term: string, strength: number]

/**
 * How many sources give a term to a speaker at each strength, packed in one number (a count per strength, each in
 * its own 17 bits): the strongest strength with a count is the term's strength there.
 */
const UNIT: Record<number, number> = { [OWN]: 1, [NEAR]: 2 ** 17, [STORY]: 2 ** 34 }
const strengthOf = (packed: number) => (packed % 2 ** 17 > 0 ? OWN : packed % 2 ** 34 >= 2 ** 17 ? NEAR : STORY)

/**
 * The speakers' profiles, kept up to date one article (and one speaker) at a time: each article's and each
 * speaker's terms are counted in and out, so a changed article costs what that article holds. The engine keeps one
 * and updates it with the story, so no question ever waits for profiles to be built.
 */
export class SpeakerProfiles {
  /** term → speaker → how many sources give it at each strength, packed (see `UNIT`). */
  private readonly counts = new Map<string, Map<string, number>>()
  /** speaker → their own places ("place:iran" for "Iranian Foreign Minister"), with how many sources give each. */
  private readonly ownPlaces = new Map<string, Map<string, number>>()
  private readonly byArticle = new Map<string, Contribution[]>()
  private readonly bySpeaker = new Map<string, { speaker: Speaker; terms: Contribution[] }>()

  constructor(private readonly lexicon: Lexicon) {}

  /** The profiles of a whole story. */
  static of(lookup: StoryLookup, lexicon: Lexicon): SpeakerProfiles {
    const profiles = new SpeakerProfiles(lexicon)
    profiles.setSpeakers(lookup.speakers)
    for (const id of lookup.articleIds()) {
      const entry = lookup.entry(id)
      if (entry) profiles.setArticle(entry)
    }
    return profiles
  }

  /** Counts in what an article (added or changed) says of the people it quotes, in place of what it said before. */
  setArticle(entry: ArticleEntry): void {
    this.removeArticle(entry.article.id)
    const terms = articleTerms(entry, this.lexicon)
    this.byArticle.set(entry.article.id, terms)
    this.count(terms, 1)
  }

  removeArticle(id: string): void {
    const terms = this.byArticle.get(id)
    if (!terms) return
    this.count(terms, -1)
    this.byArticle.delete(id)
  }

  /** The speakers after a merge: only those whose name, role or aliases changed are counted out and in again. */
  setSpeakers(speakers: readonly Speaker[]): void {
    const gone = new Set(this.bySpeaker.keys())
    for (const speaker of speakers) {
      gone.delete(speaker.name)
      const before = this.bySpeaker.get(speaker.name)
      if (before && (before.speaker === speaker || sameSpeaker(before.speaker, speaker))) continue
      if (before) this.count(before.terms, -1)
      const terms: Contribution[] = []
      // an alias may be a description ("pollster who supported Texas Sen. Ted Cruz"): read as a role
      for (const text of [speaker.name, ...speaker.aliases, speaker.role])
        for (const [term, strength] of roleTerms(text, this.lexicon)) terms.push([speaker.name, term, strength])
      this.bySpeaker.set(speaker.name, { speaker, terms })
      this.count(terms, 1)
    }
    for (const name of gone) {
      const before = this.bySpeaker.get(name)
      if (before) this.count(before.terms, -1)
      this.bySpeaker.delete(name)
    }
  }

  private count(terms: readonly Contribution[], sign: 1 | -1): void {
    for (const [speaker, term, strength] of terms) {
      let bySpeaker = this.counts.get(term)
      if (!bySpeaker) {
        bySpeaker = new Map()
        this.counts.set(term, bySpeaker)
      }
      const packed = (bySpeaker.get(speaker) ?? 0) + sign * (UNIT[strength] ?? 0)
      if (packed > 0) bySpeaker.set(speaker, packed)
      else bySpeaker.delete(speaker)
      if (bySpeaker.size === 0) this.counts.delete(term)
      if (strength === OWN && term.startsWith('place:')) {
        const own = this.ownPlaces.get(speaker) ?? new Map<string, number>()
        const n = (own.get(term) ?? 0) + sign
        if (n > 0) own.set(term, n)
        else own.delete(term)
        if (own.size) this.ownPlaces.set(speaker, own)
        else this.ownPlaces.delete(speaker)
      }
    }
  }

  /**
   * Whether a speaker can be of a place a question puts in a description. A place that says whose the person is
   * ("the Omani foreign minister", "Oman's foreign minister") must be their own ("Omani Foreign Minister …"), or
   * their story's when they are given none; a place where they are ("the U.S. attorney in Newark") may also be
   * one named near them or in their story.
   */
  fitsPlace(speaker: string, place: string, where = false): boolean {
    const own = this.ownPlaces.get(speaker)
    const near = this.counts.get(`story-${place}`)?.has(speaker) ?? false
    return this.ownIn(own, place) || ((where || !own) && near)
  }

  /** Whether a speaker's own words put them in a place other than this one ("Iranian", asked about Oman). */
  isOfOtherPlace(speaker: string, place: string): boolean {
    const own = this.ownPlaces.get(speaker)
    return own !== undefined && !this.ownIn(own, place)
  }

  /** Whether any speaker's own words put them in a place, or in one within it ("Omani …", "Oman's foreign minister"). */
  anyoneOf(place: string): boolean {
    for (const own of this.ownPlaces.values()) if (this.ownIn(own, place)) return true
    return false
  }

  /** Whether one of a speaker's own places is a place, or lies within it ("Kenyan" for "the African leader"). */
  private ownIn(own: ReadonlyMap<string, number> | undefined, place: string): boolean {
    if (!own) return false
    if (own.has(place)) return true
    const region = place.slice('place:'.length)
    for (const mine of own.keys()) if (this.lexicon.within?.(mine.slice('place:'.length), region)) return true
    return false
  }

  /** The speakers whose profile holds a term, with how strongly (the strongest strength any source gives it). */
  holders(term: string): ReadonlyMap<string, number> {
    const out = new Map<string, number>()
    for (const [speaker, packed] of this.counts.get(term) ?? []) out.set(speaker, strengthOf(packed))
    return out
  }

  /** Every term with its holders and their strengths, sorted (to compare two profiles). */
  snapshot(): [string, [string, number][]][] {
    return [...this.counts.keys()]
      .sort()
      .map((term): [string, [string, number][]] => [term, [...this.holders(term)].sort(([a], [b]) => (a < b ? -1 : 1))])
  }

  /** How much a term tells speakers apart: rare among profiles, high. */
  weight(term: string): number {
    return Math.log(1 + this.bySpeaker.size / Math.max(1, this.counts.get(term)?.size ?? 0))
  }
}

/** The terms of words: places as the person's own ("place:iran"), or as the story's ("story-place:iran"). */
function termsOfTokens(tokens: readonly string[], lexicon: Lexicon, own = true): string[] {
  const out: string[] = []
  for (const token of tokens)
    for (const term of describingTerms(token, lexicon))
      out.push(own || !term.startsWith('place:') ? term : `story-${term}`)
  for (const acronym of acronyms(tokens)) out.push(acronym)
  return out
}

/** The most words of a title the lexicon knows as one ("chief executive officer", "member of parliament"). */
const TITLE_WORDS = 3

/**
 * How newsrooms shorten a title of several words the lexicon knows as a kind of person: its initials ("member of
 * parliament" → "mp", "chief executive officer" → "ceo") and the short forms the lexicon gives it ("district
 * attorney" → "da"); "of", "and" and "the" give no letter.
 */
function titleShortForms(tokens: readonly string[], lexicon: Lexicon): string[] {
  const key = tokens.join(' ')
  let found = shortFormsOf.get(key)
  if (found === undefined) {
    found = findTitleShortForms(tokens, lexicon)
    if (shortFormsOf.size > SHORT_FORMS_KEPT) shortFormsOf.clear()
    shortFormsOf.set(key, found)
  }
  return found
}

/** The short forms of the roles read so far (roles repeat: "the minister", "a spokesman for the ministry"). */
const shortFormsOf = new Map<string, string[]>()
const SHORT_FORMS_KEPT = 20_000

/** A word that neither starts nor ends a title ("minister of", "the chief"): no title is looked up there. */
const TITLE_EDGE = /^(?:of|and|the|a|an|to|in|for|on|at|with|by|from)$/

function findTitleShortForms(tokens: readonly string[], lexicon: Lexicon): string[] {
  const out: string[] = []
  for (let i = 0; i < tokens.length; i++)
    for (let n = TITLE_WORDS; n >= 2; n--) {
      const words = tokens.slice(i, i + n)
      if (words.length < n || !words.every((w) => /^\p{Ll}+$/u.test(w))) continue
      const last = words[n - 1] ?? ''
      if (TITLE_EDGE.test(words[0] ?? '') || TITLE_EDGE.test(last)) continue
      // a title ends in a noun ("officer", "parliament"); one word's senses are looked up once, a phrase's each time
      if (!lexicon.senses(last).some((x) => x.pos === 'noun')) continue
      const lemma = words.join(' ')
      // "chief executive": newsrooms drop the "officer" that ends a title, and keep its short form ("CEO")
      const officer = tokens[i + n] !== 'officer' ? personSense(`${lemma} officer`, lexicon) : null
      if (officer) out.push(...shortForms(officer))
      const sense = personSense(lemma, lexicon)
      if (!sense) continue
      out.push(
        words
          .filter((w) => !/^(?:of|and|the)$/.test(w))
          .map((w) => w.charAt(0))
          .join(''),
      )
      out.push(...shortForms(sense))
      break
    }
  return [...new Set(out)]
}

/** The lexicon's sense of a title of several words as a kind of person ("chief financial officer"), if it has one. */
function personSense(lemma: string, lexicon: Lexicon): Sense | null {
  const sense = lexicon.senses(lemma).find((x) => x.pos === 'noun' && x.words.includes(lemma))
  return sense?.file === 'noun.person' ? sense : null
}

/** The short forms among a sense's words ("cfo", "d.a." → "da"). */
const shortForms = (sense: Sense): string[] =>
  sense.words.map((w) => w.replace(/\./g, '')).filter((w) => /^[a-z]{2,4}$/.test(w))

/**
 * A person's own words' terms, with the short forms of a title among them ("member of parliament": MP), and "head"
 * where they say the person is in charge of something ("Chris Cox, who runs the NRA's lobbying arm": see
 * `inCharge`).
 */
function ownTerms(tokens: readonly string[], lexicon: Lexicon): string[] {
  const terms = [
    ...termsOfTokens(tokens, lexicon),
    ...titleShortForms(tokens, lexicon),
    ...termsOfTokens(kinTerms(tokens), lexicon),
  ]
  const who = tokens.findIndex((t) => /^who$/i.test(t))
  if (who >= 0 && inCharge(tokens[who + 1] ?? '', lexicon)) terms.push(HEAD)
  return terms
}

/** The stem of "head", the noun of a person in charge of something ("the head of the NRA's lobbying arm"). */
const HEAD = 'head'

/** How many of a verb's senses are read for one of being in charge ("run" is first a verb of motion). */
const CHARGE_SENSES = 8

/**
 * Whether a verb says its subject is in charge of its object ("runs", "heads", "leads", "chairs"): one of its first
 * senses is a social one that is, or is a kind of, directing or heading ("operate, run" and "head, lead": kinds of
 * "direct"; "chair": a kind of "head").
 */
function inCharge(verb: string, lexicon: Lexicon): boolean {
  if (!/^\p{Ll}+(?:s|ed)$/u.test(verb) && !/^(?:ran|led)$/.test(verb)) return false
  return lexicon
    .senses(verb)
    .filter((s) => s.pos === 'verb')
    .slice(0, CHARGE_SENSES)
    .some((s) => s.file === 'verb.social' && [...s.words, ...s.related].some((w) => w === 'direct' || w === HEAD))
}

/** A role's terms: its own words up to a relative clause, the rest as words near the person. */
function roleTerms(role: string | null | undefined, lexicon: Lexicon): [string, number][] {
  const text = role ?? ''
  const spans = tokenSpans(text)
  const tokens = spans.map((t) => t.token)
  // a participle's clause is what the person did, not what they are ("Salceda, citing data from the U.S. State
  // Department, said"; "a former speechwriter to Albright, referring to Bush's former chief political strategist")
  const participle = spans.findIndex(
    (t, i) => /^\p{Ll}+ing$/u.test(t.token) && (i === 0 || /,\s*$/.test(text.slice(0, t.start))),
  )
  const relative = tokens.findIndex((t) => RELATIVE.test(t))
  const cut = participle < 0 ? relative : relative < 0 ? participle : Math.min(participle, relative)
  const own = cut < 0 ? tokens : tokens.slice(0, cut)
  const rest = cut < 0 ? [] : tokens.slice(cut)
  return [
    ...ownTerms(own, lexicon).map((t): [string, number] => [t, OWN]),
    ...termsOfTokens(rest, lexicon, false).map((t): [string, number] => [t, NEAR]),
  ]
}

/** An ampersand as a firm's name may hold it: "&", "and", or "amp" (what is left of "&amp;" in some texts). */
const AMPERSAND = /^(?:&|and|amp)$/i

/** The legal form that ends a company's name ("Co.", "Corp.", "Inc."), left out of its abbreviation. */
const COMPANY_FORM_RE = /^(?:Co|Cos|Corp|Inc|Ltd|LLC|PLC|Plc|AG|SA|NV|Group|Company|Corporation)$/

/**
 * The initials of runs of capitalised words ("Republican National Committee" → "rnc", "U.S. National Security
 * Council" → "nsc" and "usnsc", "Hewlett-Packard Co." → "hpc" and "hp"), as a question abbreviates them; "of", "and"
 * and "the" inside a run are skipped.
 */
function acronyms(tokens: readonly string[]): string[] {
  const out: string[] = []
  let run: string[] = []
  const push = (words: readonly string[]) => {
    const letters = words.map((w) => (/^\p{Lu}+$/u.test(w) && w.length <= 3 ? w : (w[0] ?? ''))).join('')
    if (letters.length >= 2 && letters.length <= 6) out.push(letters.toLowerCase())
  }
  const flush = () => {
    for (let from = 0; from + 1 < run.length; from++) push(run.slice(from))
    // an organisation opening a longer run, before a title ("United Nations High Commissioner for Refugees": "un")
    for (let to = 2; to < run.length; to++) push(run.slice(0, to))
    // a company is abbreviated without its legal form ("Hewlett-Packard Co." → "hp")
    if (run.length > 2 && COMPANY_FORM_RE.test(run.at(-1) ?? '')) {
      run.pop()
      flush()
    }
    run = []
  }
  for (const t of tokens) {
    if (/^\p{Lu}/u.test(t)) run.push(t)
    else if (!(run.length && (/^(?:of|and|the|for)$/.test(t) || AMPERSAND.test(t)))) flush()
  }
  flush()
  return out
}

/**
 * What an article says of the people it quotes: their roles there; the places it is about (its headline and lead,
 * dateline included: "President Uhuru Kenyatta" in a story from Nairobi is Kenya's president); the names in its
 * headline and lead (the organisation a story is about: "State party chairman John Burton" under "California
 * Democrats opened their convention …"); and the words around the first mentions of each one's surname up to their last statement (see the
 * module comment).
 */
function articleTerms(entry: ArticleEntry, lexicon: Lexicon): Contribution[] {
  const { article } = entry
  const out: Contribution[] = []
  // the capitalised words of the headline and lead, each with the place it names (or null)
  const capitalised = [article.title, article.paragraphs[0]?.text ?? '']
    .flatMap((t) => tokenSpans(t).map((x) => x.token))
    .filter((t) => /^\p{Lu}/u.test(t))
    .map((t) => ({ token: t, place: lexicon.place(t) }))
  const places = capitalised.map((c) => c.place).filter((p): p is string => p !== null)
  const headline = capitalised
    .filter((c) => c.place === null && !STOP_WORDS.has(c.token.toLowerCase()))
    .flatMap((c) => describingTerms(c.token, lexicon))
  const quoted = new Map<string, number>()
  const roles = new Set<string>()
  for (const q of entry.quotes) {
    if (!q.speaker) continue
    quoted.set(q.speaker, Math.max(quoted.get(q.speaker) ?? 0, q.paragraph))
    // each role of each speaker once
    const key = `${q.speaker}\u0000${q.role ?? ''}`
    if (roles.has(key)) continue
    roles.add(key)
    for (const [term, strength] of roleTerms(q.role, lexicon)) out.push([q.speaker, term, strength])
  }
  // a paragraph's words and sentence ends, read only where a mention is (most paragraphs never are)
  const read = new Map<number, { text: string; spans: TokenSpan[]; ends: number[] }>()
  const paragraph = (i: number) => {
    let r = read.get(i)
    if (!r) {
      const text = article.paragraphs[i]?.text ?? ''
      r = { text, spans: tokenSpans(text), ends: splitSentences(text).map((x) => x.end) }
      read.set(i, r)
    }
    return r
  }
  /** The mentions of a word as a whole word, in order: [paragraph, token] positions. */
  const mentions = (word: string) => {
    const out: [number, number][] = []
    for (let i = 0; i < article.paragraphs.length; i++) {
      if (!(article.paragraphs[i]?.text ?? '').includes(word)) continue
      paragraph(i).spans.forEach((t, k) => {
        if (t.token.replace(/['’]s$/, '') === word) out.push([i, k])
      })
    }
    return out
  }
  for (const [speaker, upTo] of quoted) {
    const terms = new Map<string, number>()
    const put = (term: string, strength: number) => terms.set(term, Math.max(terms.get(term) ?? 0, strength))
    for (const place of places) put(`story-place:${place}`, NEAR)
    for (const term of headline) put(term, STORY)
    const names = new Set(tokenSpans(speaker).map((t) => t.token))
    const surname = [...names].filter((t) => /^\p{Lu}/u.test(t) && t.length >= 3).pop()
    const all = surname ? mentions(surname) : []
    // the first few mentions before their last statement
    for (const [i, k] of all.filter(([i]) => i < upTo).slice(0, MENTIONS)) {
      const { text, spans, ends } = paragraph(i)
      const mention = spans[k]
      if (!mention) continue
      // within the mention's sentence
      const end = ends.find((e) => e > mention.start) ?? Number.POSITIVE_INFINITY
      let start = 0
      for (const e of ends) if (e <= mention.start) start = e
      const inSentence = (t: TokenSpan) => t.start >= start && t.end <= end
      const words = (from: number, to: number) =>
        spans
          .slice(Math.max(0, from), to)
          .filter(inSentence)
          .map((t) => t.token)
      for (const term of termsOfTokens(words(k - WINDOW, k + WINDOW + 1), lexicon, false)) put(term, NEAR)
      const titled = title(spans, k, text, lexicon).filter(inSentence)
      const own = [...titled, ...apposition(spans, k, text).filter(inSentence)].map((t) => t.token)
      for (const term of ownTerms(own, lexicon)) put(term, OWN)
      // a role with no organisation ("…, spokesman Serge Clermont said") is the role of the name opening the
      // sentence ("MindSpring, which provided the space, closed it …"), whose spokesman speaks for it
      const role = titled.filter((t) => !names.has(t.token))
      if (role.length && role.every((t) => /^\p{Ll}/u.test(t.token)))
        for (const term of termsOfTokens(opener(spans, start, k, text), lexicon, false)) put(term, NEAR)
    }
    // what the article says the person is, wherever it says it ("Bennett recently retired from his career as a
    // mail carrier", "Roe is a professor of political science at …")
    for (const [i, k] of all) {
      const { text, spans } = paragraph(i)
      for (const term of ownTerms(predicate(spans, k, text, lexicon), lexicon)) put(term, OWN)
    }
    for (const [term, strength] of terms) out.push([speaker, term, strength])
  }
  return out
}

/** The most words of a name opening a sentence ("Pathway Communications Inc."). */
const OPENER = 4

/**
 * The capitalised words that open the sentence starting at `start`, before the name at `k`, with the relative clause
 * that says what it is or does ("MindSpring, which provided the Internet space for the site,").
 */
function opener(spans: readonly TokenSpan[], start: number, k: number, text: string): string[] {
  const first = spans.findIndex((t) => t.start >= start)
  const out: string[] = []
  let j = first
  for (; j >= 0 && j < k - 1 && out.length < OPENER; j++) {
    const t = spans[j] as TokenSpan
    if (!/^\p{Lu}/u.test(t.token) || STOP_WORDS.has(t.token.toLowerCase())) break
    out.push(t.token)
  }
  const comma = (a: number) => /^\s*,\s*$/.test(text.slice(spans[a - 1]?.end ?? 0, spans[a]?.start ?? 0))
  if (!out.length || !/^which$/i.test(spans[j]?.token ?? '') || !comma(j)) return out
  for (let n = j + 1; n < k - 1 && n <= j + APPOSITION && !comma(n); n++) out.push((spans[n] as TokenSpan).token)
  return out
}

/** A verb that says what its subject is ("Roe is a lawyer", "has been the chairman since", "became"). */
const COPULA = /^(?:is|was|became|becomes|remains|remained|been|be)$/i
/** Auxiliaries and adverbs between a subject and what it is said to be. */
const BEFORE_PREDICATE =
  /^(?:has|had|have|will|would|now|also|still|already|currently|once|long|again|back|\p{Ll}+ly)$/iu
/** Where the words that say what someone is end: a comparison or another clause (a preposition's object goes on). */
const PREDICATE_END = /^(?:than|who|whom|whose|which|that|and|but|when|while|because|since|after|before|if)$/i

/**
 * What a sentence whose subject is the person mentioned at `k` says they are: the noun phrase after a verb of being
 * ("Green, 58, is already caddieing again", "Roe is a professor of political science at …") or after "as" in their
 * clause ("Bennett recently retired from his career as a mail carrier"), when it names a kind of person. Empty when
 * the mention is no subject (a possessive, a name inside a clause), or the phrase names no person ("is only a few
 * years older").
 */
function predicate(spans: readonly TokenSpan[], k: number, text: string, lexicon: Lexicon): string[] {
  const mention = spans[k]
  if (!mention || /['’]s$/.test(mention.token)) return []
  const between = (a: TokenSpan | undefined, b: TokenSpan | undefined) => (a && b ? text.slice(a.end, b.start) : '')
  // the subject opens its sentence or clause, after any title joined to the name ("Rep. Jane Roe is …")
  let first = k
  while (
    first > 0 &&
    /^\p{Lu}/u.test(spans[first - 1]?.token ?? '') &&
    joined(text, spans[first - 1] as TokenSpan, spans[first] as TokenSpan)
  )
    first--
  // "…, and Bennett recently retired"
  if (/^(?:and|but)$/i.test(spans[first - 1]?.token ?? '') && /,\s*$/.test(between(spans[first - 2], spans[first - 1])))
    first--
  let j = k + 1
  // a relative clause says what the person is wherever the name stands ("…, said Ahmed Saleh, who is a professor
  // at Qatar University")
  const relative = /^\s*,\s*$/.test(between(mention, spans[j])) && /^who$/i.test(spans[j]?.token ?? '')
  if (relative) j++
  else if (first > 0 && !/[.!?;:,—“"(]\s*$/.test(between(spans[first - 1], spans[first]))) return []
  // an apposition set in commas ("Green, 58, is …")
  else if (/^\s*,\s*$/.test(between(mention, spans[j]))) {
    let close = j
    while (close < k + 14 && spans[close + 1] && !/,/.test(between(spans[close], spans[close + 1]))) close++
    if (!spans[close + 1] || close >= k + 14) return []
    j = close + 1
  }
  const clauseGoesOn = (from: number) => /^[\s'’-]*$/.test(between(spans[from - 1], spans[from]))
  let start = -1
  // a verb of being right after the subject (and its auxiliaries); "as" in the subject's own clause, with no
  // object before it that "as" could describe ("described the killer as a hero", "praised Roe as")
  let onlyAuxiliaries = true
  for (let n = j; n < j + 10 && spans[n] && (n === j || clauseGoesOn(n)); n++) {
    const t = (spans[n] as TokenSpan).token
    if (/^(?:not|never|no)$/i.test(t) || PREDICATE_END.test(t)) return []
    if (COPULA.test(t) && onlyAuxiliaries) start = n + 1
    else if (/^as$/i.test(t) && /^(?:a|an|the|his|her|their)$/i.test(spans[n + 1]?.token ?? '')) start = n + 1
    else if (objectOpener(t, spans[n - 1]?.token ?? '')) return []
    if (start >= 0) break
    if (!BEFORE_PREDICATE.test(t)) onlyAuxiliaries = false
  }
  if (start < 0) return []
  while (spans[start] && BEFORE_PREDICATE.test((spans[start] as TokenSpan).token)) start++
  // a noun phrase ("a mail carrier", "the chairman of …") or a person's noun made a verb ("caddieing"), not a verb
  // phrase ("running for president")
  const opener = spans[start]?.token ?? ''
  const determined = /^(?:a|an|the|his|her|their|one)$/i.test(opener)
  if (!determined) {
    const made = /ing$/.test(opener) ? personNoun(opener, lexicon) : null
    return made ? [made] : []
  }
  const phrase: string[] = []
  // the kind of person comes before any preposition: "a professor of political science", not "a friend of the
  // candidate's"
  let person = false
  let head = true
  for (let n = start; n < start + APPOSITION && spans[n] && (n === start || clauseGoesOn(n)); n++) {
    const t = (spans[n] as TokenSpan).token
    if (PREDICATE_END.test(t)) break
    if (PREPOSITION.test(t)) head = false
    if (head && personNoun(t, lexicon)) person = true
    phrase.push(t)
  }
  return person ? phrase : []
}

const PREPOSITION = /^(?:of|for|at|in|on|with|from|to|by|since|during|about)$/i

/**
 * Whether a word opens an object after a verb, which "as" would then describe ("described each voter as a judge",
 * "praised Roe as", "called his rival a liar"): a determiner, an object pronoun or a name; a possessive only where
 * no preposition comes before it ("retired from his career as a mail carrier" is the subject's career).
 */
const objectOpener = (word: string, before: string) =>
  /^(?:a|an|the|him|them|it|this|that|these|those|each|every|all|some|any|my|our|your|me|us)$/i.test(word) ||
  /^\p{Lu}/u.test(word) ||
  (/^(?:his|her|their|its)$/i.test(word) && !PREPOSITION.test(before))

/**
 * A word naming a kind of person by its first noun senses ("lawyer", "carrier"), or the -ing form of one
 * ("caddieing" → "caddie"): that noun; else null. Capitalised words are names, not kinds.
 */
function personNoun(token: string, lexicon: Lexicon): string | null {
  if (!/^\p{Ll}/u.test(token)) return null
  const bases = /ing$/.test(token) ? [token.slice(0, -3), `${token.slice(0, -3)}e`] : [token]
  for (const base of bases) {
    const nouns = lexicon.senses(base).filter((s) => s.pos === 'noun')
    if (nouns.slice(0, 2).some((s) => s.file === 'noun.person')) return base
  }
  return null
}

/** What stands between two tokens: a title runs through spaces, hyphens and the periods of abbreviations only. */
const joined = (text: string, a: TokenSpan, b: TokenSpan) => /^[\s.-]*$/.test(text.slice(a.end, b.start))

/**
 * The words of the given name and title right before a name ("Iranian Foreign Minister Abbas"), up to a break; or,
 * set off by a comma, the role before the name ("His chief strategist, Tad Devine").
 */
function title(spans: readonly TokenSpan[], k: number, text: string, lexicon: Lexicon): TokenSpan[] {
  // the joined words that end at `last`
  const run = (last: number, limit: number) => {
    const out: TokenSpan[] = []
    // a title ends in a word of its own, never a function word: in a headline's capitals ("Texas Gov. Hears About
    // Obama's Gun Grab") the words before a name may be a clause
    if (STOP_WORDS.has(spans[last]?.token.toLowerCase() ?? '')) return out
    for (let j = last; j >= 0 && j > last - limit; j--) {
      const t = spans[j]
      const next = spans[j + 1]
      // a title is no clause: "He will be caddieing for Ollie Schniederjans" gives Ollie no title ("Secretary of
      // State John Kerry" has one)
      const clause = STOP_WORDS.has(t?.token.toLowerCase() ?? '') && !/^of$/i.test(t?.token ?? '')
      if (!t || !next || (j < last && (!joined(text, t, next) || clause))) break
      out.unshift(t)
    }
    return out
  }
  const name = spans[k]
  const previous = spans[k - 1]
  const before = name && previous && joined(text, previous, name) ? run(k - 1, PREMODIFIERS) : []
  // the name's own capitalised words ("Tad" in "Tad Devine"), then the comma and the role before it
  let first = k
  while (first > k - before.length && /^\p{Lu}/u.test(spans[first - 1]?.token ?? '')) first--
  const a = spans[first - 1]
  const b = spans[first]
  if (first > k - before.length || !a || !b || !/^\s*,\s*$/.test(text.slice(a.end, b.start))) return before
  const role = run(first - 1, PREMODIFIERS)
  if (/^\p{Ll}/u.test(a.token)) return [...role, ...before]
  return [...frontedRole(spans, first - 1, text, lexicon), ...before]
}

/** The most words a role set before a name by a comma runs to ("An Afghan refugee in Switzerland, Homira …"). */
const FRONTED = 8

/**
 * A role that opens its clause with an article and ends at the comma before the name, where it ends in a name of a
 * place or an organisation ("An Afghan refugee in Switzerland, Homira Atimadi, is …", "A spokesman for Acme Corp.,
 * Jo Ray, said"): its words, when a kind of person stands before its first preposition ("A day after the vote,
 * Smith said" is no role).
 */
function frontedRole(spans: readonly TokenSpan[], last: number, text: string, lexicon: Lexicon): TokenSpan[] {
  // a clause's edge before the word at `j`: the text's start, or punctuation
  const edge = (j: number) => j === 0 || /[,.;:!?—“"(]/.test(text.slice(spans[j - 1]?.end ?? 0, spans[j]?.start ?? 0))
  let start = last
  while (start > last - FRONTED && !edge(start)) start--
  const opener = spans[start]
  if (!opener || !edge(start) || !/^(?:a|an|the)$/i.test(opener.token)) return []
  const phrase = spans.slice(start + 1, last + 1)
  const prep = phrase.findIndex((t) => PREPOSITION.test(t.token))
  const head = phrase.slice(0, prep < 0 ? phrase.length : prep)
  return head.some((t) => personNoun(t.token, lexicon) !== null) ? phrase : []
}

/**
 * Whether the comma after `j` is inside a firm's name of partners' surnames ("at Donaldson, Lufkin & Jenrette",
 * "Merrill Lynch, Pierce, Fenner & Smith"): capitalised words on both sides, and the list goes on to an ampersand
 * and a last capitalised word before any other punctuation.
 */
function firmGoesOn(spans: readonly TokenSpan[], j: number, text: string): boolean {
  if (
    !/^\p{Lu}/u.test(spans[j]?.token ?? '') ||
    text.slice(spans[j]?.end ?? 0, spans[j + 1]?.start ?? 0).trim() !== ','
  )
    return false
  for (let n = j + 1; n < j + 8; n++) {
    const t = spans[n]
    const next = spans[n + 1]
    if (!t || !next) return false
    if (AMPERSAND.test(t.token)) return /^\p{Lu}/u.test(next.token) && n > j + 1
    if (!/^\p{Lu}/u.test(t.token) || !/^[\s,]*$/.test(text.slice(t.end, next.start))) return false
  }
  return false
}

/** The most capitalised words of the place or firm in "NAME of PLACE," before an apposition. */
const WHERE_FROM = 4

/**
 * The last word of what news sets between a name and its apposition: where the person is from or whom they work for
 * ("Sen. Jeff Merkley of Oregon, the only senator to …", "Jane Roe of Portland, Ore., a retired teacher") and a
 * party with its state in brackets ("Sen. Chris Murphy (D-Conn.), who …"); else the name itself.
 */
function whereFrom(spans: readonly TokenSpan[], k: number, text: string): number {
  const name = spans[k]
  const next = spans[k + 1]
  if (!name || !next) return k
  // "(D-Conn.)", "(R)"
  const bracket = /^\s*\([^()]{1,12}\)/.exec(text.slice(name.end))
  if (bracket) {
    const close = name.end + bracket[0].length
    let j = k
    while ((spans[j + 1]?.end ?? Number.POSITIVE_INFINITY) <= close) j++
    return j
  }
  if (next.token !== 'of' || !/^\s+$/.test(text.slice(name.end, next.start))) return k
  let j = k + 1
  // capitalised words joined by spaces or periods, then (after a comma) one more such run, a state ("Portland, Ore.")
  for (let run = 0; run < 2; run++) {
    const from = j
    while (j - from < WHERE_FROM && /^\p{Lu}/u.test(spans[j + 1]?.token ?? '')) {
      const gap = text.slice(spans[j]?.end ?? 0, spans[j + 1]?.start ?? 0)
      if (j > from && !/^[\s.]*$/.test(gap)) break
      if (j === from && !/^\s+$/.test(gap) && run === 0) break
      j++
    }
    if (j === from) return run === 0 ? k : from
    const after = text.slice(spans[j]?.end ?? 0, spans[j + 1]?.start ?? 0)
    // a state after its city ends with its own comma: "of Portland, Ore., a retired teacher"
    if (run === 0 && /^\s*,\s*$/.test(after) && /^\p{Lu}/u.test(spans[j + 1]?.token ?? '')) {
      const state = spans[j + 1]
      const past = spans[j + 2]
      if (state && past && /^\.?\s*,/.test(text.slice(state.end, past.start)) && /^\p{Ll}/u.test(past.token)) continue
    }
    return j
  }
  return j
}

/**
 * The words of an apposition right after a name, between its commas ("Murphy, the head of Right to Rise USA,"), up
 * to a relative clause after its head.
 */
function apposition(spans: readonly TokenSpan[], mention: number, text: string): TokenSpan[] {
  const k = whereFrom(spans, mention, text)
  const name = spans[k]
  const first = spans[k + 1]
  // (an abbreviated state or a bracket ends with its period: "of Portland, Ore., a …", "(D-Conn.), who …")
  const comma = k === mention ? /^\s*,\s*$/ : /^\.?\)?\s*,\s*$/
  if (!name || !first || !comma.test(text.slice(name.end, first.start))) return []
  // an apposition describes ("the head of …", "chief strategist at FXTM", "Republican of Minnesota", "Yellowhead
  // MP"); names alone list other people ("Trump, Clinton and Sanders")
  const out: TokenSpan[] = []
  for (let j = k + 1; j < spans.length && j <= k + APPOSITION; j++) {
    const t = spans[j]
    // a relative clause after its head ends it: "a pollster who supported Texas Sen. Ted Cruz" is no senator ("NAME,
    // who graduated from Covington" is described by the clause)
    if (!t || (out.length > 0 && RELATIVE.test(t.token))) break
    out.push(t)
    const after = spans[j + 1]
    if (!after || (/[,;:()“”"—]/.test(text.slice(t.end, after.start)) && !firmGoesOn(spans, j, text))) break
  }
  // a participle's clause is what the person did ("Salceda, citing data from the U.S. State Department, said")
  if (/^\p{Ll}+ing$/u.test(out[0]?.token ?? '')) return []
  const describes = out.some(
    (t) => (/^\p{Ll}/u.test(t.token) && !/^(?:and|or)$/.test(t.token)) || /^\p{Lu}{2,4}$/u.test(t.token),
  )
  return describes ? out : []
}
