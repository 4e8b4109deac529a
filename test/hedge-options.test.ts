import { describe, expect, it } from 'vitest'
import { lintWith } from './helpers/rule-tester.js'

const stacked = 'Berichten zufolge soll Kim nach Russland reisen.\n'

describe('hedge options', () => {
  it('sets the severity of one check and switches another off', () => {
    const text = `${stacked}\nDer Minister hat angeblich Geld angenommen.\n`
    const on = { unsourced: 'on' }
    expect(lintWith('hedge', text, on).map((finding) => finding.severity)).toEqual([2, 2])
    expect(lintWith('hedge', text, { ...on, stacked: 'warn' }).map((finding) => finding.severity)).toEqual([1, 2])
    expect(lintWith('hedge', text, { ...on, stacked: 'suggestion' }).map((finding) => finding.severity)).toEqual([0, 2])
    expect(lintWith('hedge', text).map((finding) => finding.message.slice(0, 21))).toEqual(['Doppelt eingeschränkt'])
  })

  it('ignores cues by entry or as written', () => {
    expect(lintWith('hedge', stacked, { unsourced: 'on', ignoreCues: ['sollen'] })).toEqual([])
    expect(lintWith('hedge', 'Der Minister hat angeblich Geld angenommen.\n', { unsourced: 'on', ignoreCues: ['Angeblich'] })).toEqual([])
  })

  it('adds a newsroom’s own cues per language', () => {
    const text = 'Der Minister hat gerüchteweise Geld angenommen.\n'
    expect(lintWith('hedge', text)).toEqual([])
    expect(
      lintWith('hedge', text, { unsourced: 'on', reportativeCues: { de: ['gerüchteweise'], en: [] } }).map((finding) => finding.message)
    ).toEqual(['„gerüchteweise“ ohne Quelle: Wer behauptet das?'])
    expect(lintWith('hedge', text, { unsourced: 'on', reportativeCues: { de: [], en: ['gerüchteweise'] } })).toEqual([])
  })
})
