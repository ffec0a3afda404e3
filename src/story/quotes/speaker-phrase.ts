/** Reads a speaker noun phrase: a name with its titles, a pronoun, or a description such as "a senior official". */

import { type Gender, likelyGenderOfGivenName } from './given-names.js'
import {
  ANONYMOUS_RE,
  BARE_SPEAKER_NOUNS,
  DEMONYMS,
  DETERMINERS,
  FEMALE_NOUNS,
  HONORIFICS,
  MALE_NOUNS,
  NON_NP_WORDS,
  NOT_NAME_WORDS,
  NP_PREPOSITIONS,
  ORG_WORDS,
  PERSONAL_PRONOUNS,
  PLACE_PREFIXES,
  TIME_WORDS,
  TITLE_WORDS,
} from './lexicon.js'
import { isCap, isPunct, isWord, lower, type Token } from './token.js'

export type { Gender }

export type SpeakerPhrase =
  | { kind: 'pronoun'; pronoun: string }
  | {
      kind: 'name'
      /** The name as written, without titles or honorifics ("Abbas Araghchi", "Hemming"). */
      name: string
      /** Titles before the name or an apposition after it ("Iranian Foreign Minister"). */
      role: string | null
      org: boolean
      gender: Gender | null
    }
  | { kind: 'names'; names: string[] }
  | {
      kind: 'description'
      /** The phrase as written ("a woman who asked to remain anonymous", "the minister"). */
      text: string
      /** Its head noun, lower case ("woman", "minister"). */
      head: string
      /** "the minister", "his father": refers to someone the article already introduced. */
      definite: boolean
      anonymous: boolean
      plural: boolean
      gender: Gender | null
    }

/** Countries and unions that the word lists keep out of people's names, but that speak for their governments. */
const COUNTRIES = new Set(
  'america china britain france germany russia iran israel us u.s. u.k. uk un u.n. eu nato canada europe'.split(' '),
)

const PARTICLES = new Set(
  'al el ad as bin ibn abu abd de da del della di du le la van von der den ter ten dos das bint ben mac'.split(' '),
)
/** Determiners that can stand alone as a speaker ("some said", "both agreed"). */
const LONE_DETERMINERS = new Set(['some', 'many', 'both', 'all', 'several', 'most', 'others', 'one', 'few'])
const CAPITAL_PARTICLES = new Set('van von de da di du le la al el bin ibn abu mac'.split(' '))
const RELATIVE = new Set(['who', 'whose', 'which', 'that'])
const REFLEXIVE = new Set(['himself', 'herself', 'themselves', 'itself'])
const DEFINITE = new Set(['the', 'his', 'her', 'its', 'their', 'our', 'this', 'that'])

export const PRONOUN_CONTRACTION_RE = /^(?:i|you|we|they|he|she|it)['’](?:m|re|ve|ll|d|s)$/

const CONTRACTION_RE = /^(?:he|she|it|that|there|what|who|here|let|where|how)['’]s$/i
export const isPossessive = (t: Token): boolean =>
  (/['’]s$/u.test(t.text) || /s['’]$/u.test(t.text)) && !CONTRACTION_RE.test(t.text)

/**
 * A word that can be part of a name: capitalised (not a function word), an initial, a particle (al-, van), or the
 * first word of a place before another capital ("New York Times"; `next` is the token after).
 */
export function isNameToken(t: Token | undefined, next?: Token): boolean {
  if (!isWord(t)) return false
  const l = t.low
  // "I'm", "We're", "They'll": a pronoun and a verb, never a name
  if (PRONOUN_CONTRACTION_RE.test(l)) return false
  if (t.surname || (t.cap && PLACE_PREFIXES.has(l) && next?.cap)) return true
  if (!t.cap)
    return (
      PARTICLES.has(l) ||
      (l.charCodeAt(2) === 45 /* - */ && /^(?:al|el)-\p{L}/u.test(t.text)) ||
      /^(?:bin|ibn|abu|abd)-\p{L}/u.test(t.text)
    )
  if (PARTICLES.has(l)) return CAPITAL_PARTICLES.has(l)
  if (t.text.length === 2 && t.text[1] === '.') return true // an initial
  const bare = l.endsWith('’s') || l.endsWith("'s") ? l.slice(0, -2) : l
  return !NOT_NAME_WORDS.has(bare) || HONORIFICS.has(l)
}

/**
 * "Marty West", "Al From", "Steve Israel": an ordinary capitalised word right after a given name is a surname.
 */
export function surnameAfterGivenName(prev: Token | undefined, t: Token | undefined): boolean {
  if (!isWord(t) || !t.cap || !NOT_NAME_WORDS.has(t.low) || NON_NP_WORDS.has(t.low) || DETERMINERS.has(t.low))
    return false
  return isWord(prev) && prev.cap && likelyGenderOfGivenName(`${prev.text} ${t.text}`) !== null
}

/** "Peter King", "Peter T. King": a title's word after a given name (and an initial) is a surname. */
function titleAsSurname(toks: Token[], k: number): boolean {
  const t = toks[k]
  const initial = toks[k - 1]
  const given = isWord(initial) && /^\p{Lu}\.$/u.test(initial.text) ? toks[k - 2] : initial
  return isWord(t) && t.cap && isWord(given) && given.cap && likelyGenderOfGivenName(`${given.text} ${t.text}`) !== null
}

/** Pronouns for an unnamed person, which a place or a group may follow ("someone in the audience"). */
const INDEFINITE_PRONOUNS = new Set(['someone', 'somebody', 'anyone', 'anybody', 'everyone', 'everybody'])

/** "US" in capitals is the country ("US President Donald Trump", "the US envoy"), never the pronoun "us". */
const isCountryUs = (t: Token): boolean => t.text === 'US'

/** Can a noun phrase start with this token? */
function canStartNp(t: Token): boolean {
  if (!isWord(t)) return false
  if (isCountryUs(t)) return true
  const l = lower(t)
  if (PERSONAL_PRONOUNS.has(l) || DETERMINERS.has(l) || BARE_SPEAKER_NOUNS.has(l) || INDEFINITE_PRONOUNS.has(l))
    return true
  if (TIME_WORDS.has(l) || (NON_NP_WORDS.has(l) && !DETERMINERS.has(l))) return false
  if (CONTRACTION_RE.test(t.text) || PRONOUN_CONTRACTION_RE.test(l)) return false
  if (isCap(t) || isPossessive(t))
    return !NOT_NAME_WORDS.has(l) || HONORIFICS.has(l) || DEMONYMS.has(l) || COUNTRIES.has(l)
  return /^\d+-(?:year|month|week|day)-old$/.test(l) || PARTICLES.has(l) || /^(?:al|el)-/u.test(l)
}

/** "CNN/ORC", "Suffolk University/Boston Globe": a slash between capitalised words joins two makers of one thing. */
export function jointSlash(toks: Token[], k: number): boolean {
  return isPunct(toks[k], '/') && isCap(toks[k - 1]) && isCap(toks[k + 1])
}

/** Do tokens[i..j] form a speaker noun phrase? */
export function isNounPhrase(toks: Token[], i: number, j: number): boolean {
  const first = toks[i]
  if (!first || i > j || !canStartNp(first)) return false
  const l0 = lower(first)
  if (PERSONAL_PRONOUNS.has(l0)) return j === i || (j === i + 1 && REFLEXIVE.has(lower(toks[j] as Token)))
  let prev = l0
  for (let k = i + 1; k <= j; k++) {
    const t = toks[k] as Token
    if (t.kind === 'q') return false
    if (t.kind === 'p') {
      if (t.text === '&' || t.text === '.' || jointSlash(toks, k)) continue
      return false
    }
    const l = lower(t)
    // "Comey cannot", "the results aren't", "the delegates who've": a verb, not part of the phrase
    if (l === 'cannot' || /n['’]t$|['’](?:ve|re|ll|d)$/.test(l)) return false
    if (HONORIFICS.has(prev) && isCap(t)) {
      prev = l // "Ms. May"
      continue
    }
    if (RELATIVE.has(l)) return !DETERMINERS.has(prev) && k < j // a relative clause: "a woman who asked ..."
    if (REFLEXIVE.has(l)) return k === j
    if ((PERSONAL_PRONOUNS.has(l) || NON_NP_WORDS.has(l)) && !isCountryUs(t)) {
      if (!(l === 'and' && isCap(toks[k - 1]) && isCap(toks[k + 1]))) return false
    }
    if (DETERMINERS.has(l) && !isCap(t) && !NP_PREPOSITIONS.has(prev) && prev !== 'and') return false
    if (NP_PREPOSITIONS.has(l) && (k === j || DETERMINERS.has(prev) || NP_PREPOSITIONS.has(prev))) return false
    if (TIME_WORDS.has(l) && isCap(t) && !HONORIFICS.has(prev)) return false
    prev = l
  }
  const last = toks[j] as Token
  if (isPossessive(last)) return false
  if (j === i && DETERMINERS.has(l0) && !LONE_DETERMINERS.has(l0)) return false
  return !NP_PREPOSITIONS.has(prev) && !(DETERMINERS.has(prev) && j > i) && !HONORIFICS.has(prev)
}

/** The longest noun phrase ending at `to` and starting no earlier than `from`; its start index, or -1. */
export function longestNpSuffix(toks: Token[], from: number, to: number): number {
  for (let i = Math.max(from, to - 14); i <= to; i++) if (isNounPhrase(toks, i, to)) return i
  return -1
}

const title = (t: Token) => {
  const l = lower(t)
  return TITLE_WORDS.has(l) || /^(?:vice|deputy|acting|interim|former|ex)-/.test(l)
}
const demonym = (t: Token) => /^(?:\p{Lu}\p{L}+(?:ian|ean|ese|ish|ean|i|an)|U\.?S\.?|UK|U\.K\.|UN|EU)$/u.test(t.text)

/** The legal forms that close a firm's name ("Co.", "Inc.", "Ltd."). */
const FIRM_SUFFIXES = new Set(['co', 'cos', 'corp', 'inc', 'ltd', 'llc', 'plc', 'lp', 'llp', 'ag', 'gmbh', 'sa', 'nv'])

/** A role whose head is an organisation noun: "the group that organized the rally", "a chocolate company". */
const ORG_ROLE_HEAD_RE =
  /\b(?:group|agency|company|firm|organi[sz]ation|outlet|network|ministry|department|union|association|coalition|charity|non-profit|nonprofit|business|retailer|maker|giant|bank|party)(?:\s+(?:that|which|based|of|for|in|at|with)\b.*)?$/i

/** Does a role name an organisation ("a chocolate company", "media buying company")? */
export const isOrgRole = (role: string): boolean => ORG_ROLE_HEAD_RE.test(role)

/** Words that end a photo credit run into a name. */
const CREDIT_WORDS = new Set('press images photo photos news reuters getty handout pool afp ap bloomberg'.split(' '))

/**
 * Adjectives that can follow the head noun of a description ("sources familiar with the talks"), and participles of
 * making a document before its maker ("the new study written by Mark Potach", "a letter signed by 50 economists").
 */
const POSTNOMINAL = new Set(
  `familiar close present involved responsible knowledgeable speaking briefed aware opposed connected
   written released published issued conducted commissioned prepared compiled authored produced signed`.split(/\s+/),
)

/** A participle of sending after a document's noun ("a statement e-mailed to The Globe by …", "a letter sent to …"). */
const SENT_RE = /^(?:sent|e-?mailed|mailed|faxed|posted|delivered|forwarded|provided|handed|shared|given)$/

/** Interprets tokens[i..j] (a valid noun phrase) as a speaker phrase. `text` is the paragraph. */
export function readSpeakerPhrase(toks: Token[], i: number, j: number, text: string): SpeakerPhrase | null {
  let end = j
  while (end > i && REFLEXIVE.has(lower(toks[end] as Token))) end--
  const first = toks[i] as Token
  const l0 = lower(first)
  if (PERSONAL_PRONOUNS.has(l0)) return { kind: 'pronoun', pronoun: l0 }
  // a relative clause after the head
  let headEnd = end
  for (let k = i + 1; k <= end; k++) {
    if (RELATIVE.has(lower(toks[k] as Token))) {
      headEnd = k - 1
      break
    }
  }
  const slice = (a: number, b: number) => text.slice((toks[a] as Token).start, (toks[b] as Token).end)
  // "Sandmann and Phillips"
  const and = findCoordination(toks, i, headEnd)
  if (and > 0) {
    const left = readSpeakerPhrase(toks, i, and - 1, text)
    const right = readSpeakerPhrase(toks, and + 1, headEnd, text)
    // "former Pennsylvania Gov. and DNC Chairman Ed Rendell": two titles of one person, not two people
    const titles = title(toks[and - 1] as Token)
    if (left?.kind === 'name' && right?.kind === 'name' && !titles)
      return { kind: 'names', names: [left.name, right.name] }
  }
  // a prepositional phrase after the head: "Terry Chapman with the union", "a spokesperson for Facebook"
  for (let p = i + 1; p <= headEnd; p++) {
    const t = toks[p] as Token
    if (!NP_PREPOSITIONS.has(lower(t)) || isCap(t)) continue
    const before = toks[p - 1] as Token
    // "Residents of Oakland", "Officials in Sacramento": a common noun capitalised only to open the sentence
    if (p - 1 === i && BARE_SPEAKER_NOUNS.has(before.low)) return describe(toks, i, end, before.low, text)
    if (lower(t) === 'of' && (title(before) || (isCap(before) && isCap(toks[p + 1])))) {
      // "Peter T. King of New York", "Joel Pollak of Breitbart": a person and where they are from or work (a title's
      // word after a given name, and its initial, is a surname: "Peter T. King of", not "Secretary of")
      const surname = titleAsSurname(toks, p - 1)
      const left = title(before) && !surname ? null : readName(toks, i, p - 1, text)
      const person = left !== null && !left.org && (left.role !== null || left.name.includes(' '))
      const rest = toks.slice(p + 1, headEnd + 1)
      // ("Bank of Canada" stays whole; but "Jonathan Gelles of Wertheim Schroder & Co.": a firm's name closed by its
      // legal form is where the person works, not the end of a longer name)
      const firm = FIRM_SUFFIXES.has((rest[rest.length - 1] as Token | undefined)?.low.replace(/\.$/, '') ?? '')
      if (!person || (!firm && rest.some((r) => ORG_WORDS.has(r.low)))) continue
      return { ...left, role: left.role ?? slice(p, headEnd) }
    }
    if (!isCap(before)) {
      let h = p - 1
      // (a participle of sending only when the phrase says by whom: "a statement posted on the website X" is X's)
      const by = toks.slice(p, headEnd + 1).some((t) => t.low === 'by')
      while (h > i && (POSTNOMINAL.has(lower(toks[h] as Token)) || (by && SENT_RE.test(lower(toks[h] as Token))))) h--
      return describe(toks, i, end, lower(toks[h] as Token), text)
    }
    const left = readName(toks, i, p - 1, text)
    if (left && !left.org) {
      const pp = slice(p, headEnd).replace(/^(?:with|from|of|at)\s+/i, '')
      return { ...left, role: left.role ?? pp }
    }
    break
  }
  const name = readName(toks, i, headEnd, text)
  // "Iran said", "the U.S. said": a country speaks for its government
  const country = l0 === 'the' && headEnd === i + 1 ? toks[headEnd] : headEnd === i ? first : undefined
  if (!name && country?.cap && COUNTRIES.has(country.low))
    return { kind: 'name', name: slice(headEnd, headEnd), role: null, org: true, gender: null }
  // "the Secretary of State": a title with what it is of, and no name after it
  if (!name && headEnd - i >= 2 && lower(toks[headEnd - 1] as Token) === 'of' && title(toks[headEnd - 2] as Token))
    return describe(toks, i, end, lower(toks[headEnd - 2] as Token), text)
  // "the Kentucky Republican", "the Liberal": an epithet, not a name ("the IFSD's Azfar Ali Khan" is a name: whose
  // the person is, then their name)
  if (
    name &&
    l0 === 'the' &&
    !name.org &&
    /(?:an|crat|ist)$/.test(lower(toks[headEnd] as Token)) &&
    !toks.slice(i, headEnd).some(isPossessive)
  )
    return describe(toks, i, end, lower(toks[headEnd] as Token), text)
  return name ?? describe(toks, i, end, lower(toks[headEnd] as Token), text)
}

function describe(toks: Token[], i: number, end: number, headWord: string, text: string): SpeakerPhrase {
  const first = toks[i] as Token
  const head = headWord.replace(/['’]s$/u, '')
  const full = text.slice(first.start, (toks[end] as Token).end)
  return {
    kind: 'description',
    text: full,
    head,
    definite: DEFINITE.has(lower(first)) || isPossessive(first),
    anonymous: ANONYMOUS_RE.test(full),
    // "sergeant-at-arms", "editor-in-chief": a compound is plural by its first word
    plural: /s$/.test(head.split('-')[0] ?? head) && !/ss$/.test(head) ? true : BARE_SPEAKER_NOUNS.has(head),
    gender: genderOfWords(head),
  }
}

/** A name at the end of tokens[i..headEnd], with the titles before it as its role; null if it ends otherwise. */
function readName(
  toks: Token[],
  i: number,
  headEnd: number,
  text: string,
): Extract<SpeakerPhrase, { kind: 'name' }> | null {
  const slice = (a: number, b: number) => text.slice((toks[a] as Token).start, (toks[b] as Token).end)
  const lastHead = toks[headEnd] as Token
  const nameAt = (k: number) =>
    isNameToken(toks[k], k < headEnd ? toks[k + 1] : undefined) ||
    (k > i && surnameAfterGivenName(toks[k - 1], toks[k])) ||
    (isCap(toks[k]) && k > i && HONORIFICS.has(lower(toks[k - 1] as Token)))
  if (!nameAt(headEnd) || !/\p{Lu}/u.test(lastHead.text)) return null
  // the name is head-final: the run of name tokens at the end
  let a = headEnd
  // "of" inside a title ("Secretary of State") or an organisation's name ("Bank of Canada")
  // (and "on" or "for" after an organisation's word: "the Council on Foreign Relations", "the Center for American
  // Progress")
  const ofInside = (k: number) =>
    k - 1 >= i &&
    ((lower(toks[k] as Token) === 'of' && title(toks[k - 1] as Token)) ||
      (/^(?:of|on|for)$/.test(lower(toks[k] as Token)) &&
        isCap(toks[k - 1]) &&
        ORG_WORDS.has((toks[k - 1] as Token).low)))
  // "the American Civil Liberties Union", "the Council on Foreign Relations": the capitalised words before an
  // organisation's word, or after one and "on" or "for", are all its name
  const capital = (k: number) =>
    isCap(toks[k]) &&
    !isPossessive(toks[k] as Token) &&
    !title(toks[k] as Token) &&
    !DETERMINERS.has(lower(toks[k] as Token))
  const orgRun = ORG_WORDS.has(lastHead.low)
  while (a - 1 >= i) {
    if (nameAt(a - 1) || ofInside(a - 1) || jointSlash(toks, a - 1) || (orgRun && capital(a - 1))) {
      a--
      continue
    }
    let b = a
    while (
      b - 1 >= i &&
      isCap(toks[b - 1]) &&
      !isPossessive(toks[b - 1] as Token) &&
      !DETERMINERS.has(lower(toks[b - 1] as Token))
    )
      b--
    if (!(b - 1 > i && ofInside(b - 1))) break
    a = b - 1
  }
  // titles at the front of the run become the role: "Iranian Foreign Minister Abbas Araghchi"; but before an
  // organisation's word they are part of its name ("the Justice Department", "the Supreme Court")
  let n = a
  // ("Center for American Progress President Jane Roe": a title after the name's first word opens a person's name)
  const onFor = toks.findIndex((t, k) => k >= a && k < headEnd && /^(?:on|for)$/.test(t.low) && ofInside(k))
  const titled = onFor >= 0 && toks.slice(onFor + 2, headEnd).some((t) => title(t))
  const words = toks.slice(a, headEnd)
  const orgName =
    (orgRun && words.every((t) => isCap(t) || t.text === '/')) ||
    (onFor >= 0 && !titled && words.every((t) => isCap(t) || /^(?:of|on|for)$/.test(t.low) || t.text === '/'))
  for (let k = a; k < headEnd && !orgName; k++) {
    const t = toks[k] as Token
    if (lower(t) === 'of' && k > a && title(toks[k - 1] as Token) && k + 2 <= headEnd) {
      n = k + 2 // "Secretary of State Mike Pompeo"
      k++
    } else if (
      title(t) ||
      (k === n && demonym(t) && title(toks[k + 1] as Token)) ||
      isPossessive(t) ||
      (CREDIT_WORDS.has(lower(t)) && k + 2 <= headEnd) // a photo credit: "The Canadian Press Kevin Vickers"
    )
      n = k + 1
  }
  if (n > headEnd || (n === headEnd && title(lastHead) && n > a) || lower(toks[n] as Token) === 'of') return null
  // "Analysts said", "Some said": a common noun capitalised at the start of a sentence
  if (n === headEnd && (BARE_SPEAKER_NOUNS.has(lastHead.low) || DETERMINERS.has(lastHead.low))) return null
  const honorific = n > a && HONORIFICS.has(lower(toks[n - 1] as Token)) ? lower(toks[n - 1] as Token) : null
  const nameToks = toks.slice(n, headEnd + 1)
  const name = slice(n, headEnd)
  let roleStart = i
  while (roleStart < n && DETERMINERS.has(lower(toks[roleStart] as Token))) roleStart++
  let roleEnd = n - 1
  if (honorific) roleEnd--
  const role = roleEnd >= roleStart ? cleanRole(slice(roleStart, roleEnd)) : null
  const org =
    nameToks.some((t) => ORG_WORDS.has(lower(t))) ||
    nameToks.every((t) => /^[\p{Lu}\d.&-]{2,}$/u.test(t.text)) ||
    (role !== null && ORG_ROLE_HEAD_RE.test(role))
  const gender: Gender | null = honorific
    ? /^(?:mr\.?|sir|lord)$/.test(honorific)
      ? 'm'
      : /^(?:mrs|ms|miss|dame|lady)/.test(honorific)
        ? 'f'
        : null
    : genderOfWords(role ?? '')
  return { kind: 'name', name, role, org, gender }
}

function findCoordination(toks: Token[], i: number, j: number): number {
  for (let k = i + 1; k < j; k++) {
    const t = toks[k] as Token
    if (lower(t) === 'and' && isCap(toks[k - 1]) && isCap(toks[k + 1])) return k
  }
  return -1
}

function cleanRole(role: string): string | null {
  const r = role.replace(/^[\s,]+|[\s,]+$/g, '')
  if (!r || /^\p{L}+['’]s$/u.test(r)) return null
  return r
}

export function genderOfWords(words: string): Gender | null {
  for (const w of words.toLowerCase().split(/[^\p{L}]+/u)) {
    if (FEMALE_NOUNS.has(w)) return 'f'
    if (MALE_NOUNS.has(w)) return 'm'
  }
  return null
}

/** A comma-separated segment that describes someone: starts like an apposition, or ends in a title ("Yellowhead MP"). */
export function isAppositionSegment(toks: Token[], a0: number, b: number): boolean {
  // ", also a GOP presidential hopeful,", ", now a lobbyist,"
  const a = /^(?:also|now|once|himself|herself|then|still)$/.test(toks[a0]?.low ?? '') && a0 < b ? a0 + 1 : a0
  // "D-Calif.", "N.S.", "Ont.": a party tag or a place abbreviation (not a name with an initial, "William J. Bennett")
  const words = toks.slice(a, b + 1).filter((t) => t.kind === 'w')
  if (b - a <= 2 && words.every((t) => /\./.test(t.text) || /^[A-Z]{1,2}-/.test(t.text)) && isCap(toks[a])) return true
  if (b === a && /^[A-Z]{1,2}-[A-Z][A-Za-z]*\.?$/.test(toks[a]?.text ?? '')) return true
  // "of Flint", "from Houston": where the speaker comes from
  if (isWord(toks[a]) && /^(?:of|from)$/.test(lower(toks[a] as Token)) && isCap(toks[a + 1]) && b - a <= 4) return true
  // "at a consulting firm called Gavekal", "with the union": where the speaker works
  if (
    isWord(toks[a]) &&
    /^(?:at|with)$/.test(toks[a].low) &&
    (isCap(toks[a + 1]) || DETERMINERS.has(toks[a + 1]?.low ?? ''))
  )
    return b - a <= 10 && isNominal(toks, a, b)
  if (!isAppositionStart(toks[a])) {
    const last = toks[b]
    return isWord(last) && title(last) && isCap(toks[a])
  }
  return isNominal(toks, a, b)
}

const FINITE = new Set(
  'is was were are has have had will would can could may might shall should must does did do'.split(' '),
)

/** No finite verb outside a relative clause: "a resident of Lampung" is nominal, "the family will find" is not. */
export function isNominal(toks: Token[], a: number, b: number): boolean {
  for (let k = a; k <= b; k++) {
    const t = toks[k]
    if (!isWord(t)) continue
    const l = lower(t)
    if (RELATIVE.has(l) || l === 'where' || l === 'when') return true
    if (FINITE.has(l)) return false
  }
  return true
}

/** An apposition after a name: "a US foreign policy expert at ...", "who has two children", "45", "vice-president". */
export function isAppositionStart(t: Token | undefined): boolean {
  if (isWord(t) && /^(?:who|whose|which|where)$/i.test(t.text)) return true
  if (!isWord(t)) return false
  const l = lower(t)
  if (DETERMINERS.has(l) || RELATIVE.has(l) || /^\d/.test(l)) return l !== 'that'
  if (PERSONAL_PRONOUNS.has(l) || NON_NP_WORDS.has(l) || TIME_WORDS.has(l)) return false
  if (NP_PREPOSITIONS.has(l) || l === 'as' || l === 'when' || l === 'if') return false
  return !isCap(t) || title(t) || isPossessive(t)
}
