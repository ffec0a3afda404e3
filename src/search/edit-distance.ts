/** True when `a` can be turned into `b` with at most `max` single-character edits (Levenshtein). */
export function editDistanceAtMost(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const cur = [i]
    let rowMin = i
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(
        (prev[j] ?? 0) + 1,
        (cur[j - 1] ?? 0) + 1,
        (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      )
      cur.push(v)
      rowMin = Math.min(rowMin, v)
    }
    if (rowMin > max) return false
    prev = cur
  }
  return (prev[b.length] ?? max + 1) <= max
}
