/**
 * "Which carrier / warship / ship …" asks for a ship, which news names with its navy's prefix ("deploying the USS
 * Abraham Lincoln to the Middle East"; see `ship-noun.ts`): when the best passage names none, the first good one that
 * does answers. The story need not name ships at all ("Which carrier flew the plane?" keeps its answer).
 */
import { type Candidate, promote } from './rank.js'
import { ANSWER_THRESHOLD } from './relevance.js'
import { askedShipNoun, SHIP_NAME } from './ship-noun.js'
import type { AnswerContext, Understood } from './understand.js'

/** Whether a passage's answering sentence names a ship. */
const namesShip = (ctx: AnswerContext, c: Candidate): boolean => {
  const text = ctx.lookup.paragraph(c.hit.article, c.hit.paragraph)?.text ?? ''
  return SHIP_NAME.test(text.slice(c.sentence.start, c.sentence.end))
}

/** For "which ship", the first passage good enough to answer whose sentence names a ship comes first in `ranked`. */
export function shipFirst(ctx: AnswerContext, u: Understood, ranked: Candidate[]): void {
  const best = ranked[0]
  if (!best || askedShipNoun(u.parsed.text, ctx.lexicon) === null || namesShip(ctx, best)) return
  promote(
    ranked,
    ranked.findIndex((c) => c.p >= ANSWER_THRESHOLD && namesShip(ctx, c)),
  )
}
