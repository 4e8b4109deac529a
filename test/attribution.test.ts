import { describe, expect, it } from 'vitest'
import { lintWith } from './helpers/rule-tester.js'

describe('attribution', () => {
  it('points an unsourced sentence after reported speech at the source that stopped carrying over', () => {
    const markdown = 'Die Gespräche sind gescheitert, sagte Katzian. Die Arbeitgeber haben kein Angebot vorgelegt.\n'
    const [finding] = lintWith('attribution', markdown)
    expect(markdown.slice(finding.offset, finding.endOffset)).toBe('Die Arbeitgeber haben kein Angebot vorgelegt.')
    expect(finding.related?.map((related) => markdown.slice(related.offset, related.endOffset))).toEqual([
      'Die Gespräche sind gescheitert, sagte Katzian.'
    ])
  })

  it('takes a newsroom verb of saying from the options, with its forms from the morphology lexicon', () => {
    const markdown = 'Der Streik wird ausgeweitet, jubelte die Gewerkschaft am Abend.\n'
    expect(lintWith('attribution', markdown)).toHaveLength(1)
    expect(lintWith('attribution', markdown, { verbs: ['jubeln'] })).toEqual([])
  })
})
