/** What follows a speech verb: its addressee and adjuncts, then a reported clause, a quotation, or nothing. */
import {
  ADJUNCT_PREPOSITIONS,
  DETERMINERS,
  NON_NP_WORDS,
  OBJECT_PRONOUNS,
  PERSONAL_PRONOUNS,
  SPEECH_VERBS,
  TIME_WORDS,
  TITLE_WORDS,
  type VerbClass,
} from './lexicon.js'
import { verbAt } from './speech-verb.js'
import { isCap, isPunct, isWord, lower, type Token } from './token.js'

/** Words after "she said," that open an aside or a relative clause, not the rest of the statement. */
const NOT_A_CONTINUATION = new Set(
  'who whose which where when though although while whereas because since unless as now citing a an'.split(' '),
)

const FINITE_AUXILIARIES = new Set(
  'is was are were has have had will would can could should must may might does did'.split(' '),
)

const SUBORDINATE_CONTENT = new Set(['while', 'when', 'if', 'because', 'although', 'though', 'since', 'once', 'unless'])

const NOT_CLAUSE_START = new Set(
  'to so nothing no yes of about for goodbye hello thanks sorry little much more anything something'.split(' '),
)

/** Nouns of time ("last week", "The day before,"). */
export const TIME_NOUNS = new Set(
  'week month year weekend morning afternoon evening night day days weeks months years ago fall spring summer winter time'.split(
    ' ',
  ),
)

/**
 * Skips "on Saturday", "in an e-mailed statement", "last week" after a verb. "while"/"when"/"if" open the reported
 * clause itself ("said while many refugees ...") unless a participle follows ("said while sitting in a church").
 */
function skipAdjuncts(toks: Token[], k: number, inverted = false): number {
  for (;;) {
    const t = toks[k]
    if (!isWord(t)) return k
    const l = lower(t)
    if (l === 'that') return k
    // ... unless a participle follows ("said while sitting in a church", "said when asked about it")
    if (!inverted && SUBORDINATE_CONTENT.has(l) && !/(?:ing|ed)$/.test(toks[k + 1]?.text ?? '')) return k
    if (TIME_WORDS.has(l) && !ADJUNCT_PREPOSITIONS.has(l)) {
      k++
      while (isWord(toks[k]) && (TIME_NOUNS.has(lower(toks[k] as Token)) || TIME_WORDS.has(lower(toks[k] as Token))))
        k++
      continue
    }
    if (!ADJUNCT_PREPOSITIONS.has(l)) return k
    k++
    let words = 0
    let prev = l
    // "while visiting the Star's kitchen", "in his turn to answer the question": a verb inside takes objects
    let clausal = /ing$/.test(toks[k]?.text ?? '')
    while (isWord(toks[k])) {
      const w = lower(toks[k] as Token)
      if ((w === 'that' && !ADJUNCT_PREPOSITIONS.has(prev)) || (PERSONAL_PRONOUNS.has(w) && w !== 'it')) break
      if (w === 'to') clausal = true
      if (words >= 1 && DETERMINERS.has(w) && !clausal && !ADJUNCT_PREPOSITIONS.has(prev) && prev !== 'of') break
      if (NON_NP_WORDS.has(w) && !ADJUNCT_PREPOSITIONS.has(w) && !DETERMINERS.has(w)) break
      if (SPEECH_VERBS.has(w) && prev !== 'to' && verbAt(toks, k) !== null) break
      prev = w
      k++
      words++
    }
  }
}

/** Skips the addressee of "told": "told Al Jazeera", "told the jury", "told CBC host Chris Walker". */
function skipObject(toks: Token[], k: number): number {
  const t = toks[k]
  if (!isWord(t)) return k
  const l = lower(t)
  if (OBJECT_PRONOUNS.has(l) && l !== 'it') return k + 1
  // "told followers in an Instagram post", "told court the animals were sick": a bare noun as the addressee
  const after = toks[k + 1]
  if (
    !t.cap &&
    !PERSONAL_PRONOUNS.has(l) &&
    !DETERMINERS.has(l) &&
    l !== 'that' &&
    (after === undefined || after.kind !== 'w' || ADJUNCT_PREPOSITIONS.has(after.low) || after.low === 'that')
  )
    return k + 1
  if (PERSONAL_PRONOUNS.has(l) || l === 'that') return k
  // "told host Chris Cuomo": a role noun before the addressee's name
  if (!t.cap && TITLE_WORDS.has(l) && isCap(toks[k + 1])) return skipObject(toks, k + 1)
  if (!(DETERMINERS.has(l) || isCap(t))) return k
  let e = k + 1
  while (isWord(toks[e])) {
    const w = toks[e] as Token
    const le = lower(w)
    if (le === 'that' || PERSONAL_PRONOUNS.has(le) || TIME_WORDS.has(le) || NON_NP_WORDS.has(le)) break
    if (ADJUNCT_PREPOSITIONS.has(le) || DETERMINERS.has(le)) break
    const before = toks[e - 1] as Token
    const lb = lower(before)
    if (isCap(w) && !isCap(before) && lb !== 'of' && !TITLE_WORDS.has(lb) && !DETERMINERS.has(lb)) break
    e++
  }
  return e
}

const CLAUSE_BLOCKERS = new Set(
  `is was were are be been being has have had do does did will would can could may might shall should must and or
   nor than not as`.split(/\s+/),
)

const clauseStart = (t: Token) => {
  const l = lower(t)
  if (PERSONAL_PRONOUNS.has(l) || l === 'there' || DETERMINERS.has(l)) return true
  return !CLAUSE_BLOCKERS.has(l) && !NOT_CLAUSE_START.has(l) && !SPEECH_VERBS.has(l)
}

/** An auxiliary or a form of "be" among the next words of the clause (before punctuation): "the deal was legal". */
function finiteAhead(toks: Token[], k: number): boolean {
  for (let m = k; m < Math.min(toks.length, k + 12); m++) {
    const t = toks[m] as Token
    if (t.kind !== 'w') return false
    if (FINITE_AUXILIARIES.has(t.low)) return true
  }
  return false
}

/** `ends`: nothing but punctuation follows the attribution, so it can close a statement before it. */
export type Forward = { post: number; content: number | null; continuation: number | null; ends?: boolean }

/** What follows the verb (and its object and adjuncts): a reported clause, a quotation, or nothing. */
export function forwardOf(toks: Token[], start: number, cls: VerbClass, inverted: boolean): Forward {
  let k = start
  if (!inverted && cls === 'tell') k = skipObject(toks, k)
  // "told Politico, however, that ...": a discourse adverb set in commas
  if (
    isPunct(toks[k], ',') &&
    /^(?:however|meanwhile|though|too|also|moreover|nonetheless)$/.test(toks[k + 1]?.low ?? '') &&
    isPunct(toks[k + 2], ',')
  )
    k += 3
  // "vowed to fight": the infinitive is the statement, not an adjunct
  if (cls === 'demand' && toks[k]?.low === 'to' && isWord(toks[k + 1]))
    return { post: k, content: k, continuation: null }
  k = skipAdjuncts(toks, k, inverted)
  const t = toks[k]
  // "told Al Jazeera on Saturday that ..."; not "announced that same day", "the book she wrote that helped"
  const after = toks[k + 1]
  if (
    isWord(t) &&
    lower(t) === 'that' &&
    (after?.kind === 'q' ||
      (isWord(after) && !TIME_NOUNS.has(after.low) && after.low !== 'same' && !/^\p{Ll}{3,}ed$/u.test(after.text)))
  )
    return { post: k + 1, content: k + 1, continuation: null }
  if (t === undefined) return { post: k, content: null, continuation: null, ends: true }
  if (t.kind === 'q') return { post: k, content: k, continuation: null, ends: true }
  if (t.kind === 'p') {
    const next = toks[k + 1]
    if (!',;:.!?—–)'.includes(t.text)) return { post: k, content: null, continuation: null }
    if (t.text === ':' && next) return { post: k + 1, content: k + 1, continuation: null }
    if (',—–'.includes(t.text) && next) {
      if (next.kind === 'q') return { post: k + 1, content: k + 1, continuation: null }
      // "admits in this instance, there were fatalities"
      if (
        k > start &&
        (cls === 'say' || cls === 'tell') &&
        isWord(next) &&
        /^(?:he|she|they|we|i|there|it)$/i.test(next.text)
      )
        return { post: k + 1, content: k + 1, continuation: null }
      const ln = isWord(next) ? lower(next) : ''
      // ", and a Republican who headed ...": a second apposition after an inverted name, not a clause
      const appositive = inverted && ln === 'and' && /^(?:a|an)$/.test(toks[k + 2]?.low ?? '')
      if ((ln === 'but' || ln === 'and') && toks[k + 2] && !appositive)
        return { post: k + 1, content: null, continuation: k + 1, ends: true }
      // "Otherwise, she said, countries may ...": the statement goes on after an attribution set in commas
      // "The only problem, she said, is that ...", "It was impossible, he said, so ...": the rest of the clause
      const rest = isWord(next) && (next.low === 'so' || FINITE_AUXILIARIES.has(next.low))
      if (
        t.text === ',' &&
        !inverted &&
        isWord(next) &&
        (clauseStart(next) || rest) &&
        !/(?:ing|ly)$/.test(ln) &&
        !NOT_A_CONTINUATION.has(ln) &&
        !ADJUNCT_PREPOSITIONS.has(ln) &&
        // "this week" is a time; "this effect could ..." the rest of the clause
        !(TIME_WORDS.has(ln) && !(DETERMINERS.has(ln) && !TIME_NOUNS.has(toks[k + 2]?.low ?? '')))
      )
        return { post: k, content: null, continuation: k + 1, ends: true }
    }
    return { post: k, content: null, continuation: null, ends: true }
  }
  if (cls === 'say' || cls === 'tell') {
    // "added 0.3 per cent", "adds value": "add" takes a clause only with a subject that cannot be an object
    const addLike = /^add(?:s|ed|ing)?$/.test(toks[start - 1]?.low ?? '')
    const l = lower(t)
    if (
      addLike &&
      !(PERSONAL_PRONOUNS.has(l) || l === 'there' || isCap(t) || /^(?:the|a|an|this|his|her|its|their|our)$/.test(l))
    )
      return { post: k, content: null, continuation: null }
    // "maintains a commanding lock on the party": to keep a thing, unless a clause follows ("maintained the deal was
    // legal")
    if (
      /^maintain(?:s|ed|ing)?$/.test(toks[start - 1]?.low ?? '') &&
      !(PERSONAL_PRONOUNS.has(l) || l === 'there') &&
      !finiteAhead(toks, k)
    )
      return { post: k, content: null, continuation: null }
    if (clauseStart(t)) return { post: k, content: k, continuation: null }
  } else if (cls === 'that') {
    const l = lower(t)
    if ((PERSONAL_PRONOUNS.has(l) && l !== 'it') || l === 'there') return { post: k, content: k, continuation: null }
  } else if (cls === 'demand') {
    // "called for a special prosecutor to ...", "urged the administration to raise ...", "vowed to fight": the
    // object or the infinitive (a clause with "that" was taken above)
    // ("Trump pledged another round of talks", "promised a political revolution": a promise of a thing is the
    // subject's statement too, as PolNeAR annotates it)
    const l = lower(t)
    if (isWord(t) && (l === 'to' || DETERMINERS.has(l) || isCap(t) || OBJECT_PRONOUNS.has(l) || !NON_NP_WORDS.has(l)))
      return { post: k, content: k, continuation: null }
  }
  return { post: k, content: null, continuation: null }
}

/** Words that open the reporter's circumstance of an act, not part of the thing asked or promised. */
const CIRCUMSTANCE = new Set('following after before amid amidst despite during ahead'.split(' '))

/**
 * What is asked for as a thing ends before the reporter's circumstance ("called for another round of talks next week
 * following discussions in Oman": the discussions are the reporter's). `a` is the object's first word.
 */
export function endOfObject(toks: Token[], a: number, b: number): number {
  if (!isWord(toks[a]) || toks[a]?.low === 'to') return b
  for (let k = a + 1; k <= b; k++) if (isWord(toks[k]) && CIRCUMSTANCE.has(toks[k]?.low ?? '')) return k - 1
  return b
}

/** A reported clause ends before a contrast the reporter adds: ", while ...", ", whereas ...", "; ...". */
export function endOfClause(toks: Token[], a: number, b: number): number {
  for (let k = a + 1; k <= b; k++) {
    if (isPunct(toks[k], ';')) return k - 1
    const next = toks[k + 1]
    if (isPunct(toks[k], ',') && isWord(next) && /^(?:while|whereas)$/.test(lower(next))) return k - 1
  }
  return b
}

/** A quotation a few words on, after a comma or colon ("said in an interview from Trout Brook, N.B., “...”"). */
export function quoteAhead(toks: Token[], k: number): number {
  for (let m = k; m < Math.min(toks.length, k + 16); m++) {
    const t = toks[m] as Token
    if (t.kind === 'q') return m > k && isPunct(toks[m - 1], ',:') ? m : -1
    if (t.kind === 'p' && !isPunct(t, ',.')) return -1
    if (t.kind === 'w' && SPEECH_VERBS.has(lower(t)) && toks[m - 1]?.low !== 'to') return -1
  }
  return -1
}

/** A quotation in the object after the verb at `ve`, with at least `minWords` words before it; its index or -1. */
export function partialAfter(toks: Token[], ve: number, minWords: number): number {
  const n1 = toks[ve + 1]
  if (isWord(n1) && /^(?:for|on|in|up|off|out|to|by|upon|back|into|after)$/.test(lower(n1))) return -1
  let m = ve + 1
  while (m <= ve + 10 && isWord(toks[m])) m++
  return toks[m]?.kind === 'q' && m - ve - 1 >= minWords ? m : -1
}
