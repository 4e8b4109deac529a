/**
 * Add `items` to the end of `target`. `target.push(...items)` passes every item as an argument
 * and overflows the stack when a pasted run without full stops makes `items` huge.
 */
export function append<T>(target: T[], items: readonly T[]): T[] {
  for (const item of items) target.push(item)
  return target
}

/** Add `item` to the list `map` keeps under `key`, in place: copying the list for each item made grouping quadratic. */
export function addTo<K, V>(map: Map<K, V[]>, key: K, item: V): void {
  const items = map.get(key)
  if (items) items.push(item)
  else map.set(key, [item])
}

/** Binary search: the first index where `test` holds, for a test that holds from some index on (else the length). */
export function firstIndex<T>(items: T[], test: (item: T) => boolean): number {
  let low = 0
  let high = items.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (test(items[middle])) high = middle
    else low = middle + 1
  }
  return low
}

/** Whether `offset` lies inside one of `spans` (sorted by start, not overlapping): a binary search. */
export function inSpans(spans: ReadonlyArray<{ start: number; end: number }>, offset: number): boolean {
  let low = 0
  let high = spans.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    if (spans[middle].end <= offset) low = middle + 1
    else if (spans[middle].start > offset) high = middle - 1
    else return true
  }
  return false
}
