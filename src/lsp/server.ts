import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { TextDocument } from 'vscode-languageserver-textdocument'
import { updateDocument } from './batch-update.js'
import {
  type CodeAction,
  CodeActionKind,
  type Connection,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  ResponseError,
  StreamMessageReader,
  StreamMessageWriter,
  type InitializeError,
  type InitializeResult,
  TextDocumentSyncKind,
  TextDocuments,
  createConnection
} from 'vscode-languageserver/node'
import { CONFIG_NAMES, IGNORE_NAME } from '../config/config-file.js'
import { ConfigResolver } from '../config/resolver.js'
import { VERSION } from '../version.js'
import { FIX_ALL_KIND, editBuilder, fixAll, quickFixes } from './actions.js'
import { DocumentLinter } from './documents.js'
import { hoverAt } from './hover.js'
import { frameMessages } from './resync.js'
import { checkParams } from './checked-reader.js'

/** The files whose change means every open document must be checked again. */
const WATCHED_GLOB = `**/{${[...CONFIG_NAMES, IGNORE_NAME].join(',')}}`
const WATCHED_NAMES = new Set([...CONFIG_NAMES, IGNORE_NAME])

/** The language server on this process's stdin and stdout; it ends when the client goes away. */
export function startServer(input: NodeJS.ReadableStream = process.stdin, output: NodeJS.WritableStream = process.stdout): Connection {
  const log = (message: string) => connection.console.error(message)
  const framed = input.pipe(frameMessages(log))
  const writer = new StreamMessageWriter(output)
  const connection: Connection = createConnection(checkParams(new StreamMessageReader(framed), writer, log), writer)
  const documents = new TextDocuments({ create: TextDocument.create, update: updateDocument })
  let root: string | undefined
  let edit = editBuilder(false)
  let snippets = false
  let watchDynamically = false

  const linter = new DocumentLinter({
    documents,
    resolver: new ConfigResolver({ watch: true }),
    pathOf: (uri) => filePath(uri) ?? join(root ?? process.cwd(), 'untitled.md'),
    publish: (uri, version, diagnostics) =>
      void connection.sendDiagnostics({ uri, ...(version === undefined ? {} : { version }), diagnostics }),
    log: (message) => connection.console.error(message)
  })

  // After shutdown the protocol allows only `exit` (which the library handles): refuse the rest, run nothing more.
  // Before initialize it allows no request: the answer says so, as the protocol asks (-32002).
  let shutDown = false
  let initialized = false
  const refused = () =>
    shutDown
      ? new ResponseError(ErrorCodes.InvalidRequest, 'Unexpected request after shutdown, expected exit')
      : initialized
        ? undefined
        : new ResponseError(ErrorCodes.ServerNotInitialized, 'Unexpected request before initialize, expected initialize first')
  // Given streams, the library would end the process when they end; given a reader, that is ours to do.
  for (const event of ['end', 'close']) framed.once(event, () => process.exit(shutDown ? 0 : 1))

  // The protocol allows one initialize: a second would swap the workspace root under the open documents.
  connection.onInitialize((params): InitializeResult | ResponseError<InitializeError> => {
    if (shutDown)
      return new ResponseError(ErrorCodes.InvalidRequest, 'Unexpected initialize after shutdown, expected exit', { retry: false })
    if (initialized)
      return new ResponseError(ErrorCodes.InvalidRequest, 'Unexpected second initialize, expected one per session', { retry: false })
    initialized = true
    const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri
    root = folder ? filePath(folder) : undefined
    const workspaceEdit = params.capabilities.workspace?.workspaceEdit
    edit = editBuilder(workspaceEdit?.documentChanges === true)
    // Snippet edits travel only inside versioned document changes.
    snippets = workspaceEdit?.documentChanges === true && workspaceEdit.snippetEditSupport === true
    watchDynamically = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        hoverProvider: true
      },
      serverInfo: { name: 'newslint', version: VERSION }
    }
  })

  connection.onInitialized(() => {
    if (!watchDynamically) return
    connection.client
      .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: WATCHED_GLOB }] })
      .catch((error: Error) => connection.console.error(`newslint: cannot watch config files: ${error.message}`))
  })

  // Opening a document counts as a change of its content, so this covers both.
  documents.onDidChangeContent(({ document }) => linter.changed(document.uri))
  documents.onDidClose(({ document }) => linter.closed(document.uri))

  connection.onDidChangeWatchedFiles(({ changes }) => {
    if (changes.some((change) => WATCHED_NAMES.has(change.uri.slice(change.uri.lastIndexOf('/') + 1)))) linter.reconfigure()
  })

  connection.onCodeAction(async ({ textDocument, range, context }) => {
    const refusal = refused()
    if (refusal) return refusal
    const document = documents.get(textDocument.uri)
    const linted = await linter.current(textDocument.uri)
    if (!document || !linted || documents.get(textDocument.uri)?.version !== linted.version) return []
    const wants = (kind: string) => !context.only || context.only.some((only) => kind === only || kind.startsWith(`${only}.`))
    const actions: CodeAction[] = wants(CodeActionKind.QuickFix) ? quickFixes(document, linted, range, edit, snippets) : []
    if (wants(FIX_ALL_KIND) && linted.findings.some((finding) => finding.fix)) {
      const fixed = await linter.fixed(textDocument.uri)
      const action = fixed && fixed.version === document.version ? fixAll(document, fixed.output, edit) : undefined
      if (action) actions.push(action)
    }
    return actions
  })

  connection.onHover(async ({ textDocument, position }) => {
    const refusal = refused()
    if (refusal) return refusal
    const document = documents.get(textDocument.uri)
    const linted = await linter.current(textDocument.uri)
    if (!document || !linted || document.version !== linted.version) return null
    return hoverAt(document, linted.findings, position, linted.sources)
  })

  connection.onShutdown(() => {
    // Before initialize a shutdown is refused like any request: taken, it left the session unable to initialize.
    if (!initialized) return refused()
    shutDown = true
    linter.dispose()
  })
  connection.onRequest((method) => refused() ?? new ResponseError(ErrorCodes.MethodNotFound, `Unhandled method ${method}`))
  documents.listen(connection)
  connection.listen()
  return connection
}

/** The file a `file:` URI names; undefined for other schemes and for URIs no local path matches (another host, an encoded slash). */
function filePath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined
  try {
    return fileURLToPath(uri)
  } catch {
    return undefined
  }
}
