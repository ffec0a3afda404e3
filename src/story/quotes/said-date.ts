/** The date a statement was made, from the time expressions in its attribution ("told Al Jazeera on Saturday"). */
import type { DateMention } from '../types.js'

export type Span = { start: number; end: number }

/**
 * Picks, among `dates` of the paragraph, the one inside the unit `[unit.start, unit.end)` that lies outside every
 * statement and quotation (`excluded`), on the same side of every reported clause (`barriers`) as the speech verb
 * at `verbAt`, and nearest to it; null when there is none. A date inside the quoted or reported words is what was talked about, not when it
 * was said; a date beyond them belongs to another clause.
 */
export function saidDate(
  dates: readonly DateMention[],
  unit: Span,
  excluded: readonly Span[],
  verbAt: number,
  barriers: readonly Span[] = excluded,
): string | null {
  let best: DateMention | null = null
  let bestDistance = Number.POSITIVE_INFINITY
  for (const d of dates) {
    if (d.start < unit.start || d.end > unit.end) continue
    if (excluded.some((x) => d.start < x.end && d.end > x.start)) continue
    const [from, to] = d.start < verbAt ? [d.end, verbAt] : [verbAt, d.start]
    if (barriers.some((x) => x.start >= from && x.end <= to)) continue
    const distance = d.start >= verbAt ? d.start - verbAt : verbAt - d.end
    if (distance < bestDistance) {
      best = d
      bestDistance = distance
    }
  }
  return best?.value ?? null
}
