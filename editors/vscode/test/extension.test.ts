import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'

// VS Code cannot be installed here: `vscode` is stood in for by the little the extension uses,
// and the language client records what it was started with.
const state = vi.hoisted(() => ({
  settings: {} as Record<string, unknown>,
  folders: [] as string[],
  trusted: true,
  trustListeners: [] as Array<() => void>,
  output: [] as string[],
  statusItems: [] as Array<{ text: string; shown: boolean }>,
  clients: [] as Array<{ serverOptions: unknown; clientOptions: { documentSelector: unknown }; started: boolean; stopped: boolean }>
}))

vi.mock('vscode', () => ({
  workspace: {
    getConfiguration: () => ({ get: (key: string, fallback: unknown) => state.settings[key] ?? fallback }),
    get workspaceFolders() {
      return state.folders.map((fsPath) => ({ uri: { fsPath } }))
    },
    get isTrusted() {
      return state.trusted
    },
    onDidGrantWorkspaceTrust: (listener: () => void) => {
      state.trustListeners.push(listener)
      return { dispose() {} }
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
      this.record = { serverOptions, clientOptions, started: false, stopped: false }
      state.clients.push(this.record)
    }
    record: (typeof state.clients)[number]
    async start() {
      this.record.started = true
    }
    async stop() {
      this.record.stopped = true
    }
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
function workspaceWithNewslint(folder = tempDir()): { folder: string; program: string } {
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
  state.trusted = true
  state.trustListeners = []
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

/** An extension folder holding the bundled server, as the package lays it out. */
function extensionWithBundledServer(): { extension: string; bundled: string } {
  const extension = tempDir()
  mkdirSync(join(extension, 'server'))
  writeFileSync(join(extension, 'server', 'newslint-lsp.js'), '')
  return { extension, bundled: join(extension, 'server', 'newslint-lsp.js') }
}

/** The program the extension starts for a workspace of one folder, and its bundled server's path. */
async function startedFor(folder: string): Promise<{ module: unknown; bundled: string }> {
  const { extension, bundled } = extensionWithBundledServer()
  state.folders = [folder]
  await activate(context(extension))
  return { module: (state.clients[0].serverOptions as { run: { module: unknown } }).run.module, bundled }
}

function git(cwd: string, ...args: string[]): void {
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], {
    cwd,
    stdio: 'pipe',
    env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' }
  })
}

describe('a workspace whose files anyone may commit', () => {
  it('runs the bundled server in Restricted Mode, never the workspace one, and says why in the output', async () => {
    const { folder } = workspaceWithNewslint()
    const { extension, bundled } = extensionWithBundledServer()
    state.folders = [folder]
    state.trusted = false
    await activate(context(extension))
    expect(state.clients).toHaveLength(1)
    expect(state.clients[0].serverOptions).toMatchObject({ run: { module: bundled }, debug: { module: bundled } })
    expect(state.output.join('\n')).toContain('Restricted Mode')
  })

  it("restarts with the workspace's own server once the workspace is trusted", async () => {
    const { folder, program } = workspaceWithNewslint()
    const { extension } = extensionWithBundledServer()
    state.folders = [folder]
    state.trusted = false
    await activate(context(extension))
    state.trusted = true
    for (const listener of state.trustListeners) listener()
    await vi.waitFor(() => expect(state.clients).toHaveLength(2))
    await vi.waitFor(() => expect(state.clients[1].started).toBe(true))
    expect(state.clients[0].stopped).toBe(true)
    expect(state.clients[1].serverOptions).toMatchObject({ run: { module: program } })
  })

  it('never runs a newslint that git tracks under node_modules (a commit brought it), even when trusted', async () => {
    const { folder } = workspaceWithNewslint()
    git(folder, 'init', '-q')
    writeFileSync(join(folder, '.gitignore'), 'node_modules/\n')
    git(folder, 'add', '.gitignore')
    git(folder, 'add', '-f', 'node_modules/.bin/newslint-lsp')
    git(folder, 'commit', '-qm', 'a program of the committer')
    const { module, bundled } = await startedFor(folder)
    expect(module).toBe(bundled)
    expect(state.output.join('\n')).toContain('git tracks files under its node_modules')
  })

  it('does not run the workspace newslint when git cannot say what it tracks (a corrupt index)', async () => {
    const { folder } = workspaceWithNewslint()
    git(folder, 'init', '-q')
    writeFileSync(join(folder, '.git', 'index'), 'not an index')
    const { module, bundled } = await startedFor(folder)
    expect(module).toBe(bundled)
  })

  it("never runs a newslint whose program lies in the repository's own files (a file: dependency)", async () => {
    const folder = tempDir()
    mkdirSync(join(folder, 'tools', 'newslint'), { recursive: true })
    writeFileSync(join(folder, 'tools', 'newslint', 'lsp.js'), '')
    mkdirSync(join(folder, 'node_modules', '.bin'), { recursive: true })
    symlinkSync('../tools/newslint', join(folder, 'node_modules', 'newslint'))
    symlinkSync('../newslint/lsp.js', join(folder, 'node_modules', '.bin', 'newslint-lsp'))
    const { module, bundled } = await startedFor(folder)
    expect(module).toBe(bundled)
    expect(state.output.join('\n')).toContain('outside node_modules')
  })

  it('asks the repository around a committed folder laid out as a bare repository, not that folder', async () => {
    const repo = tempDir()
    git(repo, 'init', '-q')
    const site = join(repo, 'site')
    for (const dir of ['objects', 'refs']) mkdirSync(join(site, dir), { recursive: true })
    writeFileSync(join(site, 'HEAD'), 'ref: refs/heads/main\n')
    writeFileSync(join(site, 'config'), '[core]\n\tbare = false\n\tworktree = .\n')
    workspaceWithNewslint(site)
    git(repo, 'add', '-f', '.')
    git(repo, 'commit', '-qm', 'a program of the committer')
    const { module, bundled } = await startedFor(site)
    expect(module).toBe(bundled)
  })

  it('counts node_modules tracked under another case of its name (a case-insensitive checkout)', async () => {
    const { folder } = workspaceWithNewslint()
    git(folder, 'init', '-q')
    mkdirSync(join(folder, 'Node_Modules'))
    writeFileSync(join(folder, 'Node_Modules', 'newslint-lsp'), '')
    git(folder, 'add', '-f', 'Node_Modules')
    git(folder, 'commit', '-qm', 'a program of the committer')
    const { module, bundled } = await startedFor(folder)
    expect(module).toBe(bundled)
  })

  it('runs the newslint npm installed in a git repository that ignores node_modules', async () => {
    const { folder, program } = workspaceWithNewslint()
    git(folder, 'init', '-q')
    writeFileSync(join(folder, '.gitignore'), 'node_modules/\n')
    git(folder, 'add', '.')
    git(folder, 'commit', '-qm', 'articles')
    expect((await startedFor(folder)).module).toBe(program)
  })

  it('declares limited support for untrusted workspaces in its manifest', () => {
    const manifest = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8')) as {
      capabilities: { untrustedWorkspaces: { supported: unknown; description: string } }
    }
    expect(manifest.capabilities.untrustedWorkspaces.supported).toBe('limited')
    expect(manifest.capabilities.untrustedWorkspaces.description).toContain('bundled')
  })
})
