import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadConfig, recommendedConfig } from '../src/config/config.js'
import { lintSource } from '../src/lint/lint.js'
import { refusalOf, repository } from './helpers/cli.js'

// Keys of a YAML mapping are checked for repeats in one pass (the parser's own check compared each
// key with all before it: a committed config of 440,000 keys ran for hours; `npm run bench` times
// a frontmatter of 25,000). A repeated key is still an error, where it is repeated.

describe('a key repeated in a YAML mapping', () => {
  it('refuses a config, nested or at the top', () => {
    for (const yaml of [
      'lang: de\nlang: en\n',
      'vocabulary:\n  de:\n    verbs: [a]\n  de:\n    verbs: [b]\n',
      'rules: {quotes: warn, quotes: off}\n'
    ]) {
      const root = repository({ '.newslintrc.yaml': yaml })
      expect(refusalOf(() => loadConfig(join(root, '.newslintrc.yaml')))).toMatch(/cannot parse config: Map keys must be unique$/)
    }
  })

  it('is a frontmatter finding on the repeated key, and a mapping of many keys is read', () => {
    const keys = Array.from({ length: 2000 }, (_, i) => `feld${i}: wert`).join('\n')
    const lint = (yaml: string) =>
      lintSource('a.md', `---\n${yaml}\n---\n\nDer Minister sagte das am Montag.\n`, recommendedConfig()).findings
    expect(lint(`${keys}\ntitel: a\nautor: b\ntitel: c`).filter((finding) => finding.ruleId === 'frontmatter')).toMatchObject([
      { line: 2004, column: 1, message: expect.stringContaining('Map keys must be unique') }
    ])
    expect(lint(keys).filter((finding) => finding.ruleId === 'frontmatter')).toEqual([])
  })
})
