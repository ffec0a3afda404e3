/**
 * What the coverage calls each speaker, as words to match a description in a question against ("the premier",
 * "Kenya's president", "the FXTM strategist"): the speaker's name and roles, and the words around the first
 * mentions of their surname in each article that quotes them, where news writing introduces a person
 * ("Yellowhead MP Jim Eglinski", "Hussein Sayed, chief market strategist at FXTM"). A place and its demonym
 * count as one word ("Kenya's" is "Kenyan"); the places the article is about count for its speakers too.
 */
import type { Lexicon } from '../search/lexicon.js'
import { stemToken, type TokenSpan, tokenSpans } from '../search/text-terms.js'
import { splitSentences } from '../story/sentences.js'
import type { StoryLookup } from './story-lookup.js'

/** How many words on each side of a mention of the surname describe the person, in how many first mentions. */
const WINDOW = 6
const MENTIONS = 3
/** The words just before a name that are the person's own title ("Kenyan President Uhuru …"). */
const PREMODIFIERS = 4

/** The terms a word of a description stands for: its stem, and its place when it names or pertains to one. */
export function describingTerms(token: string, lexicon: Lexicon): string[] {
  const stem = stemToken(token)
  if (stem === null) return []
  const place = /^\p{Lu}/u.test(token) ? lexicon.place(token) : null
  return place ? [stem, `place:${place}`] : [stem]
}

export class SpeakerProfiles {
  /** term → the speakers whose profile holds it. */
  private readonly bySpeakerTerm = new Map<string, Set<string>>()
  private readonly speakerCount: number
  /** speaker → the places their name, roles and introductions name ("place:iran" for "Iranian Foreign Minister"). */
  private readonly ownPlaces = new Map<string, Set<string>>()

  constructor(lookup: StoryLookup, lexicon: Lexicon) {
    // places count as the person's own in their name, roles and the words just before their name ("Iranian
    // Foreign Minister Abbas Araghchi"); elsewhere near a mention they are the story's ("… citizens in China")
    const add = (speaker: string, text: string | null | undefined, own = true) => {
      for (const { token } of tokenSpans(text ?? ''))
        for (const term of describingTerms(token, lexicon))
          this.put(speaker, own || !term.startsWith('place:') ? term : `story-${term}`)
    }
    for (const s of lookup.speakers) {
      add(s.name, s.name)
      add(s.name, s.role)
      for (const alias of s.aliases) add(s.name, alias)
    }
    this.speakerCount = lookup.speakers.length
    for (const id of lookup.articleIds()) {
      const entry = lookup.entry(id)
      if (!entry) continue
      const { article } = entry
      // the places the story is about (its headline and lead, dateline included): "President Uhuru Kenyatta" in a
      // story from Nairobi is Kenya's president
      const places = [article.title, article.paragraphs[0]?.text ?? '']
        .flatMap((t) => tokenSpans(t).map((x) => x.token))
        .filter((t) => /^\p{Lu}/u.test(t))
        .map((t) => lexicon.place(t))
        .filter((p): p is string => p !== null)
      const quoted = new Map<string, number>()
      for (const q of entry.quotes) {
        if (!q.speaker) continue
        add(q.speaker, q.role)
        quoted.set(q.speaker, Math.max(quoted.get(q.speaker) ?? 0, q.paragraph))
      }
      for (const [speaker, last] of quoted) {
        for (const place of places) this.put(speaker, `story-place:${place}`)
        const surname = tokenSpans(speaker)
          .map((t) => t.token)
          .filter((t) => /^\p{Lu}/u.test(t) && t.length >= 3)
          .pop()
        if (surname)
          for (const m of mentions(article.paragraphs.slice(0, last), surname)) {
            add(speaker, m.before)
            add(speaker, m.around, false)
          }
      }
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

/** The words around the first mentions of a surname in these paragraphs (within each sentence). */
function mentions(paragraphs: readonly { text: string }[], surname: string): { before: string; around: string }[] {
  const written = new RegExp(
    `(?<![\\p{L}\\p{N}])${surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`,
    'gu',
  )
  const out: { before: string; around: string }[] = []
  const words = (spans: TokenSpan[]) => spans.map((t) => t.token).join(' ')
  for (const p of paragraphs) {
    for (const m of p.text.matchAll(written)) {
      const sentence = splitSentences(p.text).find((s) => s.start <= m.index && m.index < s.end)
      const spans = tokenSpans(sentence?.text ?? p.text)
      const offset = sentence?.start ?? 0
      const at = spans.findIndex((t) => t.start + offset >= m.index)
      if (at >= 0)
        out.push({
          before: words(spans.slice(Math.max(0, at - PREMODIFIERS), at)),
          around: words(spans.slice(Math.max(0, at - WINDOW), at + WINDOW + 1)),
        })
      if (out.length >= MENTIONS) return out
    }
  }
  return out
}

/** Profiles of a story, worked out again only when the story changes. */
export class ProfileCache {
  private cached: { version: number; profiles: SpeakerProfiles } | null = null

  get(lookup: StoryLookup, lexicon: Lexicon): SpeakerProfiles {
    if (!this.cached || this.cached.version !== lookup.version)
      this.cached = { version: lookup.version, profiles: new SpeakerProfiles(lookup, lexicon) }
    return this.cached.profiles
  }
}
