// Work counted, not timed: how many characters a string method reads or copies while `run` runs.
// A scan that starts again from each block, or a copy of the whole text for each edit, shows up as
// a count that grows with the square of the input.

type Method = 'slice' | 'indexOf' | 'startsWith'

/** Characters each call handles: what `slice` copies, how far `indexOf` reads, what `startsWith` may compare. */
const MEASURES: Record<Method, (text: string, args: unknown[], result: unknown) => number> = {
  slice: (_text, _args, result) => (result as string).length,
  indexOf: (text, args, result) => ((result as number) < 0 ? text.length : (result as number)) - Math.max(0, Number(args[1] ?? 0)),
  startsWith: (_text, args) => String(args[0]).length
}

/** What `run` returns, and the characters `String.prototype[method]` handled meanwhile. */
export function countStringWork<T>(method: Method, run: () => T): { result: T; characters: number } {
  const original = String.prototype[method] as (...args: unknown[]) => unknown
  let characters = 0
  const counting = function (this: string, ...args: unknown[]) {
    const result = original.apply(this, args)
    characters += MEASURES[method](this, args, result)
    return result
  }
  Object.defineProperty(String.prototype, method, { value: counting, configurable: true, writable: true })
  try {
    return { result: run(), characters }
  } finally {
    Object.defineProperty(String.prototype, method, { value: original, configurable: true, writable: true })
  }
}
