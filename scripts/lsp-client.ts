import { type ChildProcess, spawn } from 'node:child_process'
import { pathToFileURL } from 'node:url'
import { type MessageConnection, StreamMessageReader, StreamMessageWriter, createMessageConnection } from 'vscode-jsonrpc/node'
import type {
  ClientCapabilities,
  Diagnostic,
  PublishDiagnosticsParams,
  Registration,
  TextDocumentContentChangeEvent
} from 'vscode-languageserver/node'

// A minimal LSP client over a real server process's stdio, for the tests and the benchmark.

export interface ClientOptions {
  /** The server command, e.g. [node, 'dist/src/bin/newslint-lsp.js', '--stdio']. */
  command: string[]
  cwd: string
  root?: string
  capabilities?: ClientCapabilities
  /** The process id the server watches; it exits when that process is gone. */
  processId?: number | null
}

export class LspClient {
  readonly published: PublishDiagnosticsParams[] = []
  readonly registrations: Registration[] = []
  readonly log: string[] = []
  readonly exited: Promise<number | null>
  private readonly listeners = new Set<() => void>()

  private constructor(
    readonly child: ChildProcess,
    readonly connection: MessageConnection
  ) {
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)))
    // Requests still waiting when the server is gone fail instead of hanging.
    child.once('close', () => connection.dispose())
    child.stderr!.on('data', (chunk: Buffer) => this.log.push(chunk.toString()))
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.published.push(params)
      for (const listener of this.listeners) listener()
    })
    connection.onNotification('window/logMessage', (params: { message: string }) => void this.log.push(params.message))
    connection.onRequest('client/registerCapability', (params: { registrations: Registration[] }) => {
      this.registrations.push(...params.registrations)
      return null
    })
    connection.onRequest('workspace/configuration', () => [])
    // A dead server must not crash the test process through a write to a closed pipe.
    connection.onError(() => undefined)
    connection.listen()
  }

  static async start(options: ClientOptions): Promise<LspClient> {
    const [command, ...args] = options.command
    const child = spawn(command, args, { cwd: options.cwd, stdio: ['pipe', 'pipe', 'pipe'] })
    child.stdin!.on('error', () => undefined)
    const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!))
    const client = new LspClient(child, connection)
    const root = options.root ?? options.cwd
    await connection.sendRequest('initialize', {
      processId: options.processId === undefined ? process.pid : options.processId,
      rootUri: pathToFileURL(root).href,
      workspaceFolders: [{ uri: pathToFileURL(root).href, name: 'workspace' }],
      capabilities: options.capabilities ?? {}
    })
    await connection.sendNotification('initialized', {})
    return client
  }

  open(uri: string, text: string, version = 1, languageId = 'markdown'): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } })
  }

  change(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): Promise<void> {
    return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes })
  }

  close(uri: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } })
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest<R>(method, params)
  }

  /** The first diagnostics for `uri` (published from now on, or already) that satisfy `accept`. */
  diagnostics(
    uri: string,
    accept: (params: PublishDiagnosticsParams) => boolean = () => true,
    timeout = 20000,
    since = 0
  ): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve, reject) => {
      let seen = since
      const check = () => {
        for (; seen < this.published.length; seen++) {
          const params = this.published[seen]
          if (params.uri === uri && accept(params)) {
            cleanup()
            resolve(params)
            return
          }
        }
      }
      const timer = setTimeout(() => {
        cleanup()
        reject(
          new Error(
            `no matching diagnostics for ${uri} within ${timeout} ms; got ${JSON.stringify(this.published.filter((p) => p.uri === uri).slice(-3))}; server log: ${this.log.join('').slice(-2000)}`
          )
        )
      }, timeout)
      const cleanup = () => {
        clearTimeout(timer)
        this.listeners.delete(check)
      }
      this.listeners.add(check)
      check()
    })
  }

  /** Diagnostics for this exact document version. */
  diagnosticsFor(uri: string, version: number, timeout?: number): Promise<Diagnostic[]> {
    return this.diagnostics(uri, (params) => params.version === version, timeout).then((params) => params.diagnostics)
  }

  /** A polite shutdown; the process is killed if it does not exit. */
  async stop(): Promise<void> {
    if (this.child.exitCode === null) {
      try {
        await Promise.race([this.connection.sendRequest('shutdown'), delay(3000)])
        await this.connection.sendNotification('exit')
      } catch {
        // Already gone.
      }
      const timer = setTimeout(() => this.child.kill('SIGKILL'), 3000)
      await this.exited
      clearTimeout(timer)
    }
  }
}

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}
