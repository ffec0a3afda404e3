/**
 * "What share of … ?" is often answered in two paragraphs: news states a poll's finding in words ("Americans
 * overwhelmingly oppose cutting off federal funds for Planned Parenthood, a new poll finds") and gives its figures in
 * the next ("By 58%-33%, those surveyed said …"). When the passage that covers the question best gives no share and
 * the next paragraph opens with one, that sentence answers, with the finding cited after it.
 */
import { ASKS_SHARE, SHARE } from './answer-type.js'
import { type Candidate, nextParagraph } from './rank.js'
import { ANSWER_THRESHOLD } from './relevance.js'
import type { AnswerContext, Understood } from './understand.js'

const sentenceOf = (ctx: AnswerContext, c: Candidate): string =>
  (ctx.lookup.paragraph(c.hit.article, c.hit.paragraph)?.text ?? '').slice(c.sentence.start, c.sentence.end)

/**
 * For a share question: when the best of `all` (the candidates before the answer-type tests) is better than the best
 * of `ranked`, has the question's focus, writes no share in its paragraph, and the next paragraph's first sentence
 * gives one, that next paragraph and then the finding are put first in `ranked` (the next one with the finding's
 * probability, as it answers as its continuation).
 */
export function shareNext(ctx: AnswerContext, u: Understood, all: readonly Candidate[], ranked: Candidate[]): void {
  const lead = all[0]
  if (!lead || !ASKS_SHARE.test(u.parsed.text) || lead.p < ANSWER_THRESHOLD || lead.focus < 0) return
  if (ranked[0] && ranked[0].p >= lead.p) return
  if (SHARE.test(ctx.lookup.paragraph(lead.hit.article, lead.hit.paragraph)?.text ?? '')) return
  const next = nextParagraph(ctx, u, lead)
  if (!next || !SHARE.test(sentenceOf(ctx, next))) return
  const rest = ranked.filter((c) => c.hit.id !== next.hit.id && c.hit.id !== lead.hit.id)
  ranked.splice(0, ranked.length, { ...next, p: lead.p }, lead, ...rest)
}
