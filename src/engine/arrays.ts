/**
 * Add `items` to the end of `target`. `target.push(...items)` passes every item as an argument
 * and overflows the stack when a pasted run without full stops makes `items` huge.
 */
export function append<T>(target: T[], items: readonly T[]): T[] {
  for (const item of items) target.push(item)
  return target
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
