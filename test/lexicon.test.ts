import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { PARSED_LEXICONS_PATH, lexicon, type ParsedLexicons } from '../src/engine/lexicon.js'

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
