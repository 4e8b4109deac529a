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

  it('reports the vague sources at their phrases: the phrase, not the verb of saying beside it', () => {
    expect(flaggedSentences('vague-source')).toEqual([
      'Berichten zufolge',
      'Berichten zufolge',
      'Berichte',
      'nach Schilderungen der Beamten',
      'einer der Show-Gäste',
      'einer der Propagandisten',
      'Beamten'
    ])
    const showGuest = lintWith('vague-source', seed)[4]
    expect([showGuest.line, showGuest.column, showGuest.endLine, showGuest.endColumn]).toEqual([19, 373, 19, 393])
    expect(showGuest.message).toBe('Vage Quelle „einer der Show-Gäste“: Wer genau?')
  })

  it('reports a hedge at its cue and an unsourced claim at its sentence', () => {
    const [angeblich] = lintWith('hedge', seed, { unsourced: 'on' })
    expect([angeblich.line, angeblich.column, angeblich.endColumn, seed.slice(angeblich.offset, angeblich.endOffset)]).toEqual([
      5,
      21,
      30,
      'angeblich'
    ])
    expect(unsourced[0]).toMatch(/^Kim Jong-un plant angeblich .*\.$/)
  })
})
