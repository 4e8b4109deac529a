import { mkdirSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DiagnosticSeverity, FileChangeType } from 'vscode-languageserver/node'
import type { LspClient } from '../scripts/lsp-client.js'
import { CLEAN, WITH_QUOTES, workspacePerTest } from './helpers/lsp.js'

const workspace = workspacePerTest()

const ARTICLE = `${CLEAN}\n\n${WITH_QUOTES}\n`

/** Write a watched file and tell the server, as an editor's file watcher would. */
async function writeWatched(client: LspClient, path: string, text: string): Promise<number> {
  workspace().write(path, text)
  const mark = client.published.length
  await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
    changes: [{ uri: workspace().uri(path), type: FileChangeType.Changed }]
  })
  return mark
}

function quoteSeverities(
  client: LspClient,
  uri: string,
  since: number,
  accept: (severities: Array<DiagnosticSeverity | undefined>) => boolean
) {
  const severities = (diagnostics: Array<{ code?: unknown; severity?: DiagnosticSeverity }>) =>
    diagnostics.filter((d) => d.code === 'quotes').map((d) => d.severity)
  return client.diagnostics(uri, (params) => accept(severities(params.diagnostics)), 20000, since)
}

describe('configuration', () => {
  it('registers a watcher for config and ignore files when the client allows dynamic registration', async () => {
    const client = await workspace().client({ capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } } })
    const uri = workspace().uri('artikel.md')
    await client.open(uri, ARTICLE)
    await client.diagnosticsFor(uri, 1)
    const registration = client.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles')
    const pattern = (registration?.registerOptions as { watchers: Array<{ globPattern: string }> }).watchers[0].globPattern
    for (const name of ['.newslintrc.yaml', '.newslintrc.json', '.newslintignore', 'package.json']) expect(pattern).toContain(name)
  })

  it('applies the nearest config file', async () => {
    workspace().write('.newslintrc.yaml', 'rules:\n  quotes: error\n')
    workspace().write('archiv/.newslintrc.yaml', 'rules:\n  quotes: "off"\n')
    const client = await workspace().client()
    await client.open(workspace().uri('artikel.md'), ARTICLE)
    await client.open(workspace().uri('archiv/alt.md'), ARTICLE)
    const top = await client.diagnosticsFor(workspace().uri('artikel.md'), 1)
    const archive = await client.diagnosticsFor(workspace().uri('archiv/alt.md'), 1)
    expect(top.filter((d) => d.code === 'quotes').map((d) => d.severity)).toEqual([DiagnosticSeverity.Error])
    expect(archive.filter((d) => d.code === 'quotes')).toEqual([])
  })

  it('re-lints open documents when the config changes, without a restart', async () => {
    const client = await workspace().client()
    const uri = workspace().uri('artikel.md')
    await client.open(uri, ARTICLE)
    await quoteSeverities(client, uri, 0, (s) => s.length === 1 && s[0] === DiagnosticSeverity.Warning)

    let mark = await writeWatched(client, '.newslintrc.yaml', 'rules:\n  quotes: error\n')
    await quoteSeverities(client, uri, mark, (s) => s.length === 1 && s[0] === DiagnosticSeverity.Error)

    mark = await writeWatched(client, '.newslintrc.yaml', 'rules:\n  quotes: "off"\n')
    await quoteSeverities(client, uri, mark, (s) => s.length === 0)
  })

  it('reads a config created, edited or extended since at the next edit, from an editor that reports no file changes', async () => {
    const client = await workspace().client()
    const uri = workspace().uri('ressort/artikel.md')
    await client.open(uri, ARTICLE)
    await quoteSeverities(client, uri, 0, (s) => s.length === 1 && s[0] === DiagnosticSeverity.Warning)
    let version = 1
    /** Write a file as an editor or git would, without a word to the server, then type a letter. */
    const writeThenType = async (path: string, text: string) => {
      workspace().write(path, text)
      const mark = client.published.length
      await client.change(uri, ++version, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }])
      return mark
    }
    let mark = await writeThenType('ressort/.newslintrc.yaml', 'extends: ../basis.yaml\n')
    // The config extends a file that is not there yet: one config diagnostic.
    await client.diagnostics(uri, (params) => params.diagnostics.some((d) => d.code === 'config'), 20000, mark)
    mark = await writeThenType('basis.yaml', 'rules:\n  quotes: error\n')
    await quoteSeverities(client, uri, mark, (s) => s.length === 1 && s[0] === DiagnosticSeverity.Error)
    mark = await writeThenType('basis.yaml', 'rules:\n  quotes: "off"\n')
    await quoteSeverities(client, uri, mark, (s) => s.length === 0)
  })

  it('stops reporting on a document once .newslintignore lists it', async () => {
    const client = await workspace().client()
    const uri = workspace().uri('entwurf.md')
    await client.open(uri, ARTICLE)
    await quoteSeverities(client, uri, 0, (s) => s.length === 1)
    const mark = await writeWatched(client, '.newslintignore', 'entwurf.md\n')
    await client.diagnostics(uri, (params) => params.diagnostics.length === 0, 20000, mark)
  })

  it('shows a broken config as one diagnostic, stays up, and recovers when it is fixed', async () => {
    workspace().write('.newslintrc.yaml', 'rules:\n  quotes: loud\n')
    const client = await workspace().client()
    const uri = workspace().uri('artikel.md')
    await client.open(uri, ARTICLE)
    const [broken, ...rest] = await client.diagnosticsFor(uri, 1)
    expect(rest).toEqual([])
    expect(broken).toMatchObject({
      code: 'config',
      source: 'newslint',
      severity: DiagnosticSeverity.Error,
      range: { start: { line: 0, character: 0 } }
    })
    expect(broken.message).toContain('.newslintrc.yaml')
    expect(broken.message).toContain('loud')

    // Still serving: an edit is answered, with the same single diagnostic.
    await client.change(uri, 2, [{ text: `${ARTICLE}\nNoch ein Satz.\n` }])
    expect((await client.diagnosticsFor(uri, 2)).map((d) => d.code)).toEqual(['config'])

    const mark = await writeWatched(client, '.newslintrc.yaml', 'rules:\n  quotes: error\n')
    await quoteSeverities(client, uri, mark, (s) => s.length === 1 && s[0] === DiagnosticSeverity.Error)
    expect(client.child.exitCode).toBeNull()
  })

  /** Open the article and return the one diagnostic it gets: the config's, at its top. */
  async function onlyConfigDiagnostic(client: LspClient, uri: string) {
    await client.open(uri, ARTICLE)
    const [broken, ...rest] = await client.diagnosticsFor(uri, 1)
    expect(rest).toEqual([])
    expect(broken).toMatchObject({ code: 'config', severity: DiagnosticSeverity.Error })
    return broken
  }

  it('shows an ignore file that is a folder as a diagnostic and still answers hover requests', async () => {
    mkdirSync(join(workspace().root, '.newslintignore'))
    const client = await workspace().client()
    const uri = workspace().uri('artikel.md')
    const broken = await onlyConfigDiagnostic(client, uri)
    expect(broken.message).toContain(
      `${join(workspace().root, '.newslintignore')}: cannot read ignore file: unexpected folder, expected a regular file`
    )
    expect(await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 22 } })).toBeNull()
  })

  // A review: a looping link made the server drop the document's diagnostics and log a stack trace.
  it.each(['.newslintrc.json', '.newslintignore'])('shows a %s that links to itself as a diagnostic', async (name) => {
    symlinkSync(name, join(workspace().root, name))
    const broken = await onlyConfigDiagnostic(await workspace().client(), workspace().uri('artikel.md'))
    expect(broken.message).toContain(`${join(workspace().root, name)}: cannot read`)
    expect(broken.message).toContain('too many levels of links')
  })
})
