/**
 * Whether a paragraph really answers a question, not merely shares a word with it. A question's terms are weighted
 * by how rare they are in the story (inverse document frequency); a term the story never uses still counts, a
 * little, against the match. A paragraph must cover enough of that weight, match the question's focus, and match
 * at least one term that is not everywhere in the story.
 */
import type { ParsedQuestion } from '../search/parse-question.js'
import type { Hit } from '../search/story-index.js'

export type DocumentFrequency = { documentFrequency(stem: string): number; paragraphCount: number }

/** Weight of a word the story never uses: as much as a fairly common word (questions paraphrase). */
const UNKNOWN_WEIGHT = 1
/** A name the story never uses (France, Putin) is what the question is about: it weighs more than any word. */
const UNKNOWN_NAME_FACTOR = 1.5
/** Share of the question's weight a paragraph must cover. */
export const MIN_COVERAGE = 0.45
/** A term in more than this share of paragraphs says little about any of them. */
const UBIQUITOUS = 0.3

export function termWeight(stem: string, index: DocumentFrequency, isName = false): number {
  const df = index.documentFrequency(stem)
  if (df === 0) return isName ? UNKNOWN_NAME_FACTOR * Math.log(1 + index.paragraphCount) : UNKNOWN_WEIGHT
  return Math.log(1 + index.paragraphCount / df)
}

export type Relevance = { coverage: number; ok: boolean }

export function relevance(hit: Hit, question: ParsedQuestion, index: DocumentFrequency): Relevance {
  const { terms, focus } = question
  if (terms.length === 0) return { coverage: question.speaker ? 1 : 0, ok: question.speaker !== null }
  let total = 0
  let covered = 0
  let specific = false
  for (const t of terms) {
    const w = termWeight(t.stem, index, question.names.has(t.stem))
    total += w
    if (hit.exact.has(t.stem)) covered += w
    else if (hit.matched.has(t.stem)) covered += w * 0.6
    else continue
    const df = index.documentFrequency(t.stem)
    if (df > 0 && df / Math.max(1, index.paragraphCount) <= UBIQUITOUS) specific = true
    if (df > 0 && index.paragraphCount < 8) specific = true
  }
  const coverage = total ? covered / total : 0
  // the focus must be there, unless it is a word the story never uses (a paraphrase: "what warship")
  const focusOk = focus === null || hit.matched.has(focus) || index.documentFrequency(focus) === 0
  return { coverage, ok: coverage >= MIN_COVERAGE && focusOk && (specific || question.speaker !== null) }
}
