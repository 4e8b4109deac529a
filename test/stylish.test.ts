import { readFileSync } from 'node:fs'
import { VFile } from 'vfile'
import { reporter } from 'vfile-reporter'
import { describe, expect, it } from 'vitest'
import type { ReportOptions, ReportedResult } from '../src/cli/reporters/reporter.js'
import { formatStylish } from '../src/cli/reporters/stylish.js'
import { addVfileMessage } from '../src/lint/lint.js'
import { manyFindings } from './helpers/many-findings.js'

function stylish(results: ReportedResult[], options: ReportOptions): string {
  const report = formatStylish(results, options)
  return 'pieces' in report ? [...report.pieces].join('') : ''
}

describe('stylish report', () => {
  it('keeps its exact look with many findings (columns, summary, wide characters)', () => {
    const expected = readFileSync(new URL('../fixtures/stylish/many-findings.txt', import.meta.url), 'utf8')
    expect(stylish(manyFindings(), { cwd: '/repo', quiet: false })).toBe(expected)
  })

  it('reports a file of thousands of findings in sections: each finding once, in order, under one name line', () => {
    const files = manyFindings()
    // The findings of three files four times over as one file of 2,880, in no particular order.
    const all = [1, 2, 3, 4].flatMap(() => files.flatMap((file) => file.findings))
    const result = { ...files[0], findings: all.map((finding, index) => ({ ...finding, line: 1 + ((index * 7919) % 5000) })) }
    const file = new VFile({ path: 'artikel/eins.md', value: '' })
    for (const finding of result.findings) addVfileMessage(file, finding)
    const whole = reporter([file]).split('\n\n')[0]
    const lines = stylish([result], { cwd: '/repo', quiet: false }).split('\n')
    // Only the padding between columns may differ from one report of the whole file.
    const squeeze = (line: string) => line.replace(/ +/g, ' ').trim()
    expect(lines.slice(0, whole.split('\n').length).map(squeeze)).toEqual(whole.split('\n').map(squeeze))
    expect(lines.filter((line) => line.startsWith('artikel/eins.md'))).toHaveLength(1)
    const count = (severity: number) => result.findings.filter((finding) => finding.severity === severity).length
    expect(lines.at(-2)).toBe(`2880 messages (✖ ${count(2)} errors, ⚠ ${count(1)} warnings)`)
  })
})
