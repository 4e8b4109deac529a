import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { formatStylish } from '../src/cli/reporters/stylish.js'
import { manyFindings } from './helpers/many-findings.js'

describe('stylish report', () => {
  it('keeps its exact look with many findings (columns, summary, wide characters)', () => {
    const expected = readFileSync(new URL('../fixtures/stylish/many-findings.txt', import.meta.url), 'utf8')
    expect(formatStylish(manyFindings(), { cwd: '/repo', quiet: false })).toEqual({ text: expected })
  })
})
