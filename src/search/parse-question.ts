/**
 * Reads a newsroom question: its shape (who said / what did X say / when / where / how many ...), where it names the
 * speaker it asks about, and the terms to search.
 */
import { expandAbbreviations } from './abbreviations.js'
import { describedSubject, findSpeakerSlot, SAY_VERB, type SpeakerSlot, type VerbTests } from './speaker-slot.js'
import { QUESTION_WORDS } from './stop-words.js'
import type { QueryTerm } from './story-index.js'
import { synonymTerms } from './synonyms.js'
import { stemToken, tokenSpans } from './text-terms.js'

export type QuestionShape = 'who-said' | 'who-is' | 'what-said' | 'when' | 'where' | 'how-many' | 'yes-no' | 'other'

export type ParsedQuestion = {
  text: string
  shape: QuestionShape
  /** Where the question names or describes the person whose words it asks for (see `findSpeakerSlot`). */
  slot: SpeakerSlot | null
  /**
   * The name a yes/no question asks about when it asks for no words ("Did Araghchi meet Witkoff?": "Araghchi"): the
   * answering sentence is best that person's statement.
   */
  subject: string | null
  /** The description a yes/no question asks about, when it names nobody ("Did Iran's top diplomat meet …"). */
  subjectDescription: SpeakerSlot | null
  /** The stems to search for, each with the offsets of the words it came from. */
  terms: QueryTerm[]
  /** Where in the question each term's words stand. */
  spans: Map<string, { start: number; end: number }[]>
  /** Stems of capitalised words inside the question (names): a name the story never uses says it is off-topic. */
  names: Set<string>
  /**
   * Stems of the words naming what the question asks for ("What's the weather forecast …", "Who won …"): a
   * passage that has none of them is about something near it, not about it.
   */
  focus: Set<string>
}

/** "On what date …", "Which day …", "Through what date …": a "when" question asked by a noun of time (lower case). */
export const WHAT_DATE =
  /^(?:(?:until|till|by|since|on|in|at|through)\s+)?(?:what|which)\s+(?:day|date|time|year|month|week)\b/

export function detectShape(question: string): QuestionShape {
  const q = question.trim().toLowerCase()
  if (/^who\s+(?:is|was|are|were)\s+(?:quoted|cited)\b/.test(q)) return 'who-said'
  if (/^who\s+(?:is|was|are|were)\b/.test(q)) return 'who-is'
  if (
    /^(?:who|which\s+\w+)\s+(?:\w+\s+)?(?:said|says|say|told|tells|warned|claimed|stated|insisted|called|described|predicted|argued|promised|pledged|added|declared|vowed)\b/.test(
      q,
    )
  )
    return 'who-said'
  if (/^who\b/.test(q)) return 'who-said'
  if (/^(?:(?:until|till|by|since|through)\s+)?when\b/.test(q) || WHAT_DATE.test(q)) return 'when'
  if (/^where\b/.test(q)) return 'where'
  if (/^how\s+(?:many|much)\b/.test(q)) return 'how-many'
  if (/^what\s+(?:did|does|do|has|have|had|will|would)\b/.test(q)) {
    const words = q.replace(/[?!.]+$/, '').split(/\s+/)
    if (words.some((w) => SAY_VERB.test(w))) return 'what-said'
  }
  if (/^(?:did|does|do|is|are|was|were|has|have|had|will|would|can|could|should)\b/.test(q)) return 'yes-no'
  return 'other'
}

/**
 * Whether every place the question writes a stem lies inside its speaker slot ("the RNC spokesman"): the word says who
 * is asked about, not what was said. False when the question has no slot.
 */
export function onlyInSlot(parsed: ParsedQuestion, stem: string): boolean {
  const slot = parsed.slot
  return slot !== null && (parsed.spans.get(stem) ?? []).every((sp) => sp.start >= slot.start && sp.start < slot.end)
}

/**
 * The question's shape, the place where it names the speaker it asks about, and its search terms (every word that is
 * not a question word; the answer step drops the speaker's words once it knows who they are).
 */
export function parseQuestion(question: string, verbs: VerbTests = {}): ParsedQuestion {
  const text = question.trim()
  const detected = detectShape(text)
  const slot = detected === 'who-is' ? null : findSpeakerSlot(text, verbs)
  // "which veteran caddie joked …" asks who said it, whatever the verb; "what did X demand …" what X said, whatever
  // the verb of saying
  const shape = slot?.asked
    ? 'who-said'
    : detected === 'other' && slot?.says && /^what\s+(?:did|does|do|has|have|had|will|would)\b/i.test(text)
      ? 'what-said'
      : detected
  const terms: QueryTerm[] = []
  const spans = new Map<string, { start: number; end: number }[]>()
  const names = new Set<string>()
  const tokens = expandAbbreviations(tokenSpans(text))
  // "take place" says that something happened, as "happen" does: no word to search
  const happens = (i: number) =>
    (/^(?:take|takes|took|taken|taking)$/i.test(tokens[i]?.token ?? '') &&
      /^place$/i.test(tokens[i + 1]?.token ?? '')) ||
    (/^place$/i.test(tokens[i]?.token ?? '') && /^(?:take|takes|took|taken|taking)$/i.test(tokens[i - 1]?.token ?? ''))
  tokens.forEach((t, i) => {
    const { token } = t
    if (QUESTION_WORDS.has(token.toLowerCase()) || happens(i)) return
    const stem = stemToken(token)
    if (stem === null) return
    if (i > 0 && /^\p{Lu}/u.test(token)) names.add(stem)
    const at = spans.get(stem)
    if (at) {
      at.push({ start: t.start, end: t.end })
      return
    }
    spans.set(stem, [{ start: t.start, end: t.end }])
    terms.push({ stem, synonyms: synonymTerms(stem) })
  })
  const asked = focusSpan(text, verbs, slot)
  const focus = new Set<string>()
  if (asked)
    for (const t of tokens) {
      const stem = stemToken(t.token)
      if (stem && t.start >= asked.start && t.end <= asked.end && spans.has(stem)) focus.add(stem)
    }
  return {
    text,
    shape,
    slot,
    subject: shape === 'yes-no' && !slot ? yesNoSubject(text) : null,
    subjectDescription: shape === 'yes-no' && !slot ? describedSubject(text, verbs) : null,
    terms,
    spans,
    names,
    focus,
  }
}

/** The name right after a yes/no question's auxiliary, up to its verb ("Did Abbas Araghchi meet …" → "Araghchi"). */
function yesNoSubject(text: string): string | null {
  const ws = text.split(/\s+/).map((w) => w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''))
  let last: string | null = null
  for (const w of ws.slice(1)) {
    if (!/^(?:\p{Lu}|al-)/u.test(w)) break
    last = w.replace(/['’]s$/, '')
  }
  return last
}

const AUX_OR_PREPOSITION =
  /^(?:did|does|do|has|have|had|will|would|could|should|can|is|was|were|are|be|of|for|in|on|at|about|to|from|that|with|by|during|after|before)$/i

/**
 * Where a question names what it asks for: the noun after "what's" ("What's the weather forecast for …"), the
 * verb after "who" when it is not one of saying, thinking or feeling ("Who won …"), or that after the named or
 * described subject of a yes/no question ("Did McConnell endorse …", "Will it rain …", "Did Iran's top diplomat meet
 * …"). Not the noun of "which aircraft carrier did …" nor of "how many jobs": the answer names the carrier, not the
 * kind of ship, and counts "300 people", not jobs.
 */
function focusSpan(
  text: string,
  verbs: VerbTests,
  slot: { start: number; end: number } | null,
): { start: number; end: number } | null {
  const ws = [...text.matchAll(/[\p{L}\p{N}'’-]+/gu)].map((m) => ({
    w: m[0].toLowerCase(),
    start: m.index,
    end: m.index + m[0].length,
  }))
  const span = (from: number, to: number) => {
    const a = ws[from]
    const b = ws[to - 1]
    return a && b && to > from ? { start: a.start, end: b.end } : null
  }
  const until = (from: number, limit: number) => {
    let to = from
    while (to < ws.length && to < from + limit && !AUX_OR_PREPOSITION.test(ws[to]?.w ?? '')) to++
    return to
  }
  const first = ws[0]?.w ?? ''
  const second = ws[1]?.w ?? ''
  if (/^what['’]s$/.test(first) || (first === 'what' && /^(?:is|was|are|were)$/.test(second))) {
    const from = first === 'what' ? 2 : 1
    const start = /^(?:the|a|an)$/.test(ws[from]?.w ?? '') ? from + 1 : from
    return span(start, until(start, 3))
  }
  const says = (w: string) => SAY_VERB.test(w) || (verbs.isSayVerb?.(w) ?? false)
  // ("Who remembers X as …", "Who wants X impeached": a view, which a statement gives without the verb)
  if (first === 'who' && !AUX_OR_PREPOSITION.test(second) && !says(second) && !(verbs.isMindVerb?.(second) ?? false))
    return span(1, 2)
  // "Did McConnell endorse …?", "Will it rain …?": the verb after a named or pronoun subject
  if (/^(?:did|does|do|will|would|can|could|should)$/.test(first)) {
    let at = 1
    // a subject described ("Did Iran's top diplomat meet …"): the verb comes after the whole description
    const described = slot && slot.start === ws[1]?.start ? ws.findIndex((x) => x.start >= slot.end) : -1
    if (described > 1) at = described
    else if (/^(?:it|he|she|they|we|you|i)$/.test(second)) at = 2
    else while (at < ws.length && /^\p{Lu}/u.test(text.slice(ws[at]?.start ?? 0))) at++
    const verb = ws[at]?.w ?? ''
    if (at > 1 && verb && !says(verb) && (verbs.isVerb?.(verb) ?? false)) return span(at, at + 1)
  }
  return null
}
