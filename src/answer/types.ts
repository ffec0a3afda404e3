/** The answer to a question, as promised in the CLI contract (`ask --json`). */
import type { QuestionShape } from '../search/parse-question.js'

export type Citation = {
  article: string
  paragraph: number
  /** The whole paragraph, verbatim. */
  text: string
  source: string
  title: string
  published: string
  url: string | null
}

export type AnswerBody = {
  /** Verbatim from the first citation: the sentence or quote that answers. */
  text: string
  speaker: string | null
  /** The speaker's role as the coverage gives it (not part of the contract's required fields). */
  role?: string | null
  date: string | null
  dateBasis: 'stated' | 'published' | null
}

export type Answer = {
  question: string
  answer: AnswerBody | null
  citations: Citation[]
  /** When there is no answer: what the coverage can answer instead (for people; scripts may ignore it). */
  suggestions?: string[]
  /** When the question was refused rather than searched (e.g. too long). */
  refused?: string
  /** What the question asks for ("who-said", "what-said", "when", …), so a renderer can lead with what was asked. */
  shape?: QuestionShape
  /** When the question names a person the coverage never quotes: the name as asked (there is then no answer). */
  unquoted?: string
  /**
   * When the question asks for the words of a person the coverage quotes, but none of their statements answers it:
   * their name as the coverage gives it (there is then no answer; `who NAME` lists what they said).
   */
  notQuotedOn?: string
}

/** One article, as listed by `sources`. */
export type SourceEntry = {
  article: string
  title: string
  source: string
  published: string
  url: string | null
  paragraphs: number
}

/** One person quoted, as listed by `who`. */
export type WhoEntry = {
  speaker: string
  role: string | null
  statements: number
  /** Earliest and latest date of their statements (said date, else the article's publication date). */
  first: string | null
  last: string | null
}

/** One dated event, as listed by `timeline`. */
export type TimelineEntry = {
  date: string
  /** The sentence that dates it, verbatim. */
  text: string
  article: string
  paragraph: number
  /** The time expression as written, e.g. "on Saturday". */
  expression: string
  source: string
}
