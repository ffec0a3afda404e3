/**
 * Whether a paragraph answers a question, not merely shares a word with it: a small logistic model over a handful of
 * features with a plain meaning, fitted on the fit part of the reporter questions (`bench/fit-relevance.ts` prints
 * the fit and the check figures; see the README). The answer is the paragraph the model likes best, if it likes it
 * at least `ANSWER_THRESHOLD`; further citations need `CITE_THRESHOLD`.
 */

export type DocumentFrequency = { documentFrequency(stem: string): number; paragraphCount: number }

/** Weight of a word the story never uses: as much as a fairly common word (questions paraphrase). */
const UNKNOWN_WEIGHT = 1
/** A name the story never uses (France, Putin) is what the question is about: it weighs more than any word. */
const UNKNOWN_NAME_FACTOR = 1.5

/** How much a question word says: rare in the story, a lot (inverse document frequency). */
export function termWeight(stem: string, index: DocumentFrequency, isName = false): number {
  const df = index.documentFrequency(stem)
  if (df === 0) return isName ? UNKNOWN_NAME_FACTOR * Math.log(1 + index.paragraphCount) : UNKNOWN_WEIGHT
  return Math.log(1 + index.paragraphCount / df)
}

/** What the model looks at in one candidate paragraph. */
export type Features = {
  /** Share of the question's weight the paragraph covers (a word found through a synonym or a typo counts less). */
  coverage: number
  /** The same share for the paragraph together with the one before it, which it often goes on from. */
  context: number
  /** The same share for the paragraph's best sentence, the one that would be the answer. */
  sentence: number
  /** 1 when the person asked about speaks in the paragraph, -1 when someone else is asked about, 0 when nobody is. */
  speaker: number
  /** For a question about a statement: 1 when the answering sentence is somebody's statement, else -1; 0 otherwise. */
  statement: number
  /** Share of the names in the question (other than the speaker's) that the paragraph has: what it is about. */
  names: number
  /** For a "when" question: 1 when the paragraph states a date in the tense asked about, else -1; 0 otherwise. */
  date: number
  /** For a "how many / how much" question: 1 when the answering sentence has a number, else -1; 0 otherwise. */
  number: number
}

/** The fitted model (see `bench/fit-relevance.ts`). */
export const MODEL = {
  bias: -2.38,
  coverage: 1.17,
  context: 1.75,
  sentence: 1.25,
  speaker: 1.57,
  statement: 0.72,
  names: 0.54,
  date: 0.81,
  number: 0.56,
}
/** The best paragraph answers when the model gives it at least this. */
export const ANSWER_THRESHOLD = 0.15
/**
 * A question with words to search is answered only if some candidate covers at least this share of them: a topic
 * the coverage has nowhere (say, in none of the statements of the person asked about) is not answered.
 */
export const MIN_TOPIC = 0.2

/** Another paragraph is cited beside the best one when the model gives it at least this. */
export const CITE_THRESHOLD = 0.2

export type Model = typeof MODEL

export function probability(f: Features, model: Model = MODEL): number {
  const z =
    model.bias +
    model.coverage * f.coverage +
    model.context * f.context +
    model.sentence * f.sentence +
    model.speaker * f.speaker +
    model.statement * f.statement +
    model.names * f.names +
    model.date * f.date +
    model.number * f.number
  return 1 / (1 + Math.exp(-z))
}

export const FEATURE_NAMES = [
  'coverage',
  'context',
  'sentence',
  'speaker',
  'statement',
  'names',
  'date',
  'number',
] as const
