/**
 * What the coverage calls each speaker, as words to match a description in a question against ("the premier",
 * "Kenya's president", "the FXTM strategist"): the speaker's name and roles, and the words around the first
 * mentions of their surname in each article that quotes them, where news writing introduces a person
 * ("Yellowhead MP Jim Eglinski", "Hussein Sayed, chief market strategist at FXTM"). A place and its demonym
 * count as one word ("Kenya's" is "Kenyan"); the places the article is about count for its speakers too.
 */
import type { Lexicon } from '../search/lexicon.js'
import { cachedIndexTerms } from '../search/paragraph-docs.js'
import { type TokenSpan, tokenSpans } from '../search/text-terms.js'
import { splitSentences } from '../story/sentences.js'
import type { ArticleEntry, StoryLookup } from './story-lookup.js'

/** How many words on each side of a mention of the surname describe the person, in how many first mentions. */
const WINDOW = 6
const MENTIONS = 3
/** The words just before a name that are the person's own title ("Kenyan President Uhuru …"). */
const PREMODIFIERS = 4

/** The terms a word of a description stands for: its stem, and its place when it names or pertains to one. */
export function describingTerms(token: string, lexicon: Lexicon): string[] {
  const stem = cachedIndexTerms(token)?.[0]
  if (stem === undefined) return []
  const place = /^\p{Lu}/u.test(token) ? lexicon.place(token) : null
  return place ? [stem, `place:${place}`] : [stem]
}

export class SpeakerProfiles {
  /** term → the speakers whose profile holds it. */
  private readonly bySpeakerTerm = new Map<string, Set<string>>()
  private readonly speakerCount: number
  /** speaker → the places their name, roles and introductions name ("place:iran" for "Iranian Foreign Minister"). */
  private readonly ownPlaces = new Map<string, Set<string>>()

  /**
   * `articles` remembers what each article contributed, by its entry in the lookup (a changed article has a new
   * entry), so a story that changed in one article is profiled again from that article only.
   */
  constructor(lookup: StoryLookup, lexicon: Lexicon, articles = new WeakMap<ArticleEntry, [string, string][]>()) {
    for (const s of lookup.speakers)
      for (const text of [s.name, s.role, ...s.aliases])
        for (const term of termsOf(text, lexicon)) this.put(s.name, term)
    this.speakerCount = lookup.speakers.length
    for (const id of lookup.articleIds()) {
      const entry = lookup.entry(id)
      if (!entry) continue
      let terms = articles.get(entry)
      if (!terms) {
        terms = articleTerms(entry, lexicon)
        articles.set(entry, terms)
      }
      for (const [speaker, term] of terms) this.put(speaker, term)
    }
  }

  private put(speaker: string, term: string): void {
    const set = this.bySpeakerTerm.get(term)
    if (set) set.add(speaker)
    else this.bySpeakerTerm.set(term, new Set([speaker]))
    if (term.startsWith('place:')) {
      const own = this.ownPlaces.get(speaker)
      if (own) own.add(term)
      else this.ownPlaces.set(speaker, new Set([term]))
    }
  }

  /**
   * Whether a speaker can be of a place the question puts in a description ("the Omani foreign minister"): their own
   * words say so ("Omani Foreign Minister …"), or say no place and their story is about it.
   */
  fitsPlace(speaker: string, place: string): boolean {
    const own = this.ownPlaces.get(speaker)
    return own ? own.has(place) : this.speakersWith(`story-${place}`).has(speaker)
  }

  /** The speakers whose profile holds a term. */
  speakersWith(term: string): ReadonlySet<string> {
    return this.bySpeakerTerm.get(term) ?? new Set()
  }

  /** How much a term tells speakers apart: rare among profiles, high. */
  weight(term: string): number {
    return Math.log(1 + this.speakerCount / Math.max(1, this.speakersWith(term).size))
  }
}

/** The terms of words: places as the person's own ("place:iran"), or as the story's ("story-place:iran"). */
function termsOfTokens(tokens: readonly string[], lexicon: Lexicon, own = true): string[] {
  const out: string[] = []
  for (const token of tokens)
    for (const term of describingTerms(token, lexicon))
      out.push(own || !term.startsWith('place:') ? term : `story-${term}`)
  return out
}

const termsOf = (text: string | null | undefined, lexicon: Lexicon): string[] =>
  termsOfTokens(
    tokenSpans(text ?? '').map((t) => t.token),
    lexicon,
  )

/**
 * What an article says of the people it quotes: their roles there; the places it is about (its headline and lead,
 * dateline included: "President Uhuru Kenyatta" in a story from Nairobi is Kenya's president); and the words around
 * the first mentions of each one's surname up to their last statement, where places count as the person's own just
 * before the name ("Iranian Foreign Minister Abbas Araghchi") and as the story's elsewhere ("… citizens in China").
 */
function articleTerms(entry: ArticleEntry, lexicon: Lexicon): [string, string][] {
  const { article } = entry
  const out: [string, string][] = []
  const places = [article.title, article.paragraphs[0]?.text ?? '']
    .flatMap((t) => tokenSpans(t).map((x) => x.token))
    .filter((t) => /^\p{Lu}/u.test(t))
    .map((t) => lexicon.place(t))
    .filter((p): p is string => p !== null)
  const quoted = new Map<string, number>()
  for (const q of entry.quotes) {
    if (!q.speaker) continue
    for (const term of termsOf(q.role, lexicon)) out.push([q.speaker, term])
    quoted.set(q.speaker, Math.max(quoted.get(q.speaker) ?? 0, q.paragraph))
  }
  // where each word stands in the paragraphs up to the last statement: [paragraph, token] positions, in order
  const last = Math.max(0, ...quoted.values())
  const read: { spans: TokenSpan[]; ends: number[] }[] = []
  const at = new Map<string, [number, number][]>()
  for (let i = 0; i < last; i++) {
    const text = article.paragraphs[i]?.text ?? ''
    const spans = tokenSpans(text)
    read.push({ spans, ends: splitSentences(text).map((x) => x.end) })
    spans.forEach((t, k) => {
      const word = t.token.replace(/['’]s$/, '')
      const list = at.get(word)
      if (list) list.push([i, k])
      else at.set(word, [[i, k]])
    })
  }
  for (const [speaker, upTo] of quoted) {
    const terms = new Set<string>()
    for (const place of places) terms.add(`story-place:${place}`)
    const surname = tokenSpans(speaker)
      .map((t) => t.token)
      .filter((t) => /^\p{Lu}/u.test(t) && t.length >= 3)
      .pop()
    const found = surname ? (at.get(surname) ?? []).filter(([i]) => i < upTo).slice(0, MENTIONS) : []
    for (const [i, k] of found) {
      const { spans, ends } = read[i] ?? { spans: [], ends: [] }
      const mention = spans[k]
      if (!mention) continue
      // within the mention's sentence
      const end = ends.find((e) => e > mention.start) ?? Number.POSITIVE_INFINITY
      let start = 0
      for (const e of ends) if (e <= mention.start) start = e
      const words = (from: number, to: number) =>
        spans
          .slice(Math.max(0, from), to)
          .filter((t) => t.start >= start && t.end <= end)
          .map((t) => t.token)
      for (const term of termsOfTokens(words(k - PREMODIFIERS, k), lexicon)) terms.add(term)
      for (const term of termsOfTokens(words(k - WINDOW, k + WINDOW + 1), lexicon, false)) terms.add(term)
    }
    for (const term of terms) out.push([speaker, term])
  }
  return out
}

/** Profiles of a story, worked out again only when the story changes, and then only for the articles that did. */
export class ProfileCache {
  private cached: { version: number; profiles: SpeakerProfiles } | null = null
  private readonly articles = new WeakMap<ArticleEntry, [string, string][]>()

  get(lookup: StoryLookup, lexicon: Lexicon): SpeakerProfiles {
    if (!this.cached || this.cached.version !== lookup.version)
      this.cached = { version: lookup.version, profiles: new SpeakerProfiles(lookup, lexicon, this.articles) }
    return this.cached.profiles
  }
}
