import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { lintWith } from './helpers/rule-tester.js'

const seed = readFileSync(new URL('../fixtures/seed/kim-putin-waffendeal.md', import.meta.url), 'utf8')

function flaggedSentences(ruleId: string): string[] {
  return lintWith(ruleId, seed).map((finding) => seed.slice(finding.offset, finding.endOffset))
}

describe('attribution and vague-source on the seed article', () => {
  const unsourced = flaggedSentences('attribution')

  it('flags the unsourced claims', () => {
    expect(unsourced).toContain(
      'Dennoch scheint sich der Kreml längst sicher, dass es bei den Verhandlungen zu möglichen Waffenlieferungen aus Nordkorea zur Einigung kommen wird.'
    )
    expect(unsourced).toContain('Das scheint den Schurkenstaat jedoch wenig zu interessieren.')
  })

  it('does not flag the sentence sourced by a report, nor the reported speech that inherits its source', () => {
    expect(unsourced.some((sentence) => sentence.startsWith('Wie aus einem Bericht der "New York Times" hervorgeht'))).toBe(false)
    expect(unsourced).not.toContain('Es sei jedoch auch möglich, dass Kim nach Moskau reise.')
  })

  it('reports the vague sources at their phrases', () => {
    const vague = flaggedSentences('vague-source')
    expect(vague.filter((phrase) => phrase === 'Berichten zufolge')).toHaveLength(2)
    expect(vague).toContain('behaupten Beamten')
    expect(vague).toContain('nach Schilderungen der Beamten')
  })
})
