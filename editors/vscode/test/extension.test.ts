import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'

// VS Code cannot be installed here: `vscode` is stood in for by the little the extension uses,
// and the language client records what it was started with.
const state = vi.hoisted(() => ({
  settings: {} as Record<string, unknown>,
  folders: [] as string[],
  output: [] as string[],
  statusItems: [] as Array<{ text: string; shown: boolean }>,
  clients: [] as Array<{ serverOptions: unknown; clientOptions: { documentSelector: unknown }; started: boolean }>
}))

vi.mock('vscode', () => ({
  workspace: {
    getConfiguration: () => ({ get: (key: string, fallback: unknown) => state.settings[key] ?? fallback }),
    get workspaceFolders() {
      return state.folders.map((fsPath) => ({ uri: { fsPath } }))
    }
  },
  window: {
    createOutputChannel: () => ({ appendLine: (line: string) => state.output.push(line), dispose() {} }),
    createStatusBarItem: () => {
      const item = { text: '', tooltip: '', command: '', shown: false, show: () => void (item.shown = true), dispose() {} }
      state.statusItems.push(item)
      return item
    }
  },
  StatusBarAlignment: { Left: 1, Right: 2 }
}))

vi.mock('vscode-languageclient/node', () => ({
  TransportKind: { stdio: 0, ipc: 1 },
  LanguageClient: class {
    constructor(_id: string, _name: string, serverOptions: unknown, clientOptions: { documentSelector: unknown }) {
      state.clients.push({ serverOptions, clientOptions, started: false })
    }
    async start() {
      state.clients[state.clients.length - 1].started = true
    }
    async stop() {}
  }
}))

const { activate } = await import('../src/extension.js')

function context(extensionPath: string) {
  return { extensionPath, subscriptions: [] as unknown[] } as unknown as Parameters<typeof activate>[0]
}

function tempDir(): string {
  return realpathSync(mkdtempSync(join(tmpdir(), 'newslint-vscode-')))
}

/** A workspace with newslint installed, as npm lays out its program link. */
function workspaceWithNewslint(): { folder: string; program: string } {
  const folder = tempDir()
  const program = join(folder, 'node_modules', 'newslint', 'dist', 'src', 'bin', 'newslint-lsp.js')
  mkdirSync(join(folder, 'node_modules', 'newslint', 'dist', 'src', 'bin'), { recursive: true })
  mkdirSync(join(folder, 'node_modules', '.bin'))
  writeFileSync(program, '')
  symlinkSync('../newslint/dist/src/bin/newslint-lsp.js', join(folder, 'node_modules', '.bin', 'newslint-lsp'))
  return { folder, program }
}

beforeEach(() => {
  state.settings = {}
  state.folders = []
  state.output = []
  state.statusItems = []
  state.clients = []
})

describe('activate', () => {
  it("starts the workspace's own newslint server over stdio for markdown files and unsaved buffers", async () => {
    const { folder, program } = workspaceWithNewslint()
    state.folders = [folder]
    await activate(context(tempDir()))
    expect(state.clients).toHaveLength(1)
    const [client] = state.clients
    expect(client.started).toBe(true)
    expect(client.serverOptions).toEqual({ run: { module: program, transport: 0 }, debug: { module: program, transport: 0 } })
    expect(client.clientOptions.documentSelector).toEqual([
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' }
    ])
  })

  it('falls back to the server bundled with the extension', async () => {
    const extension = tempDir()
    mkdirSync(join(extension, 'server'))
    writeFileSync(join(extension, 'server', 'newslint-lsp.js'), '')
    state.folders = [tempDir()]
    await activate(context(extension))
    expect(state.clients[0].serverOptions).toMatchObject({ run: { module: join(extension, 'server', 'newslint-lsp.js') } })
  })

  it('uses the newslint.serverPath setting before anything else', async () => {
    const { folder } = workspaceWithNewslint()
    const custom = join(tempDir(), 'my-newslint-lsp.js')
    writeFileSync(custom, '')
    state.folders = [folder]
    state.settings = { serverPath: custom }
    await activate(context(tempDir()))
    expect(state.clients[0].serverOptions).toMatchObject({ run: { module: custom } })
  })

  it('says so in the status bar and the output when no server is found, and starts nothing', async () => {
    state.settings = { serverPath: '/nowhere/newslint-lsp' }
    await activate(context(tempDir()))
    expect(state.clients).toEqual([])
    expect(state.statusItems).toMatchObject([{ text: '$(warning) newslint: no server', shown: true }])
    expect(state.output.join('\n')).toContain('/nowhere/newslint-lsp, which does not exist')
    expect(state.output.join('\n')).toContain('npm install --save-dev newslint')
  })

  it('starts nothing when newslint.enable is off', async () => {
    state.folders = [workspaceWithNewslint().folder]
    state.settings = { enable: false }
    await activate(context(tempDir()))
    expect(state.clients).toEqual([])
  })
})
