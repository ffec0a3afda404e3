/**
 * How an article writes its words, for telling names from ordinary words capitalised only because they open a
 * sentence ("Reacting to criticism, ...", "Does Rubio ...", "Hours later, ..."). A capital at the start of a
 * sentence says nothing; a capital inside one, or a lower-case spelling elsewhere, does.
 */

import { escapePattern } from '../escape-pattern.js'
import { genderOfGivenName, likelyGenderOfGivenName } from './given-names.js'
import { ADJUNCT_PREPOSITIONS, NOT_NAME_WORDS, TIME_WORDS } from './lexicon.js'
import type { Token } from './token.js'

const givenName = (name: string): boolean => genderOfGivenName(name) !== null || likelyGenderOfGivenName(name) !== null

const HONORIFIC_DOT = new Set('Mr. Mrs. Ms. Dr. Sen. Rep. Gov. Gen. Lt. Col. Prof. Rev. Hon. St.'.split(' '))
const EDGE_RE = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu

const LETTER_RE = /[\p{L}'’-]/u

/** Is `word` (lower case) in `text` as a whole word, written in lower case? */
function appearsAsWord(text: string, word: string): boolean {
  if (word.length < 2) return false
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!LETTER_RE.test(text[at - 1] ?? ' ') && !LETTER_RE.test(text[at + word.length] ?? ' ')) return true
  }
  return false
}

/** Does a word written like this let the next one count as inside a sentence ("said Trump", "Mr. Trump")? */
const leadsInto = (prev: string): boolean =>
  /[\p{Ll}\p{N},;]$/u.test(prev) || HONORIFIC_DOT.has(prev) || /^\p{Lu}[\p{L}'’-]*$/u.test(prev)

/** Words that are never a name when they open a sentence: auxiliaries, negations. */
const CLOSED_CLASS = new Set(
  'is was were are be been has have had do does did will would can could should shall might must may neither nor either top'.split(
    ' ',
  ),
)

export class ArticleCasing {
  private body: string | null = null
  private midCapitals: Set<string> | null = null
  private readonly lowerSeen = new Map<string, boolean>()
  private readonly places = new Map<string, boolean>()

  constructor(private readonly paragraphs: readonly string[]) {}

  /** The article's text, its paragraphs joined, made once on first use. */
  private get text(): string {
    this.body ??= this.paragraphs.join('\n')
    return this.body
  }

  /** Does the article also write this word (lower case) in lower case, alone or as a plural? */
  writtenLower(word: string): boolean {
    const known = this.lowerSeen.get(word)
    if (known !== undefined) return known
    const body = this.text
    const found =
      appearsAsWord(body, word) || appearsAsWord(body, `${word}s`) || appearsAsWord(body, word.replace(/s$/, ''))
    this.lowerSeen.set(word, found)
    return found
  }

  /**
   * Is this one-word name a place: written after "in", "near", "outside" or "around" ("in Clarkston", not "in
   * Clarkston's"), and never before a verb of saying ("Clarkston said")?
   */
  placeLike(name: string): boolean {
    let v = this.places.get(name)
    if (v === undefined) {
      const body = this.text
      const escaped = escapePattern(name)
      v =
        new RegExp(`\\b(?:in|near|outside|around)\\s+${escaped}\\b(?!['’])`).test(body) &&
        !new RegExp(`\\b${escaped}\\s+(?:\\w+\\s+)?(?:said|says|told|tells|added|wrote|asked)\\b`).test(body)
      this.places.set(name, v)
    }
    return v
  }

  /** Is this word written with a capital inside a sentence somewhere in the article ("Mr. Hurt is eager")? */
  capitalisedInside(word: string): boolean {
    if (!this.midCapitals) {
      const mid = new Set<string>()
      for (const p of this.paragraphs) {
        const words = p.split(' ')
        for (let k = 1; k < words.length; k++) {
          const raw = words[k] as string
          const c = raw.charCodeAt(0)
          // only a word that starts with a capital (ASCII, or any other letter) is looked at closely
          if (!((c >= 65 && c <= 90) || c > 127) || !leadsInto(words[k - 1] as string)) continue
          const w = raw.replace(EDGE_RE, '')
          if (/^\p{Lu}/u.test(w)) mid.add(w.replace(/['’]s$/u, ''))
        }
      }
      this.midCapitals = mid
    }
    return this.midCapitals.has(word)
  }

  /**
   * Is a capitalised word that opens a sentence an ordinary word rather than a name? Only when the article never
   * capitalises it inside a sentence, and it is an auxiliary, a word the article also writes in lower case, or an
   * -ly, -ing or -ed form, or a word it also writes in lower case before a comma, a time or a preposition.
   */
  ordinaryAtStart(t: Token, next: Token | undefined): boolean {
    const l = t.low
    if (!t.cap || NOT_NAME_WORDS.has(l)) return false
    let ordinary: boolean
    if (CLOSED_CLASS.has(l)) ordinary = true
    // "Entrusting Donald Trump with ...", "Speaking Tuesday", "Addressing Congress": a participle opening a phrase
    // is no given name, unless the name tables know it as one ("Manning Marable", "Sterling Brown"); a headline in
    // capitals ("TELLING OF THE ...") says nothing
    else if (next?.cap && /^\p{Lu}\p{Ll}{2,}ing$/u.test(t.text) && !givenName(`${t.text} ${next.text}`)) ordinary = true
    // "Carly Fiorina", "Manning Marable": a word before another capitalised one is a given name
    else if (next?.cap) return false
    // "Hours later", "Weeks earlier", "Years ago": a span of time; "Reacting", "Shortly", "Dismayed"
    else if (/s$/.test(l) && next !== undefined && /^(?:later|earlier|ago|before|after)$/.test(next.low))
      ordinary = true
    else if (/^\p{L}{3,}(?:ly|ing|ed)$/u.test(l)) ordinary = true
    else {
      // "Back in 1999,", "Looks like": an ordinary word before a comma, a time or a preposition
      const adjunct =
        next !== undefined && (next.text === ',' || TIME_WORDS.has(next.low) || ADJUNCT_PREPOSITIONS.has(next.low))
      if (!adjunct || next?.low === 'to' || !this.writtenLower(l)) return false
      ordinary = true
    }
    // the article's own capitals inside sentences overrule: "Mr. Hurt is eager" makes "Hurt said" a name
    return ordinary && !this.capitalisedInside(t.text.replace(/['’]s$/u, ''))
  }
}

/**
 * Marks a capitalised word that is otherwise no name ("West", "From", "Israel") as a surname where the article has
 * introduced a person by it (`isSurname`). `tokens` are changed in place.
 */
export function markSurnames(tokens: Token[], isSurname: (low: string) => boolean): void {
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token
    if (t.kind === 'w' && t.cap && NOT_NAME_WORDS.has(t.low) && isSurname(t.low)) tokens[k] = { ...t, surname: true }
  }
}

/** "Late last month,", "Quite suddenly,": a word before a time or an -ly adverb that closes with a comma. */
function modifiesAdjunct(tokens: Token[], k: number): boolean {
  const t = tokens[k] as Token
  const next = tokens[k + 1]
  if (!t.cap || next?.kind !== 'w' || next.cap || !(TIME_WORDS.has(next.low) || /^\p{L}{3,}ly$/u.test(next.low)))
    return false
  const after = tokens[k + 2]
  return after?.text === ',' || (TIME_NOUN_RE.test(after?.low ?? '') && tokens[k + 3]?.text === ',')
}

const TIME_NOUN_RE = /^(?:week|month|year|weekend|morning|afternoon|evening|night|spring|summer|fall|autumn|winter)s?$/

/**
 * Marks the capitalised ordinary words that open the sentences of a unit as lower case, so that the parsers do
 * not read them as names. `tokens` are changed in place (a token's text keeps its capital).
 */
export function lowerSentenceStarts(tokens: Token[], casing: ArticleCasing): void {
  let start = true
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token
    if (t.kind === 'w') {
      if (start && (casing.ordinaryAtStart(t, tokens[k + 1]) || modifiesAdjunct(tokens, k)))
        tokens[k] = { ...t, cap: false }
      start = false
    } else if (t.kind === 'p') start = start || /^[.!?—–]$/.test(t.text)
    else start = false
  }
}
