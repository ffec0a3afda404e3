/**
 * Whether an article is about what a question asks: news quotes an expert or an official on the story the article
 * tells, often without repeating its words ("'Hungary has come home,' said Hungarian Foreign Minister Janos Martonyi"
 * in a story on NATO's new members; "he's a viable candidate" in one on Sanders' chances in the state). The
 * statement of the person a question describes is on the topic there, as one that writes the question's words is.
 */
import { onlyInSlot } from '../search/parse-question.js'
import { paragraphMatches } from './rank.js'
import { MIN_TOPIC, termWeight } from './relevance.js'
import type { AnswerContext, Understood } from './understand.js'

/**
 * The share of the question's topic (its words outside the speaker's description, by weight) that an article writes
 * in its paragraphs up to and including the n-th, through the same forms as a paragraph's match (synonyms, typos).
 */
export function articleTopicShare(ctx: AnswerContext, u: Understood, article: string, n: number): number {
  const topic = u.terms.filter((t) => !onlyInSlot(u.parsed, t.stem))
  const weight = (stem: string) => termWeight(stem, ctx.index, u.parsed.names.has(stem))
  const total = topic.reduce((sum, t) => sum + weight(t.stem), 0)
  if (total === 0) return 0
  const written = new Set<string>()
  for (let i = 1; i <= n; i++) for (const m of paragraphMatches(ctx, u, article, i)) written.add(m.term)
  return topic.reduce((sum, t) => sum + (written.has(t.stem) ? weight(t.stem) : 0), 0) / total
}

/**
 * Whether a described speaker's statement stands in an article about the question's topic (see the module comment):
 * the article writes as much of it, up to the statement, as a paragraph must to be on it (`MIN_TOPIC`).
 */
export const describedOnArticleTopic = (ctx: AnswerContext, u: Understood, article: string, n: number): boolean =>
  u.asked?.kind === 'described' && articleTopicShare(ctx, u, article, n) >= MIN_TOPIC
