import { describe, expect, it } from 'vitest'
import { DiagnosticSeverity } from 'vscode-languageserver/node'
import { onlyRule, runCli, tempTree } from './helpers/cli.js'
import { Workspace } from './helpers/lsp.js'

// The suggestion level sits below warnings: every output carries it at its own level, the
// terminal report shows it on request, and it never fails a run.

const QUOTE = 'Er sagte: "Ja." Dann ging er.\n'
const suggestionTree = () => tempTree({ '.newslintrc.json': onlyRule('quotes', 'suggestion'), 'a.md': QUOTE })

describe('the suggestion level', () => {
  it('is accepted in config and on the command line, and never changes the exit code', () => {
    const root = suggestionTree()
    expect(runCli(['a.md', '--max-warnings', '0'], { cwd: root }).status).toBe(0)
    const flag = runCli(['a.md', '--rule', 'quotes=suggestion', '--max-warnings', '0'], {
      cwd: tempTree({ '.newslintrc.json': onlyRule('quotes', 'error'), 'a.md': QUOTE })
    })
    expect(flag.status).toBe(0)
    const wrong = runCli(['a.md', '--rule', 'quotes=hint'], { cwd: root })
    expect(wrong.status).toBe(2)
    expect(wrong.stderr).toContain('expected one of "off", "suggestion", "warn", "error"')
  })

  it('is hidden from the terminal report unless --suggestions is given, which says how many it hid', () => {
    const root = suggestionTree()
    const plain = runCli(['a.md'], { cwd: root }).stdout
    expect(plain).not.toContain('straight quotes')
    expect(plain).toContain('1 suggestion hidden (show them with --suggestions)')
    const shown = runCli(['a.md', '--suggestions'], { cwd: root }).stdout
    expect(shown).toMatch(/info\s+Gerade Anführungszeichen/)
    expect(shown).not.toContain('hidden')
    expect(runCli(['a.md', '-q'], { cwd: root }).stdout).toBe('')
  })

  it('is "suggestion" in JSON, "note" in SARIF, "info" for GitLab and a notice for GitHub', () => {
    const root = suggestionTree()
    const [file] = JSON.parse(runCli(['a.md', '-f', 'json'], { cwd: root }).stdout)
    expect(file).toMatchObject({ errorCount: 0, warningCount: 0, suggestionCount: 1 })
    expect(file.messages[0].severity).toBe('suggestion')
    const sarif = JSON.parse(runCli(['a.md', '-f', 'sarif'], { cwd: root }).stdout)
    expect(sarif.runs[0].results[0].level).toBe('note')
    const [issue] = JSON.parse(runCli(['a.md', '-f', 'gitlab'], { cwd: root }).stdout)
    expect(issue.severity).toBe('info')
    expect(runCli(['a.md', '-f', 'github'], { cwd: root }).stdout).toMatch(/^::notice file=a\.md,/)
    expect(runCli(['a.md', '-f', 'json', '-q'], { cwd: root }).stdout).not.toContain('straight quotes')
  })

  it('goes to the editor as a hint', async () => {
    const workspace = new Workspace()
    try {
      workspace.write('.newslintrc.yaml', 'rules:\n  quotes: suggestion\n')
      const client = await workspace.client()
      const uri = workspace.uri('artikel.md')
      await client.open(uri, QUOTE)
      const diagnostics = (await client.diagnosticsFor(uri, 1)).filter((d) => d.code === 'quotes')
      expect(diagnostics.map((d) => d.severity)).toEqual([DiagnosticSeverity.Hint])
    } finally {
      await workspace.dispose()
    }
  })
})
