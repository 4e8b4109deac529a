import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { PARSED_LEXICONS_PATH, checkedLexicon, lexicon, type ParsedLexicons } from '../src/engine/lexicon.js'

// The build stores the lexicons parsed so that a run skips the YAML parser; a run must read what
// the YAML says all the same.

const stored = JSON.parse(readFileSync(PARSED_LEXICONS_PATH, 'utf8')) as ParsedLexicons
const files = readdirSync('lexicons', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((folder) => readdirSync(`lexicons/${folder.name}`).map((file) => `${folder.name}/${file.replace(/\.yaml$/, '')}`))

describe('parsed lexicons', () => {
  it('are stored by the build for every lexicon file, each as its YAML parses', () => {
    expect(Object.keys(stored).sort()).toEqual([...files].sort())
    for (const [key, { yaml, value }] of Object.entries(stored)) expect(value, key).toEqual(parse(yaml))
  })

  it('give what the YAML says, also where a file has changed since the build', () => {
    for (const key of files) {
      const [lang, name] = key.split('/') as ['de', string]
      expect(lexicon(lang, name), key).toEqual(parse(readFileSync(`lexicons/${key}.yaml`, 'utf8')))
    }
  })
})

describe('lexicon schemas', () => {
  it('refuse a mistyped key or a wrong type, naming the file and the key', () => {
    const hedges = parse(readFileSync('lexicons/de/hedges.yaml', 'utf8')) as { phrases: object[]; wohl: object }
    const typo = { ...hedges, phrases: [...hedges.phrases, { cue: 'vom Hörensagen', kind: 'reportative', notBefor: ['nicht'] }] }
    expect(() => checkedLexicon('de', 'hedges', typo)).toThrow(
      `lexicons/de/hedges.yaml (phrases[${hedges.phrases.length}].notBefor): unexpected key "notBefor", expected one of cue, kind, notAfter, notBefore`
    )
    expect(() => checkedLexicon('de', 'hedges', { ...hedges, wohl: { ...hedges.wohl, notAfter: 'nicht' } })).toThrow(
      'lexicons/de/hedges.yaml (wohl.notAfter): unexpected string "nicht", expected a list of strings'
    )
    expect(() => checkedLexicon('common', 'agencies', [{ code: 'dpa', name: 'dpa', spellings: ['dpa'], role: 'wir' }])).toThrow(
      /\(\[0\]\.role\): unexpected string "wir", expected one of "wire"/
    )
  })

  it('accept new entries of the shapes the lexicons already have', () => {
    const sources = parse(readFileSync('lexicons/de/sources.yaml', 'utf8')) as { vagueHeads: string[]; vaguePhrases: string[][] }
    const extended = {
      ...sources,
      vagueHeads: [...sources.vagueHeads, 'Insider'],
      vaguePhrases: [...sources.vaguePhrases, ['aus', 'gut', 'unterrichteten', 'kreisen']]
    }
    expect(checkedLexicon('de', 'sources', extended)).toBe(extended)
  })
})
