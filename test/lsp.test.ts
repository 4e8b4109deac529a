import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { DiagnosticSeverity } from 'vscode-languageserver/node'
import { packagePath } from '../src/engine/lexicon.js'
import { CLEAN, quotes, WITH_QUOTES, workspacePerTest } from './helpers/lsp.js'

const workspace = workspacePerTest()

const ARTICLE = `# Neue Gespräche\n\n${CLEAN}\n\n${WITH_QUOTES}\n`

// Other rules may find things in the test text too; these tests follow the `quotes` findings.
describe('diagnostics', () => {
  it('reports findings on open with rule id, docs link, source and mapped severity', async () => {
    const client = await workspace().client()
    const uri = workspace().uri('artikel.md')
    await client.open(uri, ARTICLE)
    const [diagnostic, ...rest] = quotes(await client.diagnosticsFor(uri, 1))
    expect(rest).toEqual([])
    expect(diagnostic).toMatchObject({
      code: 'quotes',
      source: 'newslint',
      severity: DiagnosticSeverity.Warning,
      message: 'Gerade Anführungszeichen: „…“ setzen',
      range: { start: { line: 4, character: 20 }, end: { line: 4, character: 37 } }
    })
    expect(diagnostic.codeDescription?.href).toMatch(/\/rules\/quotes\.md$/)
    expect(existsSync(fileURLToPath(diagnostic.codeDescription!.href))).toBe(true)
  })

  it('lints markdown only, by the editor’s language or the file name, not every file a client sends', async () => {
    const client = await workspace().client()
    const config = workspace().uri('notes.yaml')
    const script = workspace().uri('build.sh')
    const article = workspace().uri('artikel.md')
    const scratch = 'untitled:Untitled-1'
    await client.open(config, ARTICLE, 1, 'yaml')
    await client.open(script, ARTICLE, 1, 'shellscript')
    await client.open(article, ARTICLE, 1, 'plaintext')
    await client.open(scratch, ARTICLE, 1, 'markdown')
    expect(await client.diagnosticsFor(config, 1)).toEqual([])
    expect(await client.diagnosticsFor(script, 1)).toEqual([])
    expect(quotes(await client.diagnosticsFor(article, 1))).toHaveLength(1)
    expect(quotes(await client.diagnosticsFor(scratch, 1))).toHaveLength(1)
  })

  it('maps error-level findings to error diagnostics', async () => {
    workspace().write('.newslintrc.yaml', 'rules:\n  quotes: error\n')
    const client = await workspace().client()
    const uri = workspace().uri('artikel.md')
    await client.open(uri, ARTICLE)
    const diagnostics = quotes(await client.diagnosticsFor(uri, 1))
    expect(diagnostics.map((d) => d.severity)).toEqual([DiagnosticSeverity.Error])
  })

  it('lints the unsaved buffer after incremental changes', async () => {
    // On disk the article is clean; only the editor's buffer has the straight quotes.
    workspace().write('artikel.md', `${CLEAN}\n`)
    const client = await workspace().client()
    const uri = workspace().uri('artikel.md')
    await client.open(uri, `${CLEAN}\n`)
    expect(quotes(await client.diagnosticsFor(uri, 1))).toEqual([])

    // Replace „…“ (characters 20 and 36) with straight quotes, as two incremental edits.
    await client.change(uri, 2, [
      { range: { start: { line: 0, character: 36 }, end: { line: 0, character: 37 } }, text: '"' },
      { range: { start: { line: 0, character: 20 }, end: { line: 0, character: 21 } }, text: '"' }
    ])
    const [diagnostic] = quotes(await client.diagnosticsFor(uri, 2))
    expect(diagnostic.range).toEqual({ start: { line: 0, character: 20 }, end: { line: 0, character: 37 } })

    await client.change(uri, 3, [
      { range: { start: { line: 0, character: 20 }, end: { line: 0, character: 37 } }, text: '„Wir prüfen das.“' }
    ])
    expect(quotes(await client.diagnosticsFor(uri, 3))).toEqual([])
  })

  it('answers a burst of keystrokes with diagnostics for the last version, not one publication per key', async () => {
    const client = await workspace().client()
    const uri = workspace().uri('artikel.md')
    await client.open(uri, `${CLEAN}\n`)
    await client.diagnosticsFor(uri, 1)
    const before = client.published.length
    // A sentence typed key by key, as fast as the pipe takes it.
    const typed = ' Dann sagte er noch: "Wir warten ab."'
    for (let i = 0; i < typed.length; i++) {
      const character = CLEAN.length + i
      await client.change(uri, i + 2, [{ range: { start: { line: 0, character }, end: { line: 0, character } }, text: typed[i] }])
    }
    const last = typed.length + 1
    const final = quotes(await client.diagnosticsFor(uri, last))
    expect(final.map((d) => d.range.start.character)).toEqual([CLEAN.length + typed.indexOf('"')])
    expect(client.published.length - before).toBeLessThan(10)
  })

  it('runs as `newslint lsp --stdio` too', async () => {
    const client = await workspace().client({
      command: [process.execPath, packagePath('dist', 'src', 'bin', 'newslint.js'), 'lsp', '--stdio']
    })
    const uri = workspace().uri('artikel.md')
    await client.open(uri, ARTICLE)
    expect(quotes(await client.diagnosticsFor(uri, 1))).toHaveLength(1)
  })

  it('clears the diagnostics of a closed document', async () => {
    const client = await workspace().client()
    const uri = workspace().uri('artikel.md')
    await client.open(uri, ARTICLE)
    await client.diagnosticsFor(uri, 1)
    await client.close(uri)
    const cleared = await client.diagnostics(uri, (params) => params.diagnostics.length === 0)
    expect(cleared.diagnostics).toEqual([])
  })
})
