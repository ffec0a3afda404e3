/** "..., according to X." and "According to X, ...": the source and the statement around it. */

import type { Attribution } from './attribution.js'
import { isOrgRole, jointSlash, longestNpSuffix, readSpeakerPhrase, type SpeakerPhrase } from './speaker-phrase.js'
import { isPunct, isWord, lower, quoteEndsInComma, type Token } from './token.js'

const GENERIC_SOURCE_NOUNS =
  /\s+(?:data|figures|statistics|estimates|numbers|records|documents|filings|tallies|counts)$/i

/** Words that open something other than the rest of the clause after "according to X,". */
const NOT_GOING_ON = new Set(
  'a an who whose which but or although though while whereas yet nor as since because'.split(' '),
)

/** The subject form of a pronoun after "according to". */
const SUBJECT_FORM: Record<string, string> = { him: 'he', her: 'she', them: 'they' }

/** "... , according to X." / "According to X, ..." */
export function according(toks: Token[], vi: number, prevLimit: number, text: string): Attribution | null {
  const s = vi + 2
  let e = s
  if (!isWord(toks[s])) return null
  while (e + 1 < toks.length && (isWord(toks[e + 1]) || isPunct(toks[e + 1], '&') || jointSlash(toks, e + 1))) e++
  let phrase: SpeakerPhrase | null = null
  const np = longestNpSuffix(toks, s, e)
  if (np === s) phrase = readSpeakerPhrase(toks, s, e, text)
  else if (np > s) {
    // "according to media buying company GroupM", "according to research firm Gartner": a role in lower case before
    // the name
    const named = readSpeakerPhrase(toks, np, e, text)
    const role = text.slice((toks[s] as Token).start, (toks[np - 1] as Token).end)
    if (named?.kind === 'name' && !named.org && isWord(toks[np - 1]) && !toks[np - 1]?.cap)
      phrase = { ...named, role: named.role ? `${role} ${named.role}` : role, org: isOrgRole(role) }
  }
  const raw = text.slice((toks[s] as Token).start, (toks[e] as Token).end)
  // "according to him": the pronoun is resolved as "he said" is
  const subjectForm = s === e ? SUBJECT_FORM[lower(toks[s] as Token)] : undefined
  if (subjectForm) phrase = { kind: 'pronoun', pronoun: subjectForm }
  else if (!phrase || phrase.kind === 'pronoun') {
    phrase = {
      kind: 'description',
      text: raw,
      head: lower(toks[e] as Token),
      definite: false,
      anonymous: false,
      plural: true,
      gender: null,
    }
  }
  if (phrase.kind === 'name') phrase = { ...phrase, name: phrase.name.replace(GENERIC_SOURCE_NOUNS, '') }
  if (phrase.kind === 'description' && GENERIC_SOURCE_NOUNS.test(phrase.text)) {
    const trimmed = phrase.text.replace(GENERIC_SOURCE_NOUNS, '')
    if (/^\p{Lu}/u.test(trimmed.replace(/^(?:the|a|an)\s+/i, ''))) phrase = { ...phrase, text: trimmed }
  }
  const base: Attribution = {
    verb: vi,
    cls: 'according',
    subject: phrase,
    apposition: null,
    inherit: false,
    participle: false,
    pre: vi,
    post: e + 1,
    forward: null,
    backward: null,
    continuation: null,
    partial: [],
    introduces: false,
  }
  const before = toks[vi - 1]
  const last = toks.length - 1
  if (vi === prevLimit || (isWord(before) && vi - 1 === prevLimit && /^(?:but|and)$/i.test(before.text))) {
    if (isPunct(toks[e + 1], ',') && e + 2 <= last) return { ...base, post: e + 2, forward: { a: e + 2, b: last } }
    return null
  }
  // "“...,” according to Judicial Watch.": the quotation holds the comma
  if (quoteEndsInComma(before, text) && vi - 1 >= prevLimit) return { ...base, backward: { a: prevLimit, b: vi - 1 } }
  if (isPunct(before, ',—–') && vi - 2 >= prevLimit) {
    // "..., according to X, will visit Iowa": the clause goes on; not an apposition ("a Republican pollster who
    // ...") or a clause of the reporter's own ("but his pathway is narrowing")
    const next = toks[e + 2]
    const goesOn = isWord(next) && !NOT_GOING_ON.has(next.low)
    const cont = isPunct(toks[e + 1], ',') && e + 2 <= last && goesOn ? { a: e + 2, b: last } : null
    return { ...base, backward: { a: prevLimit, b: vi - 2 }, continuation: cont }
  }
  return null
}
