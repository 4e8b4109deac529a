import { describe, expect, it } from 'vitest'
import { recommendedConfig } from '../src/config/config.js'
import { lintSource, type Finding } from '../src/lint/lint.js'
import { scoreSilver } from '../scripts/eval/silver.js'
import type { SilverDocument, SilverSentence } from '../scripts/eval/silver-labels.js'

// `npm run eval` scores the rules on the shared silver labels; these tests build a labelled
// document by hand (the shared labels are not part of the repository).

const TEXT = 'Der Minister soll Geld angenommen haben. Die Preise steigen. Experten warnen vor einer Krise.'

function sentence(i: number, text: string, extra: Partial<SilverSentence> = {}): SilverSentence {
  const start = TEXT.indexOf(text)
  return {
    i,
    start,
    end: start + text.length,
    role: 'body',
    needs_source: false,
    attribution: 'none',
    note: '',
    cues: [],
    vague: [],
    ...extra
  }
}

function span(text: string) {
  const start = TEXT.indexOf(text)
  return { start, end: start + text.length }
}

function document(findings?: (found: Finding[]) => Finding[]): SilverDocument {
  const result = lintSource('corpus-0.md', TEXT, recommendedConfig())
  const sentences = [
    sentence(0, 'Der Minister soll Geld angenommen haben.', {
      needs_source: true,
      cues: [{ cue: 'soll', kind: 'reportative', ...span('soll') }]
    }),
    sentence(1, 'Die Preise steigen.', { needs_source: true }),
    sentence(2, 'Experten warnen vor einer Krise.', {
      needs_source: true,
      attribution: 'vague',
      vague: [{ text: 'Experten', ...span('Experten') }]
    })
  ]
  return {
    labels: { row: 0, packet: 1, sentences },
    text: TEXT,
    result: findings ? { ...result, findings: findings(result.findings) } : result
  }
}

const value = (rows: ReturnType<typeof scoreSilver>, metric: string) => rows.find((row) => row.metric === metric)?.value

describe('scores on the shared silver labels', () => {
  it('matches the engine’s cues and vague sources to the labelled spans they overlap', () => {
    const rows = scoreSilver([document()])
    expect(value(rows, 'cue precision')).toBe(1)
    expect(value(rows, 'cue recall')).toBe(1)
    expect(value(rows, 'span precision')).toBe(1)
    expect(value(rows, 'span recall')).toBe(1)
  })

  it('counts an attribution finding on a sentence that needs a source and has none, and breaks it down by severity and kind', () => {
    const rows = scoreSilver([
      document((found) => [
        ...found.filter((finding) => finding.ruleId !== 'attribution'),
        {
          ...found[0],
          ruleId: 'attribution',
          severity: 1,
          offset: span('Die Preise').start,
          endOffset: span('steigen.').end,
          kind: 'no-source'
        } as Finding,
        { ...found[0], ruleId: 'attribution', severity: 2, offset: span('Experten').start, endOffset: span('Krise.').end }
      ])
    ])
    // Sentences 0 and 1 are unsourced claims; 1 is flagged, and 2 (vaguely sourced) is flagged wrongly.
    expect(value(rows, 'all levels: precision')).toBe(0.5)
    expect(value(rows, 'all levels: recall')).toBe(0.5)
    expect(value(rows, 'kind no-source: precision')).toBe(1)
    expect(value(rows, 'severity 2: precision')).toBe(0)
  })
  it('scores "no named source at all" per article, not as the headline sentence it stands on', () => {
    const noName = (found: Finding[]) => [
      ...found.filter((finding) => finding.ruleId !== 'attribution'),
      { ...found[0], ruleId: 'attribution', severity: 0, offset: 0, endOffset: span('haben.').end, kind: 'noNamedSource' } as Finding
    ]
    // Sentence 1 is an unsourced claim and no sentence has a named source: the finding is right.
    const right = scoreSilver([document(noName)])
    expect(value(right, 'article kind noNamedSource: precision')).toBe(1)
    expect(value(right, 'article kind noNamedSource: recall')).toBe(1)
    expect(value(right, 'kind noNamedSource: precision')).toBeUndefined()
    // The same finding where the labels name a source for one sentence is wrong.
    const named = document(noName)
    named.labels.sentences[2] = { ...named.labels.sentences[2], attribution: 'named', vague: [] }
    expect(value(scoreSilver([named]), 'article kind noNamedSource: precision')).toBe(0)
  })
})
