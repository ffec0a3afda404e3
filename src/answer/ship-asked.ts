/**
 * "Which carrier / warship / ship …" asks for a ship, which news names with its navy's prefix ("deploying the USS
 * Abraham Lincoln to the Middle East"): when the best passage names none, the first good one that does answers.
 * What a noun names is the lexicon's (a kind of watercraft: "carrier" in its sense of an aircraft carrier,
 * "destroyer", "vessel"); the story need not name ships at all ("Which carrier flew the plane?" keeps its answer).
 */
import type { Lexicon } from '../search/lexicon.js'
import { type Candidate, promote } from './rank.js'
import { ANSWER_THRESHOLD } from './relevance.js'
import type { AnswerContext, Understood } from './understand.js'

/** A ship's name: the prefix of its navy and a capitalised name ("USS Abraham Lincoln", "HMS Queen Elizabeth"). */
const SHIP_NAME = /\b(?:USS|HMS|HMCS|HMAS|HMNZS)\s+\p{Lu}/u

/** "Which / What (up to two words) NOUN": the noun whose kind the question asks for. */
const WHICH_NOUN =
  /^\s*(?:which|what)\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+)\s+(?:did|does|do|has|have|had|will|would|is|was|are|were)\b/iu

/** Whether the question asks which ship: "Which carrier did …", "What warship was …". */
export function asksShip(question: string, lexicon: Lexicon | undefined): boolean {
  const noun = WHICH_NOUN.exec(question)?.[1]
  return noun !== undefined && lexicon?.kindOf?.(noun, 'watercraft') === true
}

/** Whether a passage's answering sentence names a ship. */
const namesShip = (ctx: AnswerContext, c: Candidate): boolean => {
  const text = ctx.lookup.paragraph(c.hit.article, c.hit.paragraph)?.text ?? ''
  return SHIP_NAME.test(text.slice(c.sentence.start, c.sentence.end))
}

/** For "which ship", the first passage good enough to answer whose sentence names a ship comes first in `ranked`. */
export function shipFirst(ctx: AnswerContext, u: Understood, ranked: Candidate[]): void {
  const best = ranked[0]
  if (!best || !asksShip(u.parsed.text, ctx.lexicon) || namesShip(ctx, best)) return
  promote(
    ranked,
    ranked.findIndex((c) => c.p >= ANSWER_THRESHOLD && namesShip(ctx, c)),
  )
}
