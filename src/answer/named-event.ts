/**
 * "When did Clinton meet with House Democrats at the Capitol …" asks for the date of the event of the question's
 * names: a paragraph that dates a meeting but names few of them ("Speaker Ryan has invited Donald Trump to meet with
 * members of the House Republican leadership … on Thursday") dates another event than one nearly as good that names
 * most of them and dates the event too ("Hillary Clinton made it clear to House Democrats on Wednesday …").
 */
import { type Candidate, promote } from './rank.js'

/** Below this share of the question's names, a paragraph is about the event of other names. */
const FEW_NAMES = 0.5

/**
 * When the best paragraph names few of the question's names, the first one within `margin` of it that names most of
 * them and dates the event asked about in its answering sentence; it is moved to the front of `ranked`.
 */
export function namedEventFirst(ranked: Candidate[], margin: number): Candidate | undefined {
  const best = ranked[0]
  if (!best || best.features.names >= FEW_NAMES) return undefined
  return promote(
    ranked,
    ranked.findIndex((c) => c.eventDate && c.features.names >= FEW_NAMES && c.p >= best.p - margin),
  )
}
