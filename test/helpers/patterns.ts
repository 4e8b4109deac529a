import { createRequire } from 'node:module'
import type { Diagnostics } from 'recheck'

// One check for every regular expression newslint runs: those in the code and in lexicon data
// (a config holds no patterns). recheck finds exponential and polynomial backtracking by automata
// analysis and fuzzing.

const require = createRequire(import.meta.url)
let checker: ((source: string, flags: string, params: typeof DETERMINISTIC) => Diagnostics) | undefined

/** The flags a lexicon pattern would run with: Unicode, and case does not matter. */
export const PATTERN_FLAGS = 'iu'

/**
 * recheck's fuzzing stops its steps on wall-clock limits by default, so a machine busy with other
 * tests could turn a safe pattern's verdict into "vulnerable" or "unknown". Without time limits its
 * steps are bounded by counts of characters read and its random seed is fixed: the same pattern
 * gets the same verdict on any machine.
 */
const DETERMINISTIC = { timeout: null, incubationTimeout: null, attackTimeout: null, seedingTimeout: null } as const

/** Why `pattern` must not run on an article (invalid or able to backtrack badly), or undefined when it is safe. */
export function patternProblem(pattern: string, flags = ''): string | undefined {
  try {
    new RegExp(pattern, flags)
  } catch (error) {
    return `not a valid regular expression (${(error as Error).message})`
  }
  checker ??= (require('recheck') as typeof import('recheck')).checkSync
  const diagnostics = checker(pattern, flags, DETERMINISTIC)
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
