/**
 * "When did X condemn the attacks?" asks for the date of the act, the verb asked: the date that goes with that verb
 * ("The Cypriot government Saturday strongly condemned two terrorist bomb attacks in Kenya and Tanzania Friday") is
 * the answer, not the date of what the act is about (the attacks' Friday), however many of the question's words that
 * one goes with.
 */
import { stemToken } from '../search/text-terms.js'
import type { DateMention } from '../story/types.js'
import { type Candidate, goesWith } from './rank.js'
import type { Understood } from './understand.js'

/** Of the dates, those that go with the verb the question asks about; none when it asks about no act. */
export function datesOfAct(
  u: Understood,
  text: string,
  spans: Candidate['spans'],
  dates: readonly DateMention[],
): DateMention[] {
  const acts = u.parsed.slot?.acts
  const verb = acts ? stemToken(acts) : null
  if (!verb) return []
  const matches = spans.filter((sp) => sp.term === verb)
  return dates.filter((d) => matches.some((m) => goesWith(text, d, m)))
}
