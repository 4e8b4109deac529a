import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, realpathSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LspClient } from '../../../scripts/lsp-client.js'

// The real package: `npm run package` builds the .vsix with vsce, and the server inside it is
// started from an unpacked copy, far from this repository, as VS Code would start it.
const extension = dirname(dirname(fileURLToPath(import.meta.url)))
const seedPath = join(extension, '..', '..', 'fixtures', 'seed', 'kim-putin-waffendeal.md')
let unpacked: string
let files: string[]

/** The seed's findings from the repository's own command line, as `rule line:column message`. */
function cliFindings(): string[] {
  const cli = join(extension, '..', '..', 'dist', 'src', 'bin', 'newslint.js')
  const result = spawnSync(process.execPath, [cli, '--format', 'json', seedPath], { encoding: 'utf8' })
  const [file] = JSON.parse(result.stdout) as Array<{ messages: Array<{ ruleId: string; line: number; column: number; message: string }> }>
  return file.messages.map((m) => `${m.ruleId} ${m.line}:${m.column} ${m.message}`)
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
}

beforeAll(() => {
  execFileSync('npm', ['run', 'package'], { cwd: extension, stdio: 'pipe' })
  unpacked = realpathSync(mkdtempSync(join(tmpdir(), 'newslint-vsix-')))
  // A .vsix is a zip file; Python's zipfile (on every machine that builds newslint) unpacks it.
  execFileSync('python3', ['-m', 'zipfile', '-e', join(extension, 'newslint.vsix'), unpacked])
  files = listFiles(join(unpacked, 'extension'))
}, 240_000)

describe('the packaged extension', () => {
  it('holds the bundled client and server and no node_modules', () => {
    expect(files).toContain('dist/extension.cjs')
    expect(files).toContain('server/newslint-lsp.js')
    expect(files).toContain('server/worker.js')
    expect(files).toContain('server/lexicons/de/hedges.yaml')
    expect(files.filter((file) => file.includes('node_modules'))).toEqual([])
    const manifest = JSON.parse(readFileSync(join(unpacked, 'extension', 'package.json'), 'utf8')) as {
      main: string
      engines: { vscode: string }
      activationEvents: string[]
      contributes: { codeActions: Array<{ actions: { kind: string } }> }
    }
    expect(files).toContain(manifest.main.replace(/^\.\//, ''))
    expect(manifest.activationEvents).toContain('onLanguage:markdown')
    expect(manifest.contributes.codeActions[0].actions.kind).toBe('source.fixAll.newslint')
  })

  describe('its bundled server, started as the extension starts it', () => {
    let client: LspClient
    afterAll(async () => client?.stop())

    it('reports on the seed article exactly what the command line of this repository reports', async () => {
      const workspace = realpathSync(mkdtempSync(join(tmpdir(), 'newslint-vsix-ws-')))
      const server = join(unpacked, 'extension', 'server', 'newslint-lsp.js')
      // TransportKind.stdio with a module: the client runs it with Node and adds --stdio.
      client = await LspClient.start({ command: [process.execPath, server, '--stdio'], cwd: workspace })
      const uri = pathToFileURL(join(workspace, 'artikel.md')).href
      await client.open(uri, readFileSync(seedPath, 'utf8'))
      const diagnostics = await client.diagnosticsFor(uri, 1, 20_000)
      const seen = diagnostics.map((d) => `${d.code} ${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`)
      expect(seen.length).toBeGreaterThan(10)
      expect(seen.sort()).toEqual(cliFindings().sort())
    })
  })
})
