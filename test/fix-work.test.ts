import { describe, expect, it } from 'vitest'
import { applyFixes } from '../src/lint/fix.js'
import { lintWith } from './helpers/rule-tester.js'
import { countStringWork } from './helpers/string-work.js'

// Fixing thousands of findings once copied the whole text for each edit (and checked each edit
// against every edit before it): 8,000 straight quotes in 190 KB took 35 s.

describe('fixing many findings at once', () => {
  it('copies the text about once however many quotes it fixes, and changes only the quotes', () => {
    const text = 'Der Minister sagte, das sei "gut" und "schön". '.repeat(1000) + '\n'
    const findings = lintWith('quotes', text)
    expect(findings).toHaveLength(2000)
    const { result, characters } = countStringWork('slice', () => applyFixes(text, findings))
    expect(result.output).toBe(text.replaceAll('"gut"', '„gut“').replaceAll('"schön"', '„schön“'))
    expect(characters).toBeLessThan(2 * text.length)
  })

  it('fixes quotes nested a thousand deep in one pass, each pair as its own finding', () => {
    const quote = (open: string, close: string) =>
      Array.from({ length: 1000 }, (_, i) => `${i === 0 ? open[0] : open[1]}die Sache ${i} `).join('') +
      Array.from({ length: 1000 }, (_, i) => `kenne${i}${i === 999 ? close[1] : close[0]}`).join(' ')
    const text = `Der Minister sagte am Montag in Wien, dass er ${quote('""', '""')}.\n`
    expect(applyFixes(text, lintWith('quotes', text)).output).toBe(`Der Minister sagte am Montag in Wien, dass er ${quote('„‚', '‘“')}.\n`)
  })
})
