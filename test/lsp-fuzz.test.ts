import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { TextDocument } from 'vscode-languageserver-textdocument'
import type { CodeAction, Hover } from 'vscode-languageserver/node'
import { delay } from '../scripts/lsp-client.js'
import { propertyParameters } from './helpers/arbitrary-article.js'
import { CLEAN, quotes, WITH_QUOTES, workspacePerTest } from './helpers/lsp.js'

// The real server process against generated traffic: JSON-RPC messages of every shape, requests
// for documents never opened, edits and closes interleaved. It must stay up and keep answering
// correctly.

const workspace = workspacePerTest()

// Every method a client may send, except the two that end the server on purpose.
const METHODS = [
  'initialize',
  'initialized',
  'textDocument/didOpen',
  'textDocument/didChange',
  'textDocument/didClose',
  'textDocument/didSave',
  'textDocument/hover',
  'textDocument/codeAction',
  'textDocument/completion',
  'workspace/didChangeWatchedFiles',
  'workspace/didChangeConfiguration',
  '$/cancelRequest',
  '$/setTrace',
  'codeAction/resolve',
  'newslint/unknown'
]

const position = fc.record({
  line: fc.oneof(fc.integer({ min: -2, max: 5 }), fc.constant(2 ** 31)),
  character: fc.oneof(fc.integer({ min: -2, max: 80 }), fc.constant(2 ** 31))
})
const range = fc.record({ start: position, end: position })
const uri = fc.oneof(
  fc.constantFrom('file:///nirgends.md', 'untitled:Neu-1', 'file:///', 'http://x/y.md', '', 'file:///%zz.md'),
  fc.string({ maxLength: 12 })
)
const anyValue = fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constant(undefined))
const params = fc.oneof(
  anyValue,
  fc.record(
    {
      textDocument: fc.record(
        { uri, version: fc.oneof(fc.integer(), fc.string()), text: fc.oneof(fc.string(), fc.integer()), languageId: fc.string() },
        { requiredKeys: [] }
      ),
      position,
      range,
      contentChanges: fc.array(fc.record({ range, text: fc.string() }, { requiredKeys: [] }), { maxLength: 3 }),
      context: fc.record(
        { diagnostics: fc.array(anyValue, { maxLength: 2 }), only: fc.array(fc.string(), { maxLength: 2 }) },
        { requiredKeys: [] }
      ),
      changes: fc.array(fc.record({ uri, type: fc.integer({ min: 0, max: 4 }) }), { maxLength: 2 })
    },
    { requiredKeys: [] }
  )
)
const message = fc.record(
  {
    jsonrpc: fc.constantFrom('2.0', '1.0', 2),
    id: fc.oneof(fc.integer(), fc.string({ maxLength: 5 }), fc.constant(null)),
    method: fc.oneof(fc.constantFrom(...METHODS), fc.string({ maxLength: 10 })),
    params,
    result: anyValue,
    error: anyValue
  },
  { requiredKeys: [] }
)
/** A framed message, or the damaged frames a broken client or pipe produces. */
const frame = fc
  .oneof(
    { weight: 8, arbitrary: message.map((body) => JSON.stringify(body)) },
    { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
    { weight: 1, arbitrary: message.map((body) => JSON.stringify(body).slice(0, -3)) }
  )
  .map((body) => `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`)

describe('language server under generated traffic', () => {
  it('survives generated JSON-RPC messages and then answers correctly', async () => {
    const client = await workspace().client()
    const frames = fc
      .sample(fc.array(frame, { minLength: 20, maxLength: 20 }), { numRuns: 10, seed: propertyParameters().seed ?? Date.now() })
      .flat()
    for (const text of frames) client.child.stdin!.write(text)
    const uri = workspace().uri('artikel.md')
    await client.open(uri, `${WITH_QUOTES}\n`)
    expect(quotes(await client.diagnosticsFor(uri, 1))).toHaveLength(1)
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 22 } })
    expect(hover).not.toBeNull()
    expect(client.child.exitCode).toBeNull()
  }, 120_000)

  it('answers requests for documents it was never given', async () => {
    const client = await workspace().client()
    const never = workspace().uri('nie-geoeffnet.md')
    workspace().write('nie-geoeffnet.md', `${WITH_QUOTES}\n`)
    const at = { line: 0, character: 22 }
    expect(await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: never }, position: at })).toBeNull()
    expect(
      await client.request<CodeAction[] | null>('textDocument/codeAction', {
        textDocument: { uri: never },
        range: { start: at, end: at },
        context: { diagnostics: [] }
      })
    ).toEqual([])
    await client.change(never, 2, [{ text: WITH_QUOTES }])
    await client.close(never)
    expect(client.published.filter((params) => params.uri === never).flatMap((params) => params.diagnostics)).toEqual([])
    expect(client.child.exitCode).toBeNull()
  })

  it('interleaved opens, edits, closes and requests end with diagnostics for the final texts only', async () => {
    const client = await workspace().client()
    const names = ['a.md', 'b.md', 'c.md']
    const operation = fc.oneof(
      fc.record({
        kind: fc.constant('open' as const),
        doc: fc.nat(2),
        text: fc.constantFrom(WITH_QUOTES, CLEAN, `${WITH_QUOTES}\n\n${WITH_QUOTES}`, '')
      }),
      fc.record({
        kind: fc.constant('edit' as const),
        doc: fc.nat(2),
        at: fc.nat(),
        length: fc.nat(8),
        text: fc.constantFrom('"', '„', 'x', '\n', '\r\n', '😀', 'ü', '', ' "Ja." ')
      }),
      fc.record({ kind: fc.constant('close' as const), doc: fc.nat(2) }),
      fc.record({ kind: fc.constant('hover' as const), doc: fc.nat(2), at: fc.nat() }),
      fc.record({ kind: fc.constant('pause' as const), ms: fc.integer({ min: 0, max: 30 }) })
    )
    const [operations] = fc.sample(fc.array(operation, { minLength: 60, maxLength: 60 }), {
      numRuns: 1,
      seed: propertyParameters().seed ?? Date.now()
    })
    const open = new Map<string, TextDocument>()
    const requests: Array<Promise<unknown>> = []
    for (const op of operations) {
      if (op.kind === 'pause') {
        await delay(op.ms)
        continue
      }
      const uri = workspace().uri(names[op.doc])
      const document = open.get(uri)
      if (op.kind === 'open' && !document) {
        open.set(uri, TextDocument.create(uri, 'markdown', 1, op.text))
        await client.open(uri, op.text)
      } else if (op.kind === 'edit' && document) {
        const start = document.positionAt(op.at % (document.getText().length + 1))
        const end = document.positionAt(document.offsetAt(start) + op.length)
        const change = { range: { start, end }, text: op.text }
        const version = document.version + 1
        // update() changes the document in place and returns it.
        open.set(uri, TextDocument.update(document, [change], version))
        await client.change(uri, version, [change])
      } else if (op.kind === 'close' && document) {
        open.delete(uri)
        await client.close(uri)
      } else if (op.kind === 'hover') {
        requests.push(
          client.request('textDocument/hover', {
            textDocument: { uri },
            position: document?.positionAt(op.at % (document.getText().length + 1)) ?? { line: 0, character: 0 }
          })
        )
      }
    }
    await Promise.all(requests)
    for (const [uri, document] of open) {
      const final = await client.diagnosticsFor(uri, document.version)
      // The same text opened fresh gives the same findings: no edit was lost or misplaced.
      const check = workspace().uri(`kontrolle-${names.findIndex((name) => uri.endsWith(name))}.md`)
      await client.open(check, document.getText())
      expect(quotes(final).map((d) => d.range)).toEqual(quotes(await client.diagnosticsFor(check, 1)).map((d) => d.range))
    }
    await delay(1000)
    for (const name of names) {
      const uri = workspace().uri(name)
      const last = client.published.filter((params) => params.uri === uri).at(-1)
      // A closed document's problems disappear and stay gone.
      if (!open.has(uri) && last) expect(last.diagnostics).toEqual([])
    }
    expect(client.child.exitCode).toBeNull()
  }, 120_000)
})
