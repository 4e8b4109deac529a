import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { applyFixes } from '../src/lint/fix.js'
import { onlyRule, runCli, tempTree } from './helpers/cli.js'
import { git } from './helpers/git.js'
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

describe('fixes that meet at one place', () => {
  it('are applied one pass after the other, both as reported', () => {
    // "(APA; …)" missing the frontmatter's agencies: an insertion after "APA" and "; → ," start at one offset.
    const text = '---\nlang: de\nagencies: [dpa, AFP]\n---\n\n# Titel\n\nDer Minister trat am Montag zurück.\n\n(APA; 8.6.2015)\n'
    const root = tempTree({ 'a.md': text, '.newslintrc.json': onlyRule('credit-line') })
    const report = JSON.parse(runCli(['a.md', '--format', 'json'], { cwd: root }).stdout) as Array<{ messages: Array<{ fix?: unknown }> }>
    expect(report[0].messages.filter((message) => message.fix).length).toBe(2)
    runCli(['a.md', '--fix'], { cwd: root })
    expect(readFileSync(join(root, 'a.md'), 'utf8')).toBe(text.replace('(APA; 8.6.2015)', '(APA/dpa/AFP, 8.6.2015)'))
  })
})

describe('a fix whose place another fix took', () => {
  it('is applied in the same run: the credit line to add where a pasted box is deleted', () => {
    // The credit goes after the last text, a trailing space in; the box's deletion starts at that space.
    const text =
      '---\nagencies: [dpa]\n---\n\nDer Minister reist am Dienstag nach Brüssel. \n\nAbonnieren Sie unseren Newsletter und erhalten Sie jeden Morgen die wichtigsten Nachrichten.\n'
    const config = JSON.stringify({ extends: [], rules: { 'credit-line': 'warn', boilerplate: 'warn' } })
    const root = tempTree({ 'a.md': text, '.newslintrc.json': config })
    runCli(['a.md', '--fix'], { cwd: root })
    const once = readFileSync(join(root, 'a.md'), 'utf8')
    expect(once).toBe('---\nagencies: [dpa]\n---\n\nDer Minister reist am Dienstag nach Brüssel.\n\ndpa\n')
    runCli(['a.md', '--fix'], { cwd: root })
    expect(readFileSync(join(root, 'a.md'), 'utf8')).toBe(once)
  })
})

describe('--fix --changed-since', () => {
  it('fixes only the findings on changed lines, as the pass before moved them', () => {
    const old = ['# Titel', '', 'Er sagte: "Alt." Dann ging er nach Hause.', '', 'Folgen Sie uns auf Facebook und Twitter!', '']
    const root = tempTree({ 'a.md': old.join('\n') })
    git(root, 'init', '-q')
    git(root, 'add', 'a.md')
    git(root, 'commit', '-qm', 'alt')
    // New at the top: pasted boilerplate and a quote. Removing the boilerplate moves the old paragraph up onto a changed line number.
    const added = ['Folgen Sie uns auf Facebook und Twitter!', '', 'Er sagte: "Neu." Dann ging sie nach Hause.', '']
    writeFileSync(join(root, 'a.md'), [...old.slice(0, 2), ...added, ...old.slice(2)].join('\n'))
    const run = runCli(['a.md', '--fix', '--changed-since', 'HEAD'], { cwd: root })
    expect(readFileSync(join(root, 'a.md'), 'utf8')).toBe(
      ['# Titel', '', 'Er sagte: „Neu.“ Dann ging sie nach Hause.', '', ...old.slice(2)].join('\n')
    )
    expect(run.stdout).toMatch(/no issues found/)
  })
  it('fixes only the changed lines of a file whose name has a line break, in a folder whose name has one too', () => {
    const name = 'Neue\nZeile/Bericht\nvom Montag.md'
    const root = tempTree({ [name]: 'Er sagte: "Alt." Dann ging er.\n' })
    git(root, 'init', '-q')
    git(root, 'add', '.')
    git(root, 'commit', '-qm', 'alt')
    writeFileSync(join(root, name), 'Er sagte: "Alt." Dann ging er.\nEr sagte: "Neu." Dann ging sie.\n')
    runCli(['--fix', '--changed-since', 'HEAD', '--', name], { cwd: root })
    expect(readFileSync(join(root, name), 'utf8')).toBe('Er sagte: "Alt." Dann ging er.\nEr sagte: „Neu.“ Dann ging sie.\n')
  })
})
