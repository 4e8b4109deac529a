import { afterEach, beforeEach } from 'vitest'
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { TextDocument } from 'vscode-languageserver-textdocument'
import type { TextEdit, WorkspaceEdit } from 'vscode-languageserver/node'
import { type ClientOptions, LspClient } from '../../scripts/lsp-client.js'
import { packagePath } from '../../src/engine/lexicon.js'

// The real, built server (test/setup/build.ts rebuilds it when the sources are newer).
export const SERVER_COMMAND = [process.execPath, packagePath('dist', 'src', 'bin', 'newslint-lsp.js'), '--stdio']

/** A throwaway workspace (bounded like a repository, so no config above it applies). */
export class Workspace {
  readonly root = realpathSync(mkdtempSync(join(tmpdir(), 'newslint-lsp-')))
  private readonly clients: LspClient[] = []

  constructor() {
    mkdirSync(join(this.root, '.git'))
  }

  write(path: string, text: string): string {
    const file = join(this.root, path)
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, text)
    return file
  }

  uri(path: string): string {
    return pathToFileURL(join(this.root, path)).href
  }

  async client(options: Partial<ClientOptions> = {}): Promise<LspClient> {
    const client = await LspClient.start({ command: SERVER_COMMAND, cwd: this.root, ...options })
    this.clients.push(client)
    return client
  }

  async dispose(): Promise<void> {
    await Promise.all(this.clients.map((client) => client.stop()))
    rmSync(this.root, { recursive: true, force: true })
  }
}

/** German text with one pair of straight quotes (a `quotes` finding) on `line` (0-based) of the result. */
/** A fresh workspace for every test of the file that calls this (at its top level), disposed after the test. */
export function workspacePerTest(): () => Workspace {
  let workspace: Workspace | undefined
  beforeEach(() => {
    workspace = new Workspace()
  })
  afterEach(async () => {
    await workspace?.dispose()
  })
  return () => workspace!
}

/** The findings of the `quotes` rule among the diagnostics. */
export const quotes = <D extends { code?: unknown }>(diagnostics: D[]) => diagnostics.filter((d) => d.code === 'quotes')

export const WITH_QUOTES = 'Der Minister sagte: "Wir prüfen das." Mehr wollte er nicht sagen.'
export const CLEAN = 'Der Minister sagte: „Wir prüfen das.“ Mehr wollte er nicht sagen.'

/** The text after a code action's edit, whichever form (`changes` or `documentChanges`) it takes. */
export function applyWorkspaceEdit(uri: string, text: string, edit: WorkspaceEdit): string {
  const edits =
    edit.changes?.[uri] ??
    (edit.documentChanges ?? []).flatMap((change) =>
      'edits' in change && change.textDocument.uri === uri ? (change.edits as TextEdit[]) : []
    )
  return TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 0, text), edits)
}
