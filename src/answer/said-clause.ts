/**
 * "Did X say (that) CLAUSE?" asks whether X said that: a passage answers only if it (or the paragraph before, which a
 * statement often goes on from) writes one of the clause's common words, as written or through a synonym. X's
 * paragraph on something else ("Pelosi shared a story from a White House reception" for "Did Pelosi say Democrats
 * will retake the House?") shares only names with it.
 */
import type { Understood } from './understand.js'

/** A match of a question's term in a passage (a `PredicateMatch`, without importing predicate.ts, which calls this). */
type TermMatch = { term: string }

/** "Did X say / tell … (that)": the yes/no question about someone's statement, up to where the clause begins. */
const DID_SAY =
  /^\s*did\s+.+?\s+(?:say|tell|claim|warn|insist|argue|predict|promise|suggest|deny|admit)\s+(?:(?:\p{L}+\s+)?that\s+)?/iu

/** Whether the passage writes a common word of the clause "Did X say" asks about (true for other questions). */
export function saidClauseMet(
  u: Understood,
  matches: readonly TermMatch[],
  before: readonly TermMatch[] | undefined,
): boolean {
  if (u.parsed.shape !== 'yes-no') return true
  const m = DID_SAY.exec(u.parsed.text)
  if (!m) return true
  const from = m[0].length
  const words = u.terms
    .map((t) => t.stem)
    .filter((s) => !u.parsed.names.has(s) && (u.parsed.spans.get(s) ?? []).some((sp) => sp.start >= from))
  if (!words.length) return true
  const found = new Set([...matches, ...(before ?? [])].map((x) => x.term))
  return words.some((w) => found.has(w))
}
