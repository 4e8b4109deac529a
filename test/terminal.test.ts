import { describe, expect, it } from 'vitest'
import { onlyRule, runCli, tempTree } from './helpers/cli.js'

// What a terminal or CI log would obey: C0 controls but tab and newline, DEL, C1, bidi overrides and isolates.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\0-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/

// An inline comment that sets the terminal's title and clears its screen, then a CSI (C1) and a right-to-left override.
const HOSTILE = '\x1b]0;PWNED\x07\x1b[2J\u009b2J\u202e'
const SHOWN = '\\x1B]0;PWNED\\x07\\x1B[2J\\x9B2J\\u202E'
const ARTICLE = `<!-- newslint-disable ${HOSTILE} -->\n\nEr sagte: "Ja."\n`
const ONLY_QUOTES = { '.newslintrc.json': onlyRule('quotes') }

describe('control characters from input are shown escaped, never sent to the terminal', () => {
  it('in the stylish report: the message and the file name', () => {
    const name = `a${HOSTILE}.md`
    const run = runCli([name], { cwd: tempTree({ ...ONLY_QUOTES, [name]: ARTICLE }) })
    expect(run.stdout).not.toMatch(CONTROL)
    expect(run.stdout).toContain(`a${SHOWN}.md`)
    expect(run.stdout).toContain(`Unbekannte Regel „${SHOWN}“`)
    expect(run.stdout).toMatch(/3:11-3:16\s+warning\s+Gerade Anführungszeichen/)
  })

  it('in the stylish report: a file named like a CI log command does not start a line', () => {
    const names = ['::stop-commands::pwned.md', '##vso[task.setvariable variable=BASH_ENV]evil.md']
    const run = runCli(names, { cwd: tempTree({ ...ONLY_QUOTES, [names[0]]: ARTICLE, [names[1]]: ARTICLE }) })
    expect(run.stdout).not.toMatch(/^(::|##)/m)
    expect(run.stdout).toMatch(/^\.\/::stop-commands::pwned\.md$/m)
    expect(run.stdout).toMatch(/^\.\/##vso\[task\.setvariable variable=BASH_ENV\]evil\.md$/m)
  })

  it('in no warning of the YAML parser: a collection as a frontmatter key is read without one', () => {
    // C1 controls (a CSI, an OSC and its terminator), which the parser's own escaping leaves raw.
    const article = '---\n? { k: \u009b2J\u009d0;PWNED\u009c }\n: x\n---\n\n# Titel\n\nEr kam am Montag.\n'
    const run = runCli(['a.md'], { cwd: tempTree({ ...ONLY_QUOTES, 'a.md': article }) })
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
  })

  it('in GitHub annotations', () => {
    const run = runCli(['a.md', '--format', 'github'], { cwd: tempTree({ ...ONLY_QUOTES, 'a.md': ARTICLE }) })
    expect(run.stdout).not.toMatch(CONTROL)
    expect(run.stdout).toContain(`::Unbekannte Regel „${SHOWN}“ im newslint-disable-Kommentar`)
  })

  it('in the JSON formats, which still parse to the text as it is', () => {
    const root = tempTree({ ...ONLY_QUOTES, 'a.md': ARTICLE, 'b.md': `Er kam${HOSTILE} am Montag.\n` })
    for (const args of [
      ['a.md', '-f', 'json'],
      ['a.md', '-f', 'sarif'],
      ['a.md', '-f', 'gitlab'],
      ['analyze', 'b.md']
    ]) {
      const out = runCli(args, { cwd: root }).stdout
      expect(out).not.toMatch(CONTROL)
      // Written again by JSON.stringify, which leaves C1 and bidi characters raw: the text is all there.
      expect(JSON.stringify(JSON.parse(out))).toContain(JSON.stringify(HOSTILE).slice(1, -1))
    }
  })

  it('in messages on stderr', () => {
    const name = `b${HOSTILE}.md`
    const run = runCli(['artikel'], { cwd: tempTree({ ...ONLY_QUOTES, [`artikel/${name}`]: Buffer.from([0x66, 0xff, 0x0a]) }) })
    expect(run.status).toBe(2)
    expect(run.stderr).not.toMatch(CONTROL)
    expect(run.stderr).toContain(`artikel/b${SHOWN}.md: not valid UTF-8`)
  })
})
