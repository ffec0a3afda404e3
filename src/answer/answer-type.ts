/**
 * Whether a passage holds the kind of answer a question asks for, tied to what it asks about, and not only its
 * topic: "How much uranium …" an amount of uranium (the noun written in the answering sentence, not "the two
 * adversaries" of a sentence on nuclear talks); "How much did X pay" a sum of money; "How many were killed in
 * Brussels" no count located in another place ("killed 130 people in Paris") where the sentence never names Brussels;
 * "Where …" a place the answering sentence locates with a word of the question in its clause, not that of an earlier
 * event ("following talks in Oman"), and for "Where will …" one the sentence gives for what is to come. Patterns of
 * English questions and news sentences, not of any story.
 */
import type { Lexicon } from '../search/lexicon.js'
import { stemToken, tokenSpans } from '../search/text-terms.js'
import { TEN_TO_NINETY_NINE } from '../story/dates/lexicon.js'
import { countedThing } from './counted.js'
import type { Span } from './span.js'
import { overlaps } from './span.js'

/** What the answer-type tests read of a passage (a subset of `Passage`, see `predicate.ts`). */
export type TypedPassage = {
  text: string
  sentence: Span
  matches: readonly (Span & { term: string })[]
  before: { text: string; matches: readonly (Span & { term: string })[] } | null
  /** The place a word names or pertains to ("Paris", "French"), or null (see `Lexicon.place`). */
  place: (word: string) => string | null
  /** Whether the passage's article writes a word anywhere. */
  articleWrites?: (word: string) => boolean
}

/** The question as the tests read it. */
export type TypedQuestion = {
  text: string
  shape: string
  /** Stems of the question's capitalised words. */
  names: ReadonlySet<string>
  /** The question's search terms (their stems). */
  terms: readonly { stem: string }[]
  /** The noun naming the kind of thing a "What NOUN …" question asks for ("sentence", "forecast"; see `askedNoun`). */
  kindAsked?: string | null
  /**
   * When the asked noun and the word before it are one noun to the lexicon ("weather forecast"), the first words of
   * that noun's names ("weather", of "weather forecast" and "weather outlook"; see `compoundModifiers`).
   */
  kindModifiers?: readonly string[] | null
}

/** An auxiliary, a preposition or a verb of being ends the noun a question asks for ("How much uranium does …"). */
export const NOT_NOUN =
  /^(?:is|are|was|were|be|been|did|does|do|has|have|had|will|would|could|should|can|may|might|must|of|in|on|at|for|to|from|by|with|about|per|the|a|an)$/i

/**
 * The noun after "how much" when the question names what is measured ("How much uranium enriched to 60 percent
 * does Iran hold?" → "uranium"); null for "How much is …", "How much of …", "How much did X pay".
 */
export function measuredNoun(text: string): string | null {
  const m = /^\s*how\s+much\s+([\p{L}-]+)/iu.exec(text)
  const word = m?.[1]
  return word && !NOT_NOUN.test(word) ? word : null
}

/**
 * The head noun of "What ADJ/NOUN NOUN did / does / is …" and "What's the NOUN NOUN …" ("What prison sentence did X
 * receive?" → "sentence"; "What's the weather forecast for …" → "forecast"), and the subject of "What will the
 * NOUN be" ("What will the weather be in Nice?" → "weather"): what the answer is one of, a word its article writes.
 * Not after "which" (the answer names the carrier, not the kind of ship), nor words of time (a "when" question) or
 * of kind.
 */
export function askedNoun(text: string): string | null {
  const m =
    /^\s*what\s+((?:[\p{L}'’-]+\s+){0,3}?)([\p{L}-]+)\s+(?:did|does|do|has|have|had|will|would|is|was|are|were)\b/iu.exec(
      text,
    ) ??
    /^\s*what(?:['’]s|\s+is|\s+was)\s+(?:the\s+|a\s+|an\s+)?((?:[\p{L}'’-]+\s+){0,2}?)([\p{L}-]+)(?:\s+(?:of|for|in|on|at|about|to|from|with)\b|\s*[?!.]?\s*$)/iu.exec(
      text,
    )
  // "What will the weather be …", "What is the mood like …": the subject of "be" is what the answer tells the state of
  const subject =
    /^\s*what\s+(?:will|would|is|was|are|were)\s+(?:the|a|an)\s+((?:[\p{L}'’-]+\s+){0,2}?)([\p{L}-]+)\s+(?:be|like)\b/iu.exec(
      text,
    )
  const head = subject?.[2] ?? m?.[2]
  if (!head || NOT_NOUN.test(head) || /^(?:date|day|time|year|month|week|kind|sort|type|else|exactly)$/i.test(head))
    return null
  if (subject) return /^\p{Lu}/u.test(head) ? null : head
  // a bare head ("What role did X play", "What message did X send") is as often a word the answer never uses; a
  // head its question narrows ("prison sentence", "weather forecast", "new sanctions") names a kind the answer does
  const modified = (m?.[1] ?? '').trim().length > 0
  return modified && !/^\p{Lu}/u.test(head) ? head : null
}

/**
 * When the word before the asked noun makes one noun with it that the lexicon knows ("weather forecast", "press
 * conference", "death toll"), the first words of that noun's names ("weather"; "press", "news"): an answer's article
 * writes one of them, as a compound names a narrower kind than its head. Null otherwise.
 */
export function compoundModifiers(text: string, noun: string, lexicon: Lexicon | undefined): string[] | null {
  const before = new RegExp(`([\\p{L}-]+)\\s+${noun}\\b`, 'iu').exec(text)?.[1]
  if (!lexicon || !before || NOT_NOUN.test(before) || /^\p{Lu}/u.test(before)) return null
  const heads = new Set<string>()
  for (const sense of lexicon.senses(`${before.toLowerCase()} ${noun}`))
    if (sense.pos === 'noun')
      for (const w of sense.words) {
        const parts = w.split(' ')
        if (parts.length === 2 && parts[0]) heads.add(parts[0])
      }
  return heads.size ? [...heads] : null
}

/**
 * "How much" with no noun after it and no part of something ("How much did X pay / cost / offer", "How much is the
 * tax expected to add"): a sum of money or a share, not any number ("purchasing two more in Florida").
 */
const asksAmount = (text: string) => /^\s*how\s+much\b/i.test(text) && !/^\s*how\s+much\s+of\b/i.test(text)

/** A sum of money or a share: "$600-million", "4.42 cents", "50 euros", "8.8 per cent", "25%". */
const AMOUNT =
  /[$€£¥]\s?\p{N}|\p{N}[\p{N}.,]*\s*(?:-?(?:million|billion|trillion)\s+)?(?:cents?|dollars?|euros?|pounds?|yen|yuan|rupees?|francs?|marks?|pesos?|per\s?cent|percent|%)|\b(?:US|C|A|NZ|HK)\$/iu

/** A question asking for a share: "What percentage of the vote …", "What share of …", "What proportion …". */
export const ASKS_SHARE = /^\s*(?:what|which)\s+(?:percentage|percent|share|proportion|fraction)\b/i

/** A share: "48 percent", "8.8 per cent", "25%", "Seventy-two percent" (a number spelled out to open a sentence), "a third", "two-thirds", "half", "a majority". */
export const SHARE = new RegExp(
  `(?:\\p{N}[\\p{N}.,]*|\\b(?:${TEN_TO_NINETY_NINE}))\\s*(?:-\\s*)?(?:per\\s?cent|percent|%)|\\b(?:half|(?:a|one|two)[\\s-](?:thirds?|quarters?|fifths?)|three[\\s-]quarters|majority)\\b`,
  'iu',
)

/** A preposition of place, before what it locates ("in Paris", "at Andrews Air Force Base", "into Hialeah"). */
const LOCATIVE =
  /\b(?:in|at|into|inside|outside|near)\s+(?:the\s+|a\s+|an\s+)?((?:[\p{L}.'’-]+\s+){0,3}?)(\p{Lu}[\p{L}.'’-]*)/gu

/** A phrase that sets an earlier or later event beside the one asked about ("following talks in Oman"). */
const OTHER_EVENT = /\b(?:following|after|since|before|until|ahead\s+of)\b[^,;:—–]*$/iu

type Located = { word: string; start: number }

/**
 * The capitalised words a preposition of place locates in a sentence, outside phrases of other events unless asked
 * for (a count is located wherever it stands).
 */
function locatedIn(text: string, sentence: Span, otherEvents = false): Located[] {
  const s = text.slice(sentence.start, sentence.end)
  const out: Located[] = []
  for (const m of s.matchAll(LOCATIVE)) {
    const word = m[2]
    if (!word || CALENDAR_WORD.test(word) || (!otherEvents && OTHER_EVENT.test(s.slice(0, m.index)))) continue
    out.push({ word, start: sentence.start + m.index + m[0].length - word.length })
  }
  return out
}

const stemOf = (word: string) => stemToken(word.replace(/['’]s?$/, '').replace(/\.$/, ''))

/** Whether the sentence writes the word itself (any inflection), not a paraphrase: "nuclear" is no amount of uranium. */
const writtenIn = (text: string, sentence: Span, stem: string) =>
  tokenSpans(text.slice(sentence.start, sentence.end)).some((t) => stemToken(t.token) === stem)

/** Months and weekdays are capitalised, but "in Friday's talks" and "in March" say when, not where. */
const CALENDAR_WORD =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/

/** Whether a term has a match in the span. */
const matchedIn = (matches: readonly (Span & { term: string })[], stem: string, span?: Span) =>
  matches.some((m) => m.term === stem && (!span || overlaps(m, span)))

/** Three or more words in capitals opening a paragraph: a headline of its own. */
const HEADLINE = /^(?:[\p{Lu}\p{N}][\p{Lu}\p{N}.'’-]*:?\s+){2,}[\p{Lu}\p{N}][\p{Lu}\p{N}.'’-]*\b/u

/**
 * A count of something else: the question names things (places, people, organisations) of which neither the passage
 * nor the paragraph before names any, and the answering sentence locates what it counts "in" or "at" somewhere the
 * question does not name ("How many were killed in the Brussels attacks?" and "attacks that killed 130 people in
 * Paris"; "How much did Trump pay for the club in Jupiter?" and "the city bought the course … in Tamarac").
 */
function countedElsewhere(q: TypedQuestion, p: TypedPassage): boolean {
  const names = [...q.names].filter((n) => !CALENDAR_STEM.test(n))
  if (!names.length) return false
  if (placedElsewhere(q, p) || placeUnwritten(q, p)) return true
  // a paragraph that opens with a headline in capitals ("UN: PEACEKEEPERS PAYING …") is a new item of a digest, and
  // does not go on from the one before
  const before = HEADLINE.test(p.text) ? null : p.before
  const named = (stem: string) => matchedIn(p.matches, stem) || (before !== null && matchedIn(before.matches, stem))
  if (names.some(named)) return false
  // a count of something the whole article never names ("How many were killed in the Brussels attacks?" answered
  // from a story of another attack)
  if (p.articleWrites && !questionNames(q).some((w) => p.articleWrites?.(w))) return true
  return locatedIn(p.text, p.sentence, true).some((l) => {
    const stem = stemOf(l.word)
    return stem === null || !q.names.has(stem)
  })
}

/**
 * A count asked of a place ("How many delegates did X win in the California primary?") is not in an article that
 * never writes that place: the article counts somewhere else (a primary of voters abroad, another state's).
 */
function placeUnwritten(q: TypedQuestion, p: TypedPassage): boolean {
  const writes = p.articleWrites
  if (!writes) return false
  return locatedIn(q.text, { start: 0, end: q.text.length }, true).some((l) => {
    const word = l.word.replace(/['’]s?$/, '')
    return p.place(word) !== null && !writes(word.toLowerCase())
  })
}

/**
 * The answering sentence locates its count in a place ("killed 130 people in Paris", "in the French capital") other
 * than the one the question names, which the sentence itself does not name.
 */
function placedElsewhere(q: TypedQuestion, p: TypedPassage): boolean {
  const asked = questionPlaces(q, p)
  if (!asked.length || asked.some((a) => matchedIn(p.matches, a.stem, p.sentence))) return false
  const places = new Set(asked.map((a) => a.place))
  return locatedIn(p.text, p.sentence, true).some((l) => {
    const place = p.place(l.word.replace(/['’]s?$/, ''))
    return place !== null && !places.has(place)
  })
}

/** The capitalised words of the question after its first, as written (no possessive), less months and weekdays. */
function questionNames(q: TypedQuestion): string[] {
  return tokenSpans(q.text)
    .filter((t) => t.start > 0 && /^\p{Lu}/u.test(t.token) && !CALENDAR_WORD.test(t.token))
    .map((t) => t.token.replace(/['’]s?$/, ''))
    .filter((w) => {
      const stem = stemToken(w)
      return stem !== null && q.names.has(stem)
    })
}

/** The places the question names, each with its stem ("Brussels": brussel, brussels). */
function questionPlaces(q: TypedQuestion, p: TypedPassage): { stem: string; place: string }[] {
  const out: { stem: string; place: string }[] = []
  for (const t of tokenSpans(q.text)) {
    if (t.start === 0 || !/^\p{Lu}/u.test(t.token)) continue
    const stem = stemToken(t.token)
    const place = p.place(t.token)
    if (stem && place && q.names.has(stem)) out.push({ stem, place })
  }
  return out
}

/** The stems of months and weekdays: capitalised, but they date what is asked; they do not name it. */
export const CALENDAR_STEM =
  /^(?:januari|februari|march|april|june|juli|august|septemb|octob|novemb|decemb|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|mondai|tuesdai|wednesdai|thursdai|fridai|saturdai|sundai)$/

/**
 * Where a clause ends inside a sentence: a semicolon or colon, or a comma and a conjunction before a verb in the past
 * ("…, and warned Tehran would target bases in the Middle East" is another clause than "…, and the relatives were").
 */
const CLAUSE_END = /[;:]|,\s+(?:and|but|while|whereas)\s+(?=\p{Ll}+ed\b|said\b|told\b|says\b)/gu

/** The clause of the sentence around an offset of the paragraph. */
function clauseAt(text: string, sentence: Span, at: number): Span {
  const s = text.slice(sentence.start, sentence.end)
  let start = sentence.start
  let end = sentence.end
  for (const m of s.matchAll(CLAUSE_END)) {
    const edge = sentence.start + m.index
    if (edge < at) start = edge + m[0].length
    else {
      end = edge
      break
    }
  }
  return { start, end }
}

/** "Where will …", "Where is X going to …": a question about what is to come. */
const FUTURE_QUESTION = /^\s*where\s+(?:will|would|shall|is\b.*\bgoing\s+to|are\b.*\bgoing\s+to)\b/i

/**
 * Words that speak of what is to come: a sentence that only tells where something was held ("The negotiations,
 * held in Oman on Friday, were …") does not say where the next will be.
 */
const FUTURE =
  /\b(?:will|would|shall|going\s+to|to\s+be\s+(?:held|hosted)|scheduled|planned|plans?|set\s+to|due\s+to|next|upcoming|expected\s+to)\b|['’]ll\b/i

/**
 * "Where …": a place in the answering sentence, located by a preposition of place and not one the question names
 * itself, outside a phrase that sets another event beside it ("following mediated discussions in Oman"), in a clause
 * that writes a word of what the question asks about other than its names, a paraphrase being too loose a tie (not
 * "…, and warned Tehran would target bases in the Middle East" for "Where will the next round of talks be held?").
 */
function placeGiven(q: TypedQuestion, p: TypedPassage): boolean {
  if (FUTURE_QUESTION.test(q.text) && !FUTURE.test(p.text.slice(p.sentence.start, p.sentence.end))) return false
  return locatedIn(p.text, p.sentence).some((l) => {
    const stem = stemOf(l.word)
    if (stem !== null && q.names.has(stem)) return false
    const clause = clauseAt(p.text, p.sentence, l.start)
    return q.terms.some((t) => !q.names.has(t.stem) && writtenIn(p.text, clause, t.stem))
  })
}

/**
 * "How many N …": the passage (or the paragraph before, which it may go on from) names N, as written, an inflection
 * or a synonym, and for "How many N were V-ed" also V: a count of something else ("serves 10 cities" for delegates
 * won) or of another event ("raided two homes" for people arrested) does not answer (see `countedThing`).
 */
function countedNamed(q: TypedQuestion, p: TypedPassage): boolean {
  const { noun, passive } = countedThing(q.text)
  const named = (word: string | null) => {
    const stem = word ? stemToken(word) : null
    if (stem === null || matchedIn(p.matches, stem) || (p.before !== null && matchedIn(p.before.matches, stem)))
      return true
    // an article on that count may give it by kinds ("106 cats, two dogs and one turtle" for animals) or by whom
    // it concerns ("laying off 300 people" for jobs), having named it elsewhere
    return word !== null && p.articleWrites?.(word.toLowerCase()) === true
  }
  return named(noun) && named(passive)
}

/** Whether the passage holds the kind of answer the question asks for (see the top of this file). */
export function answerTypeMet(q: TypedQuestion, p: TypedPassage): boolean {
  if (q.shape === 'where') return placeGiven(q, p)
  // the kind of thing asked for, in the passage's article at least ("What prison sentence did X receive?")
  // and of what the question names ("What prison sentence did X receive?" is not answered by Y's)
  if (q.kindAsked && p.articleWrites) {
    const names = questionNames(q)
    const writes = p.articleWrites
    if (!writes(q.kindAsked) || (names.length > 0 && !names.some((w) => writes(w)))) return false
    // a compound names a narrower kind than its head: "That forecast appeared accurate" is no weather forecast
    if (q.kindModifiers?.length && !q.kindModifiers.some((w) => writes(w))) return false
  }
  // "What percentage of the vote did X get?" asks for a share, which the answering sentence must give
  if (ASKS_SHARE.test(q.text) && !SHARE.test(p.text.slice(p.sentence.start, p.sentence.end))) return false
  if (q.shape !== 'how-many') return true
  if (!countedNamed(q, p)) return false
  const noun = measuredNoun(q.text)
  const stem = noun ? stemToken(noun) : null
  if (stem && !writtenIn(p.text, p.sentence, stem)) return false
  if (!stem && asksAmount(q.text) && !AMOUNT.test(p.text.slice(p.sentence.start, p.sentence.end))) return false
  return !countedElsewhere(q, p)
}
