/** The speaker phrase of an attribution: before the verb, with appositions, after it, or of the main clause. */

import type { Range } from './attribution.js'
import { TIME_NOUNS } from './complement.js'
import {
  ADJUNCT_PREPOSITIONS,
  BETWEEN_SUBJECT_AND_VERB,
  CLAUSE_BOUNDARY_WORDS,
  DETERMINERS,
  IRREGULAR_PASTS,
  NON_NP_WORDS,
  PASSIVE_MARKERS,
  PERSONAL_PRONOUNS,
  SPEECH_VERBS,
  TIME_WORDS,
  TITLE_WORDS,
} from './lexicon.js'
import { isStateOrProvince } from './places.js'
import {
  isAppositionSegment,
  isAppositionStart,
  isNameToken,
  isNominal,
  isNounPhrase,
  isPossessive,
  longestNpSuffix,
  PRONOUN_CONTRACTION_RE,
  readSpeakerPhrase,
  type SpeakerPhrase,
} from './speaker-phrase.js'
import { beforeAside, closingBracket, isCap, isPunct, isWord, lower, quoteEndsInComma, type Token } from './token.js'

/** Conjunctions opening a clause of contrast with a subject of its own: ", while X …", ", whereas X …". */
const CONTRAST = new Set(['while', 'whereas'])

const DISCOURSE_ADVERBS = new Set(['however', 'meanwhile', 'too', 'though', 'also', 'instead', 'moreover', 'then'])

const SUBORDINATORS = new Set(
  'despite after before while when since upon by without although though if because as following in on at with'.split(
    ' ',
  ),
)

function isBoundaryWord(toks: Token[], k: number): boolean {
  const t = toks[k] as Token
  const l = lower(t)
  if (!CLAUSE_BOUNDARY_WORDS.has(l)) return false
  if (l === 'and' && isCap(toks[k - 1]) && isCap(toks[k + 1])) return false
  return true
}

/** Nouns in -ly, which are not adverbs: "the family said". */
const LY_NOUNS = new Set(
  'family ally rally tally supply assembly monopoly anomaly bully belly jelly daily weekly'.split(' '),
)

/** An adverb in -ly between a subject and its verb ("she angrily said"), not a noun ("his family said"). */
function adverbAt(toks: Token[], j: number): boolean {
  const t = toks[j] as Token
  if (!/^\p{Ll}{3,}ly$/u.test(t.text) || LY_NOUNS.has(t.low)) return false
  const before = toks[j - 1]
  return !(isWord(before) && (DETERMINERS.has(before.low) || /['’]s?$/.test(before.text)))
}

export type Subject = { phrase: SpeakerPhrase; pre: number; apposition: string | null }

/** The subject before the verb at `vi`: "Araghchi said", "Abdullah al-Shayji, a ... expert, said". */
export function subjectBefore(toks: Token[], vi: number, text: string): Subject | 'blocked' | 'coordinated' | null {
  let j = vi - 1
  if (isPunct(toks[j], ')')) {
    let m = j - 1
    while (m > 0 && !isPunct(toks[m], '(') && m > j - 8) m--
    if (isPunct(toks[m], '(') && isWord(toks[m - 1])) j = m - 1
  }
  const skipAdverbs = () => {
    while (
      j >= 0 &&
      isWord(toks[j]) &&
      !toks[j]?.cap &&
      (BETWEEN_SUBJECT_AND_VERB.has(lower(toks[j] as Token)) || adverbAt(toks, j))
    )
      j--
  }
  skipAdverbs()
  // an aside between dashes after the speaker is not the speaker ("Spicer -- as his rivals noted -- said")
  const aside = beforeAside(toks, j)
  if (aside >= 0) {
    j = aside
    skipAdverbs()
  }
  const tj = toks[j]
  if (tj === undefined) return null
  if (isWord(tj)) {
    const l = lower(tj)
    // "I'd add", "we'll say": a pronoun contracted with an auxiliary
    if (PRONOUN_CONTRACTION_RE.test(l))
      return { phrase: { kind: 'pronoun', pronoun: l.replace(/['’].*$/, '') }, pre: j, apposition: null }
    if (PASSIVE_MARKERS.has(l) || l === 'to' || l === 'not' || l === 'never' || l === "n't") return 'blocked'
    // "Labor Secretary Thomas Perez, who said ...": the relative pronoun stands for the name before it
    if (l === 'who' && isPunct(toks[j - 1], ',')) {
      const named = nameBefore(toks, j - 1, text, true)
      return named ? { phrase: named.phrase, pre: j, apposition: null } : 'blocked'
    }
    if (l === 'who' || l === 'which' || l === 'that') return 'blocked'
    if (l === 'and' || l === 'but' || l === 'or') return 'coordinated'
    let k = j
    while (k - 1 >= 0 && (isWord(toks[k - 1]) || isPunct(toks[k - 1], '&')) && !isBoundaryWord(toks, k - 1)) k--
    // "Stacy Baker of Columbia, South Carolina, says": the state goes with the city, the speaker is before it
    if (
      isPunct(toks[k - 1], ',') &&
      isCap(toks[k - 2]) &&
      isStateOrProvince(spanText(toks, k, j)) &&
      !isStateOrProvince(toks[k - 2]?.text ?? '')
    ) {
      const before = subjectBefore(toks, k - 1, text)
      if (before && typeof before === 'object') return before
    }
    const s = longestNpSuffix(toks, k, j)
    if (s < 0) return null
    const phrase = readSpeakerPhrase(toks, s, j, text)
    if (!phrase) return null
    // "who has in the past described", "Roe had on several occasions warned": a prepositional phrase after an
    // auxiliary is an adjunct; the subject stands before the auxiliary
    const prep = toks[s - 1]
    if (
      phrase.kind === 'description' &&
      isWord(prep) &&
      !prep.cap &&
      ADJUNCT_PREPOSITIONS.has(prep.low) &&
      isWord(toks[s - 2]) &&
      BETWEEN_SUBJECT_AND_VERB.has(toks[s - 2]?.low ?? '')
    ) {
      const own = subjectBefore(toks, s - 1, text)
      if (own && typeof own === 'object') return own
    }
    // "Bush and his rivals for the nomination have said", "Edwards and others said": the named person first
    if (
      s === k &&
      toks[k - 1]?.low === 'and' &&
      phrase.kind === 'description' &&
      /^(?:his|her|their|others?|other)\b/i.test(phrase.text)
    ) {
      const named = subjectBefore(toks, k - 1, text)
      if (named && typeof named === 'object' && named.phrase.kind === 'name') return named
    }
    // "Matthews, MSNBC's Alex Seitz-Wald and Reuters' Luciana Lopez argued": a list of people whose last two are
    // joined by "and" begins with the names set in commas before them
    if (s === k && phrase.kind === 'names' && isPunct(toks[k - 1], ',')) {
      const first = listedBefore(toks, k - 1, text)
      if (first)
        return { phrase: { kind: 'names', names: [...first.names, ...phrase.names] }, pre: first.pre, apposition: null }
    }
    // "the Florida senator and Republican presidential candidate said": a second role without its own determiner
    // shares the first one's, so both describe one person, who is the one the definite description names
    if (s === k && toks[k - 1]?.low === 'and' && phrase.kind === 'description' && !phrase.plural) {
      const first = toks[s] as Token
      const own = DETERMINERS.has(first.low) || isPossessive(first) || PERSONAL_PRONOUNS.has(first.low)
      const left = own ? null : subjectBefore(toks, k - 1, text)
      if (left && typeof left === 'object' && left.phrase.kind === 'description') {
        const lp = left.phrase
        if (lp.definite && !lp.plural && /^the\s/i.test(lp.text)) return left
      }
    }
    // words before the noun phrase in the same chunk describe the speaker: "then-Surrey mayoral candidate Doug McCallum"
    const opens = k === 0 || toks[k - 1]?.kind === 'q' || isPunct(toks[k - 1], ',:—–')
    if (s > k && opens && phrase.kind === 'name') {
      const extra = text.slice((toks[k] as Token).start, (toks[s - 1] as Token).end)
      const role = phrase.role ? `${extra} ${phrase.role}` : extra
      return { phrase: { ...phrase, role }, pre: k, apposition: null }
    }
    if (s > k && opens && phrase.kind === 'description' && toks.slice(k, s).every((t) => isCap(t))) {
      // "North Korea's state-run KCNA news agency"
      return {
        phrase: { ...phrase, text: text.slice((toks[k] as Token).start, (toks[j] as Token).end) },
        pre: k,
        apposition: null,
      }
    }
    // "Nate Silver, the polling guru who founded the site tweeted": an apposition whose closing comma is missing
    const appositive = /^(?:the|a|an)$/.test(toks[s]?.low ?? '') || TITLE_WORDS.has(toks[s]?.low ?? '')
    if (s === k && isPunct(toks[s - 1], ',') && phrase.kind === 'description' && appositive && !phrase.plural) {
      const named = nameBefore(toks, s - 1, text)
      if (named) {
        const apposition = text.slice((toks[s] as Token).start, (toks[j] as Token).end)
        const role = named.phrase.role ?? apposition.replace(/^(?:the|a|an)\s+/i, '')
        return { phrase: { ...named.phrase, role }, pre: named.pre, apposition }
      }
    }
    // "Anthony Anton, president and CEO of Washington Restaurant Association stated": the same, with an organisation
    // at the apposition's end
    let c = k - 1
    while (c > j - 14 && (isWord(toks[c]) || isPunct(toks[c], '&'))) c--
    const opener = toks[c + 1]
    const notPerson = phrase.kind === 'description' || (phrase.kind === 'name' && phrase.org)
    if (notPerson && isPunct(toks[c], ',') && isWord(opener) && !opener.cap && TITLE_WORDS.has(opener.low)) {
      const named = nameBefore(toks, c, text)
      if (named) {
        const apposition = text.slice(opener.start, (toks[j] as Token).end)
        return { phrase: { ...named.phrase, role: named.phrase.role ?? apposition }, pre: named.pre, apposition }
      }
    }
    return { phrase, pre: s, apposition: null }
  }
  if (isPunct(tj, ',')) return appositiveSubject(toks, j, text)
  return null
}

/**
 * A person's name that ends just before the comma at `c`, opening its clause; or, as the antecedent of "who"
 * (`anywhere`), in any place ("Contrast that with Trump, who has called ...").
 */
function nameBefore(
  toks: Token[],
  c: number,
  text: string,
  anywhere = false,
): { phrase: Extract<SpeakerPhrase, { kind: 'name' }>; pre: number } | null {
  let e = c - 1
  if (isPunct(toks[e], ')')) {
    while (e > 0 && !isPunct(toks[e], '(')) e--
    e--
  }
  let k = e
  while (k - 1 >= 0 && isWord(toks[k - 1]) && !isBoundaryWord(toks, k - 1)) k--
  const opens = anywhere || k === 0 || toks[k - 1]?.kind === 'q' || isPunct(toks[k - 1], ',:—–')
  const s = longestNpSuffix(toks, k, e)
  if (s < 0 || !opens) return null
  // "Sen. Jane Roe of California, the ranking Democrat on the panel, who said": the name before the apposition, also
  // when the apposition holds a name ("the ranking Democrat on the committee", "a Republican")
  if (anywhere && isPunct(toks[k - 1], ',') && /^(?:the|a|an)$/.test(toks[k]?.low ?? ''))
    return nameBefore(toks, k - 1, text, true)
  const phrase = readSpeakerPhrase(toks, s, e, text)
  return phrase?.kind === 'name' && !phrase.org ? { phrase, pre: s } : null
}

/**
 * The people's names listed before the comma at `c`, each set off by commas and the first opening its clause
 * ("Instead, Matthews, Jones"); null when anything else stands there (a place, a day: "On Tuesday,").
 */
function listedBefore(toks: Token[], c: number, text: string): { names: string[]; pre: number } | null {
  const named = nameBefore(toks, c, text)
  if (!named || TIME_WORDS.has(named.phrase.name.toLowerCase()) || named.phrase.role !== null) return null
  // (the name is the whole of its chunk: not "In Ohio,")
  const before = toks[named.pre - 1]
  if (before !== undefined && before.kind !== 'q' && !isPunct(before, ',:—–')) return null
  const more = isPunct(before, ',') ? listedBefore(toks, named.pre - 1, text) : null
  return more
    ? { names: [...more.names, named.phrase.name], pre: more.pre }
    : { names: [named.phrase.name], pre: named.pre }
}

const LOCATIVE = new Set(['in', 'from', 'of', 'near', 'at', 'outside'])

/** The words of tokens a..b joined as written, without the text (enough for a place name). */
const spanText = (toks: Token[], a: number, b: number) =>
  toks
    .slice(a, b + 1)
    .map((t) => t.text)
    .join(' ')
    .replace(/ \./g, '.')

/**
 * "a delegate from Houston, Texas," and "of Flint, Mich.,": a city and its state are one place, so the state is one
 * segment with the city's (`segs` run from right to left).
 */
function mergePlaces(toks: Token[], segs: Range[]): void {
  for (let i = segs.length - 2; i >= 0; i--) {
    const state = segs[i] as Range
    const city = segs[i + 1] as Range
    const capitals = state.b - state.a <= 2 && toks.slice(state.a, state.b + 1).every((t) => isCap(t) || t.text === '.')
    let c = city.b
    while (c > city.a && isCap(toks[c])) c--
    const locative = c < city.b && isWord(toks[c]) && LOCATIVE.has(lower(toks[c] as Token))
    // "a Hollywood, Fla., rabbi": a known state after a capitalised word
    const known = c < city.b && isStateOrProvince(spanText(toks, state.a, state.b))
    if (capitals && (locative || known)) segs.splice(i, 2, { a: city.a, b: state.b })
  }
}

/** The last token before a state that `mergePlaces` joined to the city ending `seg`; `seg.b` when it joined none. */
function placeMergedEnd(toks: Token[], seg: Range): number {
  let c = seg.b
  while (c > seg.a && !isPunct(toks[c], ',')) c--
  // (a known state only: "Alarmed by the unrest in Nevada, Senator Harry Reid," was merged as a place too)
  const merged = c > seg.a && c < seg.b && isStateOrProvince(spanText(toks, c + 1, seg.b))
  return merged && isCap(toks[c - 1]) ? c - 1 : seg.b
}

/**
 * "assistant secretary of state for population, refugees, and migration": a list of common nouns ending in "and" or
 * "or" is one segment with the words before its first comma (`segs` run from right to left).
 */
function mergeLists(toks: Token[], segs: Range[]): void {
  const common = (r: Range) => toks.slice(r.a, r.b + 1).every((t) => isWord(t) && !t.cap)
  for (let i = 0; i < segs.length; i++) {
    const last = segs[i] as Range
    if (!/^(?:and|or)$/.test(toks[last.a]?.low ?? '') || !common(last) || last.b - last.a > 3) continue
    let m = i + 1
    while (m < segs.length && common(segs[m] as Range) && (segs[m] as Range).b - (segs[m] as Range).a <= 2) m++
    const first = segs[m]
    if (m === i + 1 || first === undefined || !common({ a: first.b, b: first.b })) continue
    segs.splice(i, m - i + 1, { a: first.a, b: last.b })
  }
}

/** "NAME, APPOSITION, said" or "ROLE, NAME, said": `j` is the comma before the verb. */
function appositiveSubject(toks: Token[], j: number, text: string): Subject | null {
  const segs: Range[] = []
  let end = j
  for (let n = 0; n < 6; n++) {
    let k = end - 1
    let depth = 0
    // (a quotation with words on both sides is inside the segment: "Jane Doe, who lost 16 pounds “and two belt
    // loops” this year, says")
    while (k >= 0 && (toks[k]?.kind !== 'q' || (isWord(toks[k - 1]) && isWord(toks[k + 1]) && k + 1 < end))) {
      if (isPunct(toks[k], ')]')) depth++
      else if (isPunct(toks[k], '([')) {
        if (depth === 0) break
        depth--
      } else if (depth === 0 && isPunct(toks[k], ',;:—–')) break
      k--
    }
    if (k + 1 > end - 1) break
    segs.push({ a: k + 1, b: end - 1 })
    if (k < 0 || !isPunct(toks[k], ',')) break
    end = k
  }
  mergeLists(toks, segs)
  segs.splice(4)
  mergePlaces(toks, segs)
  // "Residents of Oakland, Calif., said": one subject with its place, nothing else before the verb
  const only = segs.length === 1 ? segs[0] : undefined
  if (only && (only.a === 0 || isPunct(toks[only.a - 1], ',:—–') || toks[only.a - 1]?.kind === 'q')) {
    let c = only.a
    while (c <= only.b && !isPunct(toks[c], ',')) c++
    if (c <= only.b && c > only.a && longestNpSuffix(toks, only.a, c - 1) === only.a) {
      const phrase = readSpeakerPhrase(toks, only.a, c - 1, text)
      if (phrase && phrase.kind !== 'pronoun') return { phrase, pre: only.a, apposition: null }
    }
  }
  // "Rep. Jane Roe (D-Calif.), who ...": the party tag after a name is not part of it
  for (const seg of segs) {
    if (!isPunct(toks[seg.b], ')')) continue
    let o = seg.b
    while (o > seg.a && !isPunct(toks[o], '(')) o--
    if (o > seg.a) seg.b = o - 1
  }
  const slice = (a: number, b: number) => text.slice((toks[a] as Token).start, (toks[b] as Token).end)
  const s0 = segs[0]
  const s1 = segs[1]
  // "after winning Ohio, Gov. John Kasich (R-OH), said": a stray comma after a titled name that is no apposition of
  // a name before it
  if (s0 && s1 && s0.b > s0.a && isCap(toks[s0.a]) && isNounPhrase(toks, s0.a, s0.b)) {
    const phrase = readSpeakerPhrase(toks, s0.a, s0.b, text)
    const whole = longestNpSuffix(toks, s1.a, s1.b) === s1.a
    const before = whole ? readSpeakerPhrase(toks, s1.a, s1.b, text) : null
    if (phrase?.kind === 'name' && !phrase.org && phrase.role && before?.kind !== 'name')
      return { phrase, pre: s0.a, apposition: null }
    // "The leader of the Anti-Defamation League, Jonathan Greenblatt, warned": a person after the description
    // that opens the clause
    if (
      phrase?.kind === 'name' &&
      !phrase.org &&
      // (an organisation read with a role before it is "the leader of" it)
      ((before?.kind === 'description' && !before.plural) || (before?.kind === 'name' && before.org && before.role)) &&
      (s1.a === 0 || isPunct(toks[s1.a - 1], ',:—–') || toks[s1.a - 1]?.kind === 'q')
    ) {
      const role = slice(s1.a, s1.b).replace(/^(?:the|a|an)\s+/i, '')
      return { phrase: { ...phrase, role: phrase.role ?? role }, pre: s1.a, apposition: slice(s1.a, s1.b) }
    }
    // "Canada's largest department store operator, Hudson's Bay Co., said": an organisation after its description
    if (
      phrase?.kind === 'name' &&
      phrase.org &&
      before?.kind === 'description' &&
      (s1.a === 0 || isPunct(toks[s1.a - 1], ',:—–'))
    )
      return { phrase, pre: s1.a, apposition: slice(s1.a, s1.b) }
  }
  for (let h = 1; h < segs.length; h++) {
    const closer = segs.slice(0, h)
    // "however", "after a long pause", "in a statement": an aside between the subject and its verb
    // (a longer one when it has no verb of its own: ", in an attempt to draw attention to her lack of press
    // conferences,")
    const aside = (s: Range) =>
      (s.a === s.b && DISCOURSE_ADVERBS.has(lower(toks[s.a] as Token))) ||
      ((s.b - s.a <= 5 || (s.b - s.a <= 14 && isNominal(toks, s.a, s.b))) &&
        isWord(toks[s.a]) &&
        !isCap(toks[s.a]) &&
        (ADJUNCT_PREPOSITIONS.has(lower(toks[s.a] as Token)) || lower(toks[s.a] as Token) === 'including'))
    if (!closer.every((s) => isAppositionSegment(toks, s.a, s.b) || aside(s))) break
    const cut = segs[h] as Range
    // ", while Mike Huckabee, the former Arkansas governor, said": the conjunction opens the clause; the name after
    // it is the subject, not a second apposition
    const seg = CONTRAST.has(lower(toks[cut.a] as Token)) && cut.b > cut.a ? { a: cut.a + 1, b: cut.b } : cut
    if (/^(?:who|whose|which|where|when)$/i.test(toks[seg.a]?.text ?? '') || aside(seg)) continue
    // a second apposition ("a 1989 graduate and a county commissioner") when a name lies further left
    if (
      h + 1 < segs.length &&
      isAppositionSegment(toks, seg.a, seg.b) &&
      // "Rep. Chris Collins, R-NY, says": a title and a name is the subject, not a second apposition
      !(isCap(toks[seg.a]) && readSpeakerPhrase(toks, seg.a, seg.b, text)?.kind === 'name')
    )
      continue
    // "Mayor Jane Doe of Dayton, Ohio, a retired nurse, said": the subject ends before the state merged with its city
    const b = placeMergedEnd(toks, seg)
    let k = b
    while (k - 1 >= seg.a && isWord(toks[k - 1]) && !isBoundaryWord(toks, k - 1)) k--
    const s = longestNpSuffix(toks, k, b)
    if (s < 0) return null
    const phrase = readSpeakerPhrase(toks, s, b, text)
    if (!phrase || phrase.kind === 'pronoun') return null
    const first = segs[h - 1] as Range
    const last = segs[0] as Range
    // the role: the appositions that describe, in reading order, without relative clauses, tags and asides
    const described = closer
      .filter((g) => !aside(g) && !/^(?:who|whose|which|where|when)$/i.test(toks[g.a]?.text ?? ''))
      .filter((g) => isAppositionStart(toks[g.a]) && !(g.b - g.a <= 2 && /\./.test(slice(g.a, g.b))))
      .reverse()
      .map((g) => slice(g.a, g.b).replace(/^(?:the|a|an)\s+/i, ''))
    const withRole: SpeakerPhrase =
      phrase.kind === 'name' && !phrase.role && described.length > 0
        ? { ...phrase, role: described.join(', ') }
        : phrase
    return { phrase: withRole, pre: s, apposition: slice(first.a, last.b) }
  }
  // "Spindler's father, Joseph, says"
  if (s0 && s1) {
    let allNames = true
    for (let k = s0.a; k <= s0.b; k++)
      if (!isNameToken(toks[k]) || !/\p{Ll}|^\p{Lu}\.$/u.test(toks[k]?.text ?? '')) allNames = false
    const r = longestNpSuffix(toks, s1.a, s1.b)
    if (allNames && r >= 0) {
      const phrase = readSpeakerPhrase(toks, s0.a, s0.b, text)
      const role = readSpeakerPhrase(toks, r, s1.b, text)
      if (phrase?.kind === 'name' && role?.kind === 'description') {
        const apposition = slice(r, s1.b)
        return { phrase: { ...phrase, role: phrase.role ?? apposition }, pre: r, apposition }
      }
    }
  }
  return null
}

const NP_PREPOSITIONS_AFTER = new Set(['of', 'for', 'about', 'to'])

/** Is there a capitalised word among the `n` words from `k`, before any punctuation? */
function nameWithin(toks: Token[], k: number, n: number): boolean {
  for (let m = k; m < k + n && isWord(toks[m]); m++) if (isCap(toks[m])) return true
  return false
}

/** The index after a parenthesis that opens at `k` ("(D-Conn.)"), or `k`. */
function skipParenthesis(toks: Token[], k: number): number {
  const close = isPunct(toks[k], '(') ? closingBracket(toks, k, PARENTHESIS_REACH) : -1
  return close < 0 ? k : close + 1
}

/** How far the ")" of a parenthesis after a name may stand after its "(". */
const PARENTHESIS_REACH = 7

/** The subject after the verb: "“...,” said al-Shayji", "says Chetham Lakshman, vice-president, ...". */
export function subjectAfter(toks: Token[], ve: number, text: string): (Subject & { post: number }) | null {
  const k = ve + 1
  const first = toks[k]
  // "said of Cruz": a preposition opens an adjunct, not the speaker
  if (!isWord(first) || (!first.cap && (NP_PREPOSITIONS_AFTER.has(first.low) || ADJUNCT_PREPOSITIONS.has(first.low))))
    return null
  let e = k
  if (!PERSONAL_PRONOUNS.has(lower(first))) {
    while (e + 1 < toks.length) {
      const t = toks[e + 1]
      if (!isWord(t)) break
      const l = lower(t)
      // "Heart and Stroke senior manager Erin Kim", "oil and gas worker Mike Wipf": a role before a name
      if (l === 'and' && (isCap(toks[e]) ? isCap(toks[e + 2]) : nameWithin(toks, e + 2, 4))) {
        e++
        continue
      }
      if (ADJUNCT_PREPOSITIONS.has(l) || TIME_WORDS.has(l) || (NON_NP_WORDS.has(l) && !DETERMINERS.has(l))) break
      if (SPEECH_VERBS.has(l) && !t.cap) break
      e++
    }
  }
  while (e >= k && longestNpSuffix(toks, k, e) < 0) e--
  if (e < k) return null
  const s = longestNpSuffix(toks, k, e)
  const l0 = lower(first)
  if (l0 === 'it' || l0 === 'that' || l0 === 'this') return null
  if (
    PERSONAL_PRONOUNS.has(l0) &&
    toks[ve - 1]?.kind !== 'q' &&
    !(isPunct(toks[ve - 1], ',') && toks[ve - 2]?.kind === 'q')
  )
    return null
  let phrase = readSpeakerPhrase(toks, s, e, text)
  if (!phrase) return null
  if (s > k) {
    // "said oil and gas worker Mike Wipf"
    if (phrase.kind !== 'name') return null
    const extra = text.slice(first.start, (toks[s - 1] as Token).end)
    phrase = { ...phrase, role: phrase.role ? `${extra} ${phrase.role}` : extra }
  }
  // "said Rubio's deputy campaign manager, Rich Beeson, who ...": the name set in commas after a description
  if (phrase.kind === 'description' && !phrase.plural && isPunct(toks[e + 1], ',')) {
    const named = nameInCommas(toks, e + 2, text)
    if (named) {
      phrase = { ...named.phrase, role: named.phrase.role ?? phrase.text.replace(/^(?:the|a|an)\s+/i, '') }
      e = named.end
    }
  }
  // appositions: ", vice-president, external affairs for Freedom Mobile"
  let post = skipParenthesis(toks, e + 1)
  let apposFrom = -1
  let apposTo = -1
  while (isPunct(toks[post], ',') && isAppositionStart(toks[post + 1]) && phrase.kind !== 'pronoun') {
    let m = post + 1
    while (m < toks.length && toks[m]?.kind !== 'q' && !isPunct(toks[m], ',;:—–.')) m++
    // ", who said he would not vote": a relative clause with its own verb of saying is another attribution
    if (toks.slice(post + 1, m).some((t) => !t.cap && SPEECH_VERBS.has(t.low))) break
    if (apposFrom < 0) apposFrom = post + 1
    apposTo = m - 1
    post = m
  }
  const apposition = apposFrom >= 0 ? text.slice((toks[apposFrom] as Token).start, (toks[apposTo] as Token).end) : null
  if (apposition && phrase.kind === 'name' && !phrase.role && !/^(?:who|whose|which)\b/i.test(apposition))
    phrase = { ...phrase, role: apposition.replace(/^(?:the|a|an)\s+/i, '') }
  return { phrase, pre: ve, apposition, post }
}

/**
 * A person's name from `a` up to a comma, a full stop, a quotation or the end ("…, Rich Beeson, who …"); with the
 * index of its last word.
 */
function nameInCommas(
  toks: Token[],
  a: number,
  text: string,
): { phrase: Extract<SpeakerPhrase, { kind: 'name' }>; end: number } | null {
  if (!isCap(toks[a])) return null
  let m = a
  while (isWord(toks[m]) && m - a < 5) m++
  const stop = toks[m]
  if (stop !== undefined && stop.kind !== 'q' && !isPunct(stop, ',.;(')) return null
  if (!isNounPhrase(toks, a, m - 1)) return null
  const phrase = readSpeakerPhrase(toks, a, m - 1, text)
  return phrase?.kind === 'name' && !phrase.org ? { phrase, end: m - 1 } : null
}

/** Words that open a sentence before its subject without a comma: "And then Trump went on, saying ...". */
const BARE_OPENERS = new Set(['and', 'but', 'so', 'then', 'yet', 'still', 'also', 'now', 'later', 'instead', 'even'])

/**
 * Skips what comes before the subject of a main clause: "And then", and adverbial phrases closed by a comma
 * ("Speaking at a town hall in Salem, New Hampshire,", "On Thursday, after remaining neutral,").
 */
function skipOpeners(toks: Token[], k: number, end: number, text: string): number {
  for (let n = 0; n < 6 && k < end; n++) {
    const t = toks[k]
    if (!isWord(t)) return k
    const l = lower(t)
    if (BARE_OPENERS.has(l) || DISCOURSE_ADVERBS.has(l)) {
      k += isPunct(toks[k + 1], ',') ? 2 : 1
      continue
    }
    // an adverbial phrase: a subordinator or preposition, a participle ("Speaking", "Asked", "Saying “...”"), an
    // adverb in -ly
    // ("Here in Columbia,")
    const sayingPhrase = (/ing$/.test(l) && SPEECH_VERBS.has(l)) || (l === 'here' && !isPunct(toks[k + 1], ','))
    if (!SUBORDINATORS.has(l) && !ADJUNCT_PREPOSITIONS.has(l) && !sayingPhrase && !adverbialOpener(toks, k)) return k
    // (a quotation may hold the comma: Calling the plan “a disaster,” Roe ...)
    let c = k
    while (c < end && !isPunct(toks[c], ',') && !quoteEndsInComma(toks[c] as Token, text)) c++
    if (c >= end) return k
    k = c + 1
    // "In Salem, New Hampshire, Trump ...", "At an event in Ames, Iowa, on Sunday, Clinton ...": a place after the
    // comma belongs to the phrase, and so does an adjunct after it
    let m = k
    // ("Beaumont, Tex., Mr. Trump": an abbreviated state keeps its full stop)
    while (m < end && (isCap(toks[m]) || (m > k && isPunct(toks[m], '.') && isPunct(toks[m + 1], ',')))) m++
    const next = toks[m + 1]
    if (m > k && isPunct(toks[m], ',') && (isCap(next) || (isWord(next) && PERSONAL_PRONOUNS.has(lower(next)))))
      k = m + 1
    else if (
      m > k &&
      isPunct(toks[m], ',') &&
      isWord(next) &&
      !isCap(next) &&
      (ADJUNCT_PREPOSITIONS.has(next.low) || TIME_WORDS.has(next.low))
    )
      k = m + 1
  }
  return k
}
const PARTICIPLE_OPENERS = new Set(['asked', 'faced', 'pressed', 'given', 'based', 'born', 'known', 'told'])

/**
 * "Speaking at ...", "Asked about ...", "Similarly,", "Last week,": an adverbial opener, not a name ("Carly",
 * "Manning said").
 */
function adverbialOpener(toks: Token[], k: number): boolean {
  const t = toks[k] as Token
  const next = toks[k + 1]
  if (TIME_WORDS.has(t.low) || /ly$/.test(t.low))
    return isPunct(next, ',') || (TIME_WORDS.has(t.low) && isWord(next) && !isCap(next))
  // "Hours later,", "Two weeks ago,": a span of time
  if (isWord(next) && /^(?:later|earlier|ago)$/.test(next.low)) return isPunct(toks[k + 2], ',') || !isCap(t)
  // "The day before,", "A week earlier,": a time noun with an article
  const after = toks[k + 2]
  if (/^(?:the|a)$/.test(t.low) && isWord(next) && TIME_NOUNS.has(next.low) && isWord(after))
    return /^(?:before|after|later|earlier)$/.test(after.low) && isPunct(toks[k + 3], ',')
  // "That morning,", "Later that day,", "One night,": a demonstrative or a count before a time noun
  if (/^(?:that|this|one|each|every)$/.test(t.low) && isWord(next) && TIME_NOUNS.has(next.low))
    return isPunct(after, ',')
  // "Late last month,", "Quite suddenly,": a word that modifies a time or an adverb
  if (isWord(next) && !isCap(next) && (TIME_WORDS.has(next.low) || /^\p{L}{3,}ly$/u.test(next.low)))
    return isPunct(toks[k + 2], ',') || (isWord(toks[k + 2]) && !t.cap && isPunct(toks[k + 3], ','))
  if (!/ing$/.test(t.low) && !PARTICIPLE_OPENERS.has(t.low)) return false
  return isWord(next) && !isCap(next) && !SPEECH_VERBS.has(next.low)
}

/**
 * Where a unit starts after its dateline ("SHARJAH — ...", "WASHINGTON, Dec. 8 (UPI) — ...", "MOSCOW (AP)_ ..."),
 * or 0 when it has none.
 */
export function afterDateline(toks: Token[]): number {
  for (let d = 1; d < Math.min(toks.length, 12); d++) {
    if (!isPunct(toks[d], '—–-_')) continue
    if (!toks.slice(0, d).every((t) => isCap(t) || /^\d/.test(t.text) || isPunct(t, ',.()'))) return 0
    let k = d + 1
    while (isPunct(toks[k], '—–-_')) k++
    return k
  }
  return 0
}

/**
 * The subject of a clause of contrast that a coordinated verb at `vi` belongs to: in "Jindal signed an order, while
 * Mike Huckabee, the former Arkansas governor, proposed we … and said …", "said" is Huckabee's, not the main clause's.
 * The nearest ", while NAME" before the verb, the name being a person's; null when there is none.
 */
export function contrastSubject(toks: Token[], vi: number, text: string): SpeakerPhrase | null {
  for (let c = vi - 1; c > 0; c--) {
    if (toks[c]?.kind === 'q' || isPunct(toks[c], '.;:')) return null
    if (!CONTRAST.has(lower(toks[c] as Token)) || !isPunct(toks[c - 1], ',')) continue
    let e = c + 1
    while (isWord(toks[e + 1]) && isCap(toks[e + 1]) && e - c < 5) e++
    if (!isCap(toks[c + 1]) || !(isPunct(toks[e + 1], ',') || isWord(toks[e + 1]))) return null
    const phrase = readSpeakerPhrase(toks, c + 1, e, text)
    return phrase?.kind === 'name' && !phrase.org ? phrase : null
  }
  return null
}

/** The subject of the unit's main clause, for participles and coordinated verbs: "Despite ..., Trump signed". */
export function mainSubject(toks: Token[], text: string): SpeakerPhrase | null {
  const end = toks.length
  const k = skipOpeners(toks, afterDateline(toks), end, text)
  const t = toks[k]
  if (!isWord(t)) return null
  let e = k
  const l = lower(t)
  // "Elian's relatives in Miami", "Iraq's deputy foreign minister": a possessive opens a description
  let p = k
  while (isCap(toks[p]) && !isPossessive(toks[p] as Token) && p - k < 4) p++
  const tp = toks[p]
  const possessive = isCap(t) && isWord(tp) && isPossessive(tp) && isWord(toks[p + 1]) && !isCap(toks[p + 1])
  if (PERSONAL_PRONOUNS.has(l)) e = k
  else if (DETERMINERS.has(l) || possessive) {
    if (possessive) e = p
    while (
      e + 1 < toks.length &&
      isWord(toks[e + 1]) &&
      !NON_NP_WORDS.has(lower(toks[e + 1] as Token)) &&
      !/ed$/.test(toks[e + 1]?.text ?? '') &&
      !IRREGULAR_PASTS.has(lower(toks[e + 1] as Token)) &&
      e - k < 6
    )
      e++
  } else if (isCap(t) || /^\d+-year-old$/.test(l)) {
    // "76-year-old Morton Blackwell": an age before the name
    for (;;) {
      const n = toks[e + 1]
      if (!isWord(n)) break
      const ln = lower(n)
      if (
        isCap(n) ||
        isNameToken(n) ||
        (TITLE_WORDS.has(ln) && isCap(toks[e + 2])) ||
        // "Presumptive Republican presidential nominee Donald Trump"
        // (not "Todd pressed Republican National Chairman Reince Priebus": a verb, then a capitalised title)
        (!NON_NP_WORDS.has(ln) &&
          !/ed$/.test(ln) &&
          TITLE_WORDS.has(toks[e + 2]?.low ?? '') &&
          !isCap(toks[e + 2]) &&
          isCap(toks[e + 3])) ||
        (ln === 'of' && isCap(toks[e + 2]))
      )
        e++
      else break
    }
  } else return null
  while (e >= k && !isNounPhrase(toks, k, e)) e--
  if (e < k) return null
  const phrase = readSpeakerPhrase(toks, k, e, text)
  // "Elian's great-uncle, Lazaro Gonzalez, is fighting ...": the name set in commas after a description
  if (phrase?.kind === 'description' && isPunct(toks[e + 1], ',')) {
    let m = e + 2
    while (isWord(toks[m]) && m - e < 7) m++
    if (m > e + 2 && isPunct(toks[m], ',') && isNounPhrase(toks, e + 2, m - 1)) {
      const named = readSpeakerPhrase(toks, e + 2, m - 1, text)
      if (named?.kind === 'name' && !named.org)
        return { ...named, role: named.role ?? phrase.text.replace(/^(?:the|a|an)\s+/i, '') }
    }
  }
  return phrase
}
