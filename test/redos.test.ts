import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { patternProblem } from './helpers/patterns.js'
import { regexesInCode, regexesInLexicons } from './helpers/regexes.js'

// No regular expression newslint runs may backtrack super-linearly: an article in a pre-commit
// hook or an editor must never hang the linter. Checked with recheck (see helpers/patterns.ts).

const ROOT = resolve(import.meta.dirname, '..')
const problems = (patterns: Array<{ where: string; source: string; flags: string }>) =>
  patterns.flatMap(({ where, source, flags }) => {
    const problem = patternProblem(source, flags)
    return problem ? [`${where}: /${source}/${flags} ${problem}`] : []
  })

describe('regular expressions', () => {
  it('the checker refuses the classic catastrophic shapes and accepts ordinary ones', () => {
    expect(patternProblem('(a+)+$')).toMatch(/exponential/)
    expect(patternProblem('^(\\w+\\s?)*$')).toMatch(/exponential/)
    expect(patternProblem('\\s*,\\s*x')).toMatch(/polynomial/)
    expect(patternProblem('(')).toMatch(/not a valid regular expression/)
    expect(patternProblem('^(?:dpa|afp)(?:/[a-z]+)?$', 'i')).toBeUndefined()
  })

  it('every literal and RegExp source in src/, rules/ and scripts/ is linear', () => {
    const { patterns, unchecked } = regexesInCode(ROOT, ['src', 'rules', 'scripts'])
    expect(patterns.length).toBeGreaterThan(10)
    expect(unchecked).toEqual([])
    expect(problems(patterns)).toEqual([])
    // Each pattern may take the checker seconds of fuzzing; a busy machine stretches that.
  }, 180_000)

  it('every pattern in lexicon data (keys `pattern` and `patterns`) is linear', () => {
    expect(problems(regexesInLexicons(ROOT))).toEqual([])
  })
})
