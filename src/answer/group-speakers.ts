/**
 * A group asked about as the speaker ("What do ordinary people in Tehran expect …", "What did police say …", "What
 * do union members think …"): the statements the coverage gives the group itself ("police", "a union statement",
 * "Iranians in the capital") or an unnamed member the paragraph before places in it ("Iranians in the capital,
 * Tehran, seemed less positive." then "“…,” a woman who asked to remain anonymous told Al Jazeera.").
 */
import { type Lexicon, writtenPlaceStems } from '../search/lexicon.js'
import { splitId } from '../search/paragraph-docs.js'
import type { SpeakerSlot } from '../search/speaker-slot.js'
import { STOP_WORDS } from '../search/stop-words.js'
import type { StoryIndex } from '../search/story-index.js'
import { stemToken, tokenSpans } from '../search/text-terms.js'
import type { StoryLookup } from './story-lookup.js'

/** Collective nouns for people that take no plural "-s". */
const COLLECTIVE = /^(?:people|police|staff|public|clergy|military|personnel|folk|folks|crowd|crowds)$/i

/**
 * Heads that say only that the people live somewhere or belong to a public ("ordinary people in Tehran", "Tehran
 * residents", "union members"): the place or organisation tells the group. Any other head ("farmers", "police") must
 * itself be written.
 */
const GENERAL = /^(?:people|persons|residents|citizens|locals|inhabitants|public|population|folks?|members)$/i

/** Where a group's head noun ends: "people in Tehran", "members of the union". */
const PREPOSITION = /^(?:in|of|at|from|across|around|near|outside|inside|on)$/i

/** At most this many paragraphs with the group's word are looked at (the search's own bound on a question's work). */
const PARAGRAPHS = 200

/** More speakers than this tell no group apart. */
const MAX_SPEAKERS = 5

/**
 * The group a slot describes: its head, a plural or collective noun for people ("people", "residents", "members",
 * "police"), and the words that say which group (a place, an organisation: "Tehran", "union"), not the adjectives
 * ("ordinary"). Null when the slot describes one person or names someone.
 */
export function groupOf(slot: SpeakerSlot, lexicon: Lexicon): { head: string; words: string[] } | null {
  const spans = tokenSpans(slot.text).filter((t) => !/^(?:the|a|an|some|many|most|all)$/i.test(t.token))
  const end = spans.findIndex((t, i) => i > 0 && PREPOSITION.test(t.token))
  const head = spans[(end < 0 ? spans.length : end) - 1]?.token
  if (!head || /^\p{Lu}/u.test(head)) return null
  const nouns = lexicon.senses(head).filter((s) => s.pos === 'noun')
  const ofPeople = nouns.some((s) => s.file === 'noun.person' || s.file === 'noun.group')
  if (!ofPeople || !(COLLECTIVE.test(head) || (/s$/i.test(head) && !nouns.some((s) => s.words.includes(head)))))
    return null
  const words = spans
    .filter((t) => t.token !== head && !PREPOSITION.test(t.token) && !STOP_WORDS.has(t.token.toLowerCase()))
    .filter((t) => {
      const senses = lexicon.senses(t.token)
      const noun = senses.find((s) => s.pos === 'noun')?.file
      // an adjective ("ordinary", "local", "young") says what kind of member, not which group ("union", "church")
      return (
        /^\p{Lu}/u.test(t.token) ||
        !senses.some((s) => s.pos === 'adj') ||
        noun === 'noun.group' ||
        noun === 'noun.location'
      )
    })
    .map((t) => t.token)
  return { head, words }
}

/** A speaker that is no named person: a group or an unnamed member ("police", "an anonymous woman", "Iranians …"). */
function unnamed(speaker: string, lexicon: Lexicon): boolean {
  const first = tokenSpans(speaker)[0]?.token ?? ''
  return /^\p{Ll}/u.test(first) || (/s$/.test(first) && lexicon.place(first) !== null)
}

/**
 * The speakers of the statements a group makes: in a paragraph holding the word that says which group (the head
 * itself when there is none: "police"), or in the one after it when that paragraph quotes nobody (it sets the
 * scene); only groups and unnamed people, never a named person. Empty when none or too many.
 */
export function groupSpeakers(
  group: { head: string; words: readonly string[] },
  ctx: { lookup: StoryLookup; index: StoryIndex; lexicon: Lexicon },
): string[] {
  const stems = (group.words.length && GENERAL.test(group.head) ? group.words : [...group.words, group.head])
    .map((w) => writtenStem(w, ctx))
    .filter((s): s is string => s !== null)
  if (!stems.length) return []
  // the rarest word bounds the paragraphs looked at
  const rarest = stems.reduce((a, b) => (ctx.index.documentFrequency(b) < ctx.index.documentFrequency(a) ? b : a))
  const found = new Set<string>()
  const take = (article: string, n: number) => {
    for (const q of ctx.lookup.quotes(article, n))
      if (q.speaker && unnamed(q.speaker, ctx.lexicon)) found.add(q.speaker)
  }
  for (const id of ctx.index.paragraphsWith(rarest, PARAGRAPHS)) {
    const [article, n] = splitId(id)
    // the index holds the rarest word already (in the text or the speakers quoted); the others are read
    if (stems.length > 1) {
      const words = new Set(tokenSpans(ctx.lookup.paragraph(article, n)?.text ?? '').map((t) => stemToken(t.token)))
      if (!stems.every((s) => words.has(s))) continue
    }
    take(article, n)
    if (ctx.lookup.quotes(article, n).length === 0 && ctx.lookup.paragraph(article, n + 1)) take(article, n + 1)
    if (found.size > MAX_SPEAKERS) return []
  }
  return [...found]
}

/** A word's stem, or for a place the story writes otherwise ("Teheran"), the stem of the name it writes. */
function writtenStem(word: string, ctx: { index: StoryIndex; lexicon: Lexicon }): string | null {
  const stem = stemToken(word)
  if (!stem || ctx.index.documentFrequency(stem) > 0) return stem
  return writtenPlaceStems(ctx.lexicon, word, (s) => ctx.index.documentFrequency(s) > 0)[0] ?? stem
}
