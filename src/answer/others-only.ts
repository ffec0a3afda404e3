/**
 * "What did X say (about Y)?" asks for X's words: another person's statement is no answer to it, however much of the
 * topic it shares ("German defense minister Rudolf Scharping said … joining the alliance" for what the Polish
 * defense minister said about the cost of joining NATO). When the best passage left is not one where X speaks (X's
 * statements on the topic come first, see `theirsFirst`), the coverage does not answer, and the answer says so (X is
 * quoted, but not on this).
 */
import { askedNames } from './rank.js'
import type { Understood } from './understand.js'

/** Whether a "what did X say" question's best passage is one where others than X speak. */
export function othersOnly(u: Understood, best: { features: { speaker: number } }): boolean {
  return u.parsed.shape === 'what-said' && askedNames(u).length > 0 && best.features.speaker !== 1
}

/**
 * "What did X say …" asks for a statement. When the coverage quotes nobody it takes for X (a name it only writes
 * about: "Good for Attorney General Janet Reno for the sensible opinion she rendered"), a sentence that is nobody's
 * statement is the writer's words about X, not X's: the coverage does not answer.
 */
export function nobodysWords(u: Understood, best: { features: { statement: number } }): boolean {
  return (
    u.parsed.shape === 'what-said' &&
    u.parsed.slot?.says === true &&
    /^\p{Lu}/u.test(u.parsed.slot.text) &&
    u.asked === null &&
    best.features.statement === -1
  )
}

/**
 * "Did X say he would vote for Clinton?" asks whether X's statement says so: X's statement that covers none of the
 * question (only the paragraph before it does) is X on something else, and the coverage does not answer.
 */
export function saysNoneOf(u: Understood, best: { features: { speaker: number; coverage: number } }): boolean {
  return (
    u.parsed.shape === 'yes-no' &&
    askedNames(u).length > 0 &&
    best.features.speaker === 1 &&
    best.features.coverage === 0
  )
}
