import type { Span } from './span.js'

/** A match of one question term (its stem), with the term's weight there. */
export type WeightedMatch = Span & { term: string; weight: number }

/** The weight of the distinct terms among matches, each term at its best match. */
export function covered(matches: readonly WeightedMatch[]): number {
  const best = new Map<string, number>()
  for (const m of matches) best.set(m.term, Math.max(best.get(m.term) ?? 0, m.weight))
  let sum = 0
  for (const w of best.values()) sum += w
  return sum
}
