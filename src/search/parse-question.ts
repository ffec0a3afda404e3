/**
 * Reads a newsroom question: its shape (who said / what did X say / when / where / how many ...), the speaker it
 * names (used as a filter, not just a search term), the word it is about (its focus) and the terms to search.
 */
import type { Speaker } from '../story/types.js'
import { SpeakerNames } from './speaker-names.js'
import { QUESTION_WORDS } from './stop-words.js'
import type { QueryTerm } from './story-index.js'
import { synonymTerms } from './synonyms.js'
import { stemToken, tokenize } from './text-terms.js'

export type QuestionShape = 'who-said' | 'who-is' | 'what-said' | 'when' | 'where' | 'how-many' | 'yes-no' | 'other'

export type ParsedQuestion = {
  text: string
  shape: QuestionShape
  /** Canonical name of the speaker the question names, if the story quotes them. */
  speaker: string | null
  /** The stems to search for (the speaker's name left out when it is used as a filter). */
  terms: QueryTerm[]
  /** Stems of capitalised words inside the question (names): a name the story never uses says it is off-topic. */
  names: Set<string>
  /** The stem the question is about ("deaths" in "how many deaths ..."): an answer must contain it. */
  focus: string | null
}

/** Verbs of saying: "what did X say/tell/warn ..." asks for X's statements. */
const SAY_VERBS =
  /^(?:say|says|said|tell|told|think|thinks|thought|warn|warned|claim|claimed|predict|predicted|want|wanted|argue|argued|insist|insisted|describe|described|call|called|believe|believed|mean|meant|suggest|suggested|add|added|state|stated|promise|promised|pledge|pledged|announce|announced|reply|replied|respond|responded|admit|admitted|deny|denied|hope|hoped|expect|expected|feel|felt)$/

/** "what share of X", "how many of X": measure words that are not what the question is about. */
const MEASURE_WORDS = new Set(
  'share proportion percentage percent part number amount kind type sort level size portion fraction total'.split(' '),
)

const AUXILIARIES = /^(?:is|are|was|were|did|does|do|has|have|had|will|would|can|could|should)$/i

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
  if (/^(?:when|what\s+(?:day|date|time|year|month|week))\b/.test(q)) return 'when'
  if (/^where\b/.test(q)) return 'where'
  if (/^how\s+(?:many|much)\b/.test(q)) return 'how-many'
  if (/^what\s+(?:did|does|do|has|have|had|will|would)\b/.test(q)) {
    const words = q.replace(/[?!.]+$/, '').split(/\s+/)
    if (words.some((w) => SAY_VERBS.test(w))) return 'what-said'
  }
  if (/^(?:did|does|do|is|are|was|were|has|have|had|will|would|can|could|should)\b/.test(q)) return 'yes-no'
  return 'other'
}

/** The name index of a list of speakers, built once per list (an engine passes its own, kept up to date). */
const nameIndexes = new WeakMap<readonly Speaker[], SpeakerNames>()

function speakerNames(speakers: readonly Speaker[] | SpeakerNames): SpeakerNames {
  if (speakers instanceof SpeakerNames) return speakers
  let names = nameIndexes.get(speakers)
  if (!names) {
    names = new SpeakerNames(speakers)
    nameIndexes.set(speakers, names)
  }
  return names
}

/** The word the question is about: after "how many", "what is the", "who is", "when was", "what did". */
function findFocus(tokens: string[]): string | null {
  const lower = tokens.map((t) => t.toLowerCase())
  let i = 0
  if (lower[0] === 'how' && (lower[1] === 'many' || lower[1] === 'much')) i = 2
  else if (['what', 'which', 'who', 'when', 'where'].includes(lower[0] ?? '')) {
    i = 1
    if (AUXILIARIES.test(lower[1] ?? '')) i = 2
  } else return null
  for (; i < tokens.length; i++) {
    const token = tokens[i] ?? ''
    const low = token.toLowerCase()
    if (MEASURE_WORDS.has(low) || low === 'of') continue
    if (AUXILIARIES.test(low)) continue
    const stem = stemToken(token)
    if (stem === null || QUESTION_WORDS.has(low)) continue
    return stem
  }
  return null
}

/**
 * `isName` tells a word written in lower case that the story uses only as a name ("araghchi") from a common word
 * ("talks"); without it, any word matching a name part counts.
 */
export function parseQuestion(
  question: string,
  speakers: readonly Speaker[] | SpeakerNames,
  isName?: (word: string) => boolean,
): ParsedQuestion {
  const text = question.trim()
  const shape = detectShape(text)
  const speaker = shape === 'who-is' ? null : speakerNames(speakers).find(text, isName)
  const tokens = tokenize(text)
  const seen = new Set<string>()
  const terms: QueryTerm[] = []
  const names = new Set<string>()
  tokens.forEach((token, i) => {
    if (speaker?.tokens.has(token)) return
    if (QUESTION_WORDS.has(token.toLowerCase())) return
    const stem = stemToken(token)
    if (stem === null) return
    if (i > 0 && /^\p{Lu}/u.test(token)) names.add(stem)
    if (seen.has(stem)) return
    seen.add(stem)
    terms.push({ stem, synonyms: synonymTerms(stem) })
  })
  let focus = findFocus(tokens.filter((t) => !speaker?.tokens.has(t)))
  if (focus !== null && !seen.has(focus)) focus = null
  return { text, shape, speaker: speaker?.name ?? null, terms, names, focus }
}
