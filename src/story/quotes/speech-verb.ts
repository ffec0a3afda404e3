/** Finds a speech verb at a token: "said", "told", "pointed out", "according to". */
import { BARE_SPEAKER_NOUNS, SPEECH_VERBS, TITLE_WORDS, type VerbClass } from './lexicon.js'
import { isWord, lower, type Token } from './token.js'

/** Words after which a verb of saying is a noun: determiners and possessives. */
const NOUN_MARKERS = new Set('a an the this that these those his her its their our my your every each no'.split(' '))

const DETERMINER_AFTER_TO = new Set('the a an his her its their this that our these those'.split(' '))

/** Verbs of saying whose form is also a noun ("a controversial tweet", "a forceful promise", "calls for"). */
const NOUNLIKE_RE =
  /^(?:tweets?|calls?|claims?|promises?|reports?|comments?|remarks?|notes?|answers?|repl(?:y|ies)|vows?|pledges?|charges?|estimates?)$/

/** Endings of adjectives ("controversial", "forceful", "previous", "unprompted"; not "the suit claims"). */
const ADJECTIVE_RE = /(?:al|ous|ful|ive|ic|ed|less|able|ible|ary|ish)$/

/** Where the adjectives (with their adverbs in -ly and participles in -ing) before `i` begin; `i` when none. */
function modifiersFrom(toks: Token[], i: number): number {
  let m = i
  while (m > i - 3) {
    const w = toks[m - 1]
    if (!isWord(w) || w.cap || TITLE_WORDS.has(w.low) || BARE_SPEAKER_NOUNS.has(w.low)) break
    const adjective = ADJECTIVE_RE.test(w.low) || (m < i && /^\p{Ll}{3,}ly$/u.test(w.low))
    if (!adjective && !/^\p{Ll}{3,}ing$/u.test(w.low)) break
    m--
  }
  return m
}

/** Prepositions after which a verb of saying is a noun. */
const NOUN_AFTER = new Set('of in on at for from with by into about'.split(' '))

const TWO_WORD = new Set([...SPEECH_VERBS.keys()].filter((k) => k.includes(' ')))

const TWO_WORD_FIRST = new Set([...TWO_WORD].map((k) => k.split(' ')[0]))

/** "Replied State Department spokesman Richard Boucher, “...”": a verb in the past that opens its sentence. */
const OPENING_VERB_RE = /^(?:said|added|replied|continued|countered|asked|explained|recalled|noted|wrote|declared)$/

/**
 * "Murphy, the head of the PAC, Tweeted on Friday": a verb of saying in the past written with a capital inside a
 * sentence, as brand names make them, is still the verb; not a capital before another ("Reported Cases").
 */
function brandCased(toks: Token[], i: number): boolean {
  const t = toks[i] as Token
  if (i === 0 || !/^\p{Lu}\p{Ll}+ed$/u.test(t.text)) return false
  const next = toks[i + 1]
  return !(isWord(next) && next.cap)
}

export function verbAt(toks: Token[], i: number): { end: number; cls: VerbClass } | null {
  const t = toks[i] as Token
  const next = toks[i + 1]
  if (t.low === 'according') return isWord(next) && lower(next) === 'to' ? { end: i + 1, cls: 'according' } : null
  // (a capital that only opens the sentence was marked lower case: "Saying “nothing is certain”, ...")
  const two = TWO_WORD_FIRST.has(t.low) && isWord(next) ? `${t.low} ${lower(next)}` : null
  const found: { end: number; cls: VerbClass } | null =
    two !== null && TWO_WORD.has(two)
      ? { end: i + 1, cls: SPEECH_VERBS.get(two) as VerbClass }
      : SPEECH_VERBS.has(t.low)
        ? { end: i, cls: SPEECH_VERBS.get(t.low) as VerbClass }
        : null
  if (found === null) return null
  // "had written" is the writer's; "a letter written by" is not
  if (t.low === 'written' && !/^(?:has|have|had|having)$/.test(toks[i - 1]?.low ?? '')) return null
  if (i === 0 && OPENING_VERB_RE.test(t.low)) return found
  // "Adding to the campaign's wariness is ...": to add to something is not to say it
  if (t.low.startsWith('add') && next?.low === 'to' && DETERMINER_AFTER_TO.has(toks[i + 2]?.low ?? '')) return null
  if (t.cap && !brandCased(toks, i)) return null
  // "a 2016 report", "his claims", "the call": after a determiner or a number the word is a noun; so is one after
  // a preposition ("the secretary of state", "in reports"), unless it is a participle ("by saying")
  const before = toks[i - 1]
  if (isWord(before) && (NOUN_MARKERS.has(before.low) || /^\d/.test(before.low))) return null
  // "an unprompted call for", "a controversial tweet from", "a forceful promise": a determiner and an adjective
  // before make it a noun (not an adverb: "the group quickly said")
  // ("her opening remarks", "her seemingly incongruous comments": a participle or an adverb among the modifiers)
  if (NOUNLIKE_RE.test(t.low) && NOUN_MARKERS.has(toks[modifiersFrom(toks, i) - 1]?.low ?? '')) return null
  if (isWord(before) && NOUN_AFTER.has(before.low) && !t.low.endsWith('ing')) return null
  // "denied reports that", "released notes from": a verb of saying in -s right after a verb in -ed is its object
  if (isWord(before) && /^\p{Ll}{3,}ed$/u.test(before.text) && /[^s]s$/.test(t.low)) return null
  // "the congressional report said", "Clinton's tweet read": a verb of saying right before another is its subject
  if (isWord(next) && !next.cap && SPEECH_VERBS.has(next.low) && !next.low.endsWith('ing') && !t.low.endsWith('ing'))
    return null
  return found
}
