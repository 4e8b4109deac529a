import { createRequire } from 'node:module'
import type { Diagnostics } from 'recheck'

// One check for every regular expression newslint runs: the built-in ones (checked by the test
// suite), the ones in lexicon data and the ones users configure (checked when the config is
// read). recheck finds exponential and polynomial backtracking by automata analysis and fuzzing;
// it is loaded only when a pattern needs checking, so plain configs start no faster or slower.

const require = createRequire(import.meta.url)
let checker: ((source: string, flags: string, params: { timeout: number }) => Diagnostics) | undefined

/** The flags every configured or lexicon pattern runs with: Unicode, and case does not matter. */
export const PATTERN_FLAGS = 'iu'

/** A pattern from a rule option or a lexicon, as rules run it (the config has checked it). */
export function compilePattern(pattern: string): RegExp {
  return new RegExp(pattern, PATTERN_FLAGS)
}

/** How long one pattern may take to check before it is refused as unknown, in milliseconds. */
const CHECK_TIMEOUT = 5000

/** Why `pattern` must not run on an article (invalid or able to backtrack badly), or undefined when it is safe. */
export function patternProblem(pattern: string, flags = ''): string | undefined {
  try {
    new RegExp(pattern, flags)
  } catch (error) {
    return `not a valid regular expression (${(error as Error).message})`
  }
  checker ??= (require('recheck') as typeof import('recheck')).checkSync
  const diagnostics = checker(pattern, flags, { timeout: CHECK_TIMEOUT })
  if (diagnostics.status === 'safe') return undefined
  if (diagnostics.status === 'vulnerable') {
    const complexity = diagnostics.complexity
    const growth = complexity.type === 'exponential' ? 'exponential' : `polynomial (degree ${complexity.degree})`
    return `can backtrack catastrophically: ${growth} time on input like ${JSON.stringify(shorten(diagnostics.attack.string))}; avoid nested quantifiers and overlapping alternatives`
  }
  return `cannot be proven safe from catastrophic backtracking (${diagnostics.error.kind}); simplify it`
}

function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text
}
