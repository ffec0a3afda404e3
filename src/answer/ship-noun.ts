/**
 * Ships in the news: "Which carrier / warship / ship …" asks for one, and news names it with its navy's prefix ("the
 * USS Abraham Lincoln", "HMS Queen Elizabeth"). What a noun names is the lexicon's: a kind of watercraft ("carrier" in
 * its sense of an aircraft carrier, "destroyer", "vessel").
 */
import type { Lexicon } from '../search/lexicon.js'

/** A ship's name: the prefix of its navy and a capitalised name ("USS Abraham Lincoln", "HMS Queen Elizabeth"). */
export const SHIP_NAME = /\b(?:USS|HMS|HMCS|HMAS|HMNZS)\s+\p{Lu}/u

/** The same prefixes as stems (USS, HMS, HMCS, HMAS, HMNZS), searched for the ship asked about. */
export const SHIP_PREFIXES = ['uss', 'hm', 'hmc', 'hma', 'hmnz']

/** "Which / What (up to two words) NOUN did …": the noun whose kind the question asks for. */
const WHICH_NOUN =
  /^\s*(?:which|what)\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+)\s+(?:did|does|do|has|have|had|will|would|is|was|are|were)\b/iu

/** The noun of "Which carrier did …", "What warship was …" when it names a kind of ship; null otherwise. */
export function askedShipNoun(question: string, lexicon: Lexicon | undefined): string | null {
  const noun = WHICH_NOUN.exec(question)?.[1]
  return noun !== undefined && lexicon?.kindOf?.(noun, 'watercraft') === true ? noun : null
}
