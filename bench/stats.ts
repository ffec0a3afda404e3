/** Nearest-rank percentile of samples sorted in ascending order (NaN for none). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(p * sorted.length - 1e-9)))
  return sorted[rank - 1] ?? Number.NaN
}
