/**
 * "Who said …?" asks for a name: a statement the coverage gives to unnamed sources ("…, according to media reports",
 * "officials said") answers it only when no named person's statement is nearly as good ("… to clamp down on the
 * Iranians because they feel that Iran is at its weakest point …, al-Shayji said").
 */
import { type Candidate, promote } from './rank.js'
import { overlaps } from './span.js'
import type { AnswerContext, Understood } from './understand.js'

/** How much less likely a named person's statement may be and still come before an unnamed source's. */
const NAMED_MARGIN = 0.05

/** The speaker of a candidate's answering sentence, if it is somebody's statement. */
export function speakerOf(ctx: AnswerContext, c: Candidate): string | null {
  const quote = ctx.lookup.quotes(c.hit.article, c.hit.paragraph).find((q) => q.speaker && overlaps(q, c.sentence))
  return quote?.speaker ?? null
}

const named = (speaker: string | null): boolean => speaker !== null && /^\p{Lu}/u.test(speaker)

/**
 * For "who said", when the best candidate is a statement of unnamed sources, the first named person's statement
 * within `NAMED_MARGIN` of it is moved to the front of `ranked`.
 */
export function namedFirst(ctx: AnswerContext, u: Understood, ranked: Candidate[]): void {
  const best = ranked[0]
  if (!best || u.parsed.shape !== 'who-said') return
  const speaker = speakerOf(ctx, best)
  if (speaker === null || named(speaker)) return
  promote(
    ranked,
    ranked.findIndex((c) => c.p >= best.p - NAMED_MARGIN && named(speakerOf(ctx, c))),
  )
}
