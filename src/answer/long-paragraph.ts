/**
 * A "paragraph" with as many sentences as a whole news story is a whole text run together (wire copy or a page whose
 * paragraph breaks were lost): the question's words scattered over sixty sentences say nothing about any one passage
 * of it. Such a paragraph is scored by the run of sentences, as long as a long news paragraph, that covers most of the
 * question. (A long paragraph of a transcript or a list, of a score of sentences, is read whole as before.)
 */
import { splitSentences } from '../story/sentences.js'
import { covered, type WeightedMatch } from './covered.js'

/** The most sentences a news paragraph runs to: a text run together is read this many sentences at a time. */
export const PARAGRAPH_SENTENCES = 8
/** As many sentences as a whole news story has: a "paragraph" of more is a text run together. */
export const STORY_SENTENCES = 40

/**
 * The matches within the run of `PARAGRAPH_SENTENCES` sentences that covers the most of the question, for a paragraph
 * of more than `STORY_SENTENCES` sentences; all of them otherwise.
 */
export function inBestRun<M extends WeightedMatch>(text: string, matches: M[]): M[] {
  // at most one sentence more than its full stops: a paragraph of fewer is not counted sentence by sentence
  if (matches.length === 0 || (text.match(/[.!?\u2026]+/g)?.length ?? 0) < STORY_SENTENCES) return matches
  const sentences = splitSentences(text)
  if (sentences.length <= STORY_SENTENCES) return matches
  let best: M[] = []
  let most = -1
  for (let i = 0; i + PARAGRAPH_SENTENCES <= sentences.length; i++) {
    const start = sentences[i]?.start ?? 0
    const end = sentences[i + PARAGRAPH_SENTENCES - 1]?.end ?? text.length
    const inside = matches.filter((m) => m.start >= start && m.end <= end)
    const weight = covered(inside)
    if (weight > most) {
      best = inside
      most = weight
    }
  }
  return best
}
