/**
 * Reads a newsroom question: its shape (who said / what did X say / when / where / how many ...), where it names the
 * speaker it asks about, and the terms to search.
 */
import { expandAbbreviations } from './abbreviations.js'
import { findSpeakerSlot, SAY_VERB, type SpeakerSlot, type VerbTests } from './speaker-slot.js'
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
  /** The stems to search for, each with the offsets of the words it came from. */
  terms: QueryTerm[]
  /** Where in the question each term's words stand. */
  spans: Map<string, { start: number; end: number }[]>
  /** Stems of capitalised words inside the question (names): a name the story never uses says it is off-topic. */
  names: Set<string>
}

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
  if (/^(?:(?:until|till|by|since)\s+)?(?:when|what\s+(?:day|date|time|year|month|week))\b/.test(q)) return 'when'
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
 * The question's shape, the place where it names the speaker it asks about, and its search terms (every word that is
 * not a question word; the answer step drops the speaker's words once it knows who they are).
 */
export function parseQuestion(question: string, verbs: VerbTests = {}): ParsedQuestion {
  const text = question.trim()
  const detected = detectShape(text)
  const slot = detected === 'who-is' ? null : findSpeakerSlot(text, verbs)
  // "which veteran caddie joked …" asks who said it, whatever the verb
  const shape = slot?.asked ? 'who-said' : detected
  const terms: QueryTerm[] = []
  const spans = new Map<string, { start: number; end: number }[]>()
  const names = new Set<string>()
  const tokens = expandAbbreviations(tokenSpans(text))
  tokens.forEach((t, i) => {
    const { token } = t
    if (QUESTION_WORDS.has(token.toLowerCase())) return
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
  return { text, shape, slot, terms, spans, names }
}
