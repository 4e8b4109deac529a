/**
 * Add `items` to the end of `target`. `target.push(...items)` passes every item as an argument
 * and overflows the stack when a pasted run without full stops makes `items` huge.
 */
export function append<T>(target: T[], items: readonly T[]): T[] {
  for (const item of items) target.push(item)
  return target
}
