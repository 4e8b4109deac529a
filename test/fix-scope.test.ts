import { describe, expect, it } from 'vitest'
import { applyFixes } from '../src/lint/fix.js'
import { onlyRule, runCli, tempTree } from './helpers/cli.js'
import { lintWith } from './helpers/rule-tester.js'

// `--fix` changes exactly what the report shows: no code, URL or HTML, and on standard input the
// text always comes back.

describe('--fix --stdin', () => {
  it('prints the text even when there is nothing to fix', () => {
    const run = runCli(['--stdin', '--fix'], { cwd: tempTree({ '.newslintrc.json': onlyRule('quotes') }), input: 'Hallo Welt.\n' })
    expect(run.stdout).toBe('Hallo Welt.\n')
    expect(run.status).toBe(0)
  })
})

describe('the quotes fix', () => {
  it('leaves code, URLs and HTML as they are and fixes the prose around them', () => {
    const text = [
      'Er sagte "Ja" und <span title="a">tippte</span> `grep "Gesetz" datei.txt`:',
      '',
      '```sh',
      'echo "code"',
      '```',
      '',
      '[Der "Link"](https://example.org/"q") und <https://example.org/"x"/> und <a href="/b">b</a>.',
      ''
    ].join('\n')
    const fixed = applyFixes(text, lintWith('quotes', text)).output
    expect(fixed).toBe(text.replace('"Ja"', '„Ja“').replace('"Link"', '„Link“'))
  })
})
