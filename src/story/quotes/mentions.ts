/** Names mentioned outside quotations in a unit, with what the sentence tells about them. */

import { kinPossessor } from './kin-names.js'
import { DEMONYMS, HONORIFICS, ORG_WORDS, PLACE_PREFIXES, PLACE_WORDS, TITLE_WORDS } from './lexicon.js'
import { isStateOrProvince } from './places.js'
import {
  isAppositionStart,
  isNameToken,
  isNominal,
  readSpeakerPhrase,
  type SpeakerPhrase,
  surnameAfterGivenName,
} from './speaker-phrase.js'
import { closingBracket, isCap, isWord, lower, pastAside, type Token } from './token.js'

export type NameMention = {
  /** Token range of the mention (titles included). */
  a: number
  b: number
  phrase: Extract<SpeakerPhrase, { kind: 'name' }>
  /** Introduced with a title, an honorific, a role noun before it or an apposition after it. */
  titled: boolean
  /** The apposition after the name, as a role ("a US foreign policy expert at Kuwait University"). */
  role: string | null
  /** The mention opens the clause (likely its subject). */
  subject: boolean
  /** "McCallum's speeches": a mention, but not of someone acting in the sentence. */
  possessive: boolean
  /** Written with an honorific ("the promise Mrs. Clinton has made"): a person, wherever the name stands. */
  honorific: boolean
  /** "his wife, Jane": whom a relative named by a given name alone is kin to (see kin-names.ts), or null. */
  kin: string | null
}

const isPossessive = (t: Token) => /['’]s$/u.test(t.text)

/** ", a resident of Lampung," after a name (at the comma `c`): a noun phrase closed by a comma or the end. */
function appositionAfter(toks: Token[], c: number): boolean {
  if (toks[c]?.text !== ',' || !isAppositionStart(toks[c + 1])) return false
  let m = c + 1
  while (m < toks.length && toks[m]?.kind !== 'q' && !/^[,;:—–.()]$/.test((toks[m] as Token).text)) m++
  return isNominal(toks, c + 1, m - 1)
}

/** Is tokens[a..b] a state after its city ("Onawa, Iowa") or a city before its state ("Cedar Rapids, Iowa")? */
function cityOrState(toks: Token[], a: number, b: number, text: string): boolean {
  const words = (x: number, y: number) => text.slice((toks[x] as Token).start, (toks[y] as Token).end)
  if (toks[a - 1]?.text === ',' && isCap(toks[a - 2]) && isStateOrProvince(words(a, b))) return true
  if (toks[b + 1]?.text !== ',' || !isCap(toks[b + 2])) return false
  let m = b + 2
  while (isCap(toks[m + 1]) || toks[m + 1]?.text === '.') m++
  return isStateOrProvince(words(b + 2, m)) && !isStateOrProvince(words(a, b))
}

/** Finds the names in `toks` (quotations are single `q` tokens, so names inside them are never seen). */
export function findNameMentions(toks: Token[], text: string): NameMention[] {
  const out: NameMention[] = []
  let depth = 0
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k] as Token
    // names in parentheses are photo credits and asides
    if (t.text === '(') depth++
    else if (t.text === ')') depth = Math.max(0, depth - 1)
    if (depth > 0 || !isCap(t) || !isNameToken(t, toks[k + 1])) continue
    let e = k
    let org = ORG_WORDS.has(t.low)
    for (;;) {
      if (isPossessive(toks[e] as Token)) {
        // "Hudson's Bay Co.", "McDonald's Corp.": a possessive inside a company's name
        let m = e + 1
        while (isCap(toks[m]) && !isPossessive(toks[m] as Token)) m++
        if (m - 1 > e && ORG_WORDS.has((toks[m - 1] as Token).low)) {
          e = m - 1
          org = true
        }
        break
      }
      const n = toks[e + 1]
      if (
        isNameToken(n, toks[e + 2]) ||
        (isCap(n) && HONORIFICS.has(lower(toks[e] as Token))) ||
        surnameAfterGivenName(toks[e], n)
      ) {
        e++
        if (n && ORG_WORDS.has(n.low)) org = true
        continue
      }
      // "Union of Public Employees", "Bank of Canada": "of" inside an organisation's name
      const after = toks[e + 2]
      if (n?.low === 'of' && isCap(after) && (org || ORG_WORDS.has(after?.low ?? ''))) {
        e += 2
        org = true
        continue
      }
      break
    }
    let start = k
    // "US President Donald Trump", "Iranian Foreign Minister ...": a nationality before the title
    while (start > 0 && isCap(toks[start - 1]) && DEMONYMS.has(lower(toks[start - 1] as Token))) start--
    k = e
    const possessive = isPossessive(toks[e] as Token)
    // "New Brunswick", "North Korea": part of a place name
    if (start === e && PLACE_PREFIXES.has(lower(toks[start - 1] ?? t))) continue
    // "Safe Surrey council": a name that modifies an organisation noun
    const after0 = toks[e + 1]
    if (!possessive && isWord(after0) && !isCap(after0) && ORG_WORDS.has(lower(after0))) continue
    // a place ("Drayton Valley", "Yonge Street") is nobody who speaks
    if (!org && toks.slice(start, e + 1).some((x) => PLACE_WORDS.has(x.low))) continue
    // "in Onawa, Iowa, the Republican presidential candidate repeated": a city and its state are places, and what
    // follows them is no apposition of either
    if (cityOrState(toks, start, e, text)) continue
    // "Senate Majority Leader Mitch McConnell": an organisation's word in a title before a person's name
    // ("Secretary of State James Baker": what a title is of belongs to the title)
    let lastTitle = -1
    for (let k2 = start; k2 < e; k2++) {
      const low = (toks[k2] as Token).low
      if (TITLE_WORDS.has(low)) lastTitle = k2
      else if (low === 'of' && lastTitle === k2 - 1) lastTitle = ++k2
    }
    const titledPerson =
      lastTitle >= 0 && lastTitle < e && !toks.slice(lastTitle + 1, e + 1).some((x) => ORG_WORDS.has(x.low))
    const read: SpeakerPhrase | null =
      org && !titledPerson
        ? {
            kind: 'name',
            name: text.slice((toks[start] as Token).start, (toks[e] as Token).end),
            role: null,
            org,
            gender: null,
          }
        : readSpeakerPhrase(toks, start, e, text)
    if (read?.kind !== 'name') continue
    const phrase = possessive ? { ...read, name: read.name.replace(/['’]s$/u, '') } : read
    // "Somehow, ...": a one-word opener before a comma is not a name unless an apposition follows
    if (start === 0 && e === start && toks[e + 1]?.text === ',' && !appositionAfter(toks, e + 1)) continue
    const before = toks[start - 1]
    const titleBefore =
      isWord(before) && (TITLE_WORDS.has(lower(before)) || HONORIFICS.has(lower(before))) && !isCap(before)
    let role = phrase.role
    const honorific = toks.slice(start, e).some((x) => HONORIFICS.has(x.low))
    let titled = role !== null || titleBefore
    // the token before the name with its titles ("Republican presidential nominee Donald Trump has blasted ...")
    let opener = before
    if (titleBefore && before) {
      let r = start - 1
      while (r - 1 >= 0 && isWord(toks[r - 1]) && !/^(?:the|a|an|and|but|of)$/i.test((toks[r - 1] as Token).text)) r--
      const roleText = text.slice((toks[r] as Token).start, before.end)
      if (!role) role = roleText
      // ("The Republican nominee Donald Trump has ...": the article before the title too)
      opener = toks[/^(?:the|a|an)$/i.test(toks[r - 1]?.text ?? '') ? r - 2 : r - 1]
    }
    const kin = start === e && !possessive ? kinBefore(toks, start) : null
    if (kin) {
      role ??= kin.role
      titled = true
    }
    let next = e + 1
    if (appositionAfter(toks, next)) {
      let m = next + 1
      for (; m < toks.length && toks[m]?.kind !== 'q'; m++) {
        // "the United Nations High Commissioner for Refugees (UNHCR),": initials in brackets stay in the apposition
        const close = toks[m]?.text === '(' ? closingBracket(toks, m, INITIALS_REACH) : -1
        if (close > 0) m = close
        else if (/^[,;:—–.()]$/.test((toks[m] as Token).text)) break
      }
      const closed = m >= toks.length || toks[m]?.text === ',' || toks[m]?.text === '.'
      const first = lower(toks[next + 1] as Token)
      if (closed && first !== 'who' && first !== 'whose' && first !== 'which' && !/^\d/.test(first)) {
        const appos = text.slice((toks[next + 1] as Token).start, (toks[m - 1] as Token).end)
        if (!role) role = appos.replace(/^(?:the|a|an)\s+/i, '')
      }
      // (a number is an age only alone: "Jane Roe, 45," not "Dirty Dancing, 98 Degrees and other posters")
      if (closed && (!/^\d/.test(first) || m === next + 2)) titled = true
      next = m + 1
    }
    // ("Sean Spicer -- as Clinton's campaign noted -- even promoted ...": the verb after an aside between dashes)
    const aside = pastAside(toks, next)
    const after = toks[aside >= 0 ? aside : next]
    // "As for Trump, he said ...": the topic of the sentence
    const topic =
      /^for$/i.test(before?.text ?? '') && /^as$/i.test(toks[start - 2]?.text ?? '') && toks[e + 1]?.text === ','
    const opensClause =
      topic ||
      opener === undefined ||
      opener.kind === 'q' ||
      /^[,—–]$/.test(opener.text) ||
      /^(?:but|and|so|then)$/i.test(opener.text)
    const subject = (opensClause && isWord(after) && !isCap(after)) || topic
    out.push({
      a: start,
      b: e,
      phrase: { ...phrase, role },
      titled: titled || topic,
      role,
      subject: subject && !possessive,
      possessive,
      honorific,
      kin: kin?.possessor ?? null,
    })
  }
  return ownersOfTitles(toks, out)
}

/**
 * "McConnell spokesman Don Stewart", "Clinton aide Huma Abedin": a name right before the title of another named
 * person says whose they are, as a possessive would; it is not the one acting in the sentence.
 */
function ownersOfTitles(toks: Token[], mentions: NameMention[]): NameMention[] {
  return mentions.map((m, i) => {
    const o = mentions[i + 1]
    if (m.possessive || !o?.titled || o.a <= m.b + 1 || o.a > m.b + 4) return m
    // ("Trump campaign manager Corey Lewandowski": lower-case words between, the last a title)
    const between = toks.slice(m.b + 1, o.a)
    const title = between.every((t) => isWord(t) && !isCap(t)) && TITLE_WORDS.has(between.at(-1)?.low ?? '')
    return title ? { ...m, subject: false, possessive: true } : m
  })
}

/** How far the ")" of initials in brackets may stand after the "(" ("(UNHCR)", "(D-Calif.)"). */
const INITIALS_REACH = 4

/** "his wife, Jane": the family role set before a one-word name at `a` by a comma, and whom it is kin to. */
function kinBefore(toks: Token[], a: number): { role: string; possessor: string } | null {
  if (toks[a - 1]?.text !== ',') return null
  // the noun, its owner, and one adjective between them at most ("his late wife")
  for (const r of [a - 3, a - 4]) {
    const words = toks.slice(Math.max(0, r), a - 1)
    if (r < 0 || !words.every(isWord)) return null
    const role = words.map((t) => t.text).join(' ')
    const possessor = kinPossessor(role)
    if (possessor) return { role, possessor }
  }
  return null
}

/** Two or three capitalised words, none an organisation word: probably a person ("Darian Lonechild"). */
export function looksLikePersonName(name: string): boolean {
  const words = name.split(/\s+/)
  if (words.length < 2 || words.length > 4) return false
  return words.every(
    (w) => !ORG_WORDS.has(w.toLowerCase()) && !PLACE_WORDS.has(w.toLowerCase()) && !/^\p{Lu}{2,}$/u.test(w),
  )
}
