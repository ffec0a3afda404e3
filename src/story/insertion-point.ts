/** Where an item goes in a sorted list: the index of the first item that does not come `before` it (binary search). */
export function insertionPoint<T>(list: readonly T[], before: (item: T) => boolean): number {
  let lo = 0
  let hi = list.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    const item = list[mid]
    if (item !== undefined && before(item)) lo = mid + 1
    else hi = mid
  }
  return lo
}
