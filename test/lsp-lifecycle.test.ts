import { spawn } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import type { Hover } from 'vscode-languageserver/node'
import { SERVER_COMMAND, WITH_QUOTES, workspacePerTest } from './helpers/lsp.js'

const workspace = workspacePerTest()

describe('documents without a local path', () => {
  // Another host, an encoded slash, an unsaved buffer: linted with the workspace's config all the same.
  it.each(['file://otherhost/share/b.md', 'file:///tmp/a%2Fb.md', 'untitled:Untitled-1'])(
    'lints %s and answers hover on it',
    async (uri) => {
      const client = await workspace().client()
      await client.open(uri, `${WITH_QUOTES}\n`)
      const hover = await client.request<Hover | null>('textDocument/hover', {
        textDocument: { uri },
        position: { line: 0, character: 22 }
      })
      expect(hover).not.toBeNull()
      expect((await client.diagnosticsFor(uri, 1)).map((diagnostic) => diagnostic.code)).toContain('quotes')
    }
  )
})

describe('framing', () => {
  it('drops a header without a length and its body, and reads the message after it', async () => {
    const client = await workspace().client()
    const uri = workspace().uri('artikel.md')
    const open = JSON.stringify({
      jsonrpc: '2.0',
      method: 'textDocument/didOpen',
      params: { textDocument: { uri, languageId: 'markdown', version: 1, text: `${WITH_QUOTES}\n` } }
    })
    client.child.stdin!.write(
      `Content-Type: ohne-laenge\r\n\r\n{"jsonrpc":"2.0","method":"initialized","params":{}}Content-Length: ${Buffer.byteLength(open)}\r\n\r\n${open}`
    )
    expect((await client.diagnosticsFor(uri, 1)).map((diagnostic) => diagnostic.code)).toContain('quotes')
  })
})

describe('before initialize', () => {
  // A request was answered with a result of null, as if the document had nothing to show; a shutdown
  // was taken, and the initialize after it refused.
  it('answers requests and shutdown with the protocol’s error for a server not yet initialized, then initializes', async () => {
    const server = spawn(SERVER_COMMAND[0], SERVER_COMMAND.slice(1), { cwd: workspace().root })
    const send = (id: number, method: string, params: unknown) => {
      const body = JSON.stringify({ jsonrpc: '2.0', id, method, params })
      server.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`)
    }
    type Answer = { error?: { code: number }; result?: unknown }
    const answers = new Map<number, Answer>()
    let output = Buffer.alloc(0)
    const initialized = new Promise<void>((resolve) =>
      server.stdout.on('data', (chunk: Buffer) => {
        output = Buffer.concat([output, chunk])
        for (;;) {
          const start = output.indexOf('\r\n\r\n')
          const length = Number(/Content-Length: (\d+)/.exec(output.subarray(0, Math.max(start, 0)).toString('latin1'))?.[1])
          if (start < 0 || output.length < start + 4 + length) break
          const message = JSON.parse(output.subarray(start + 4, start + 4 + length).toString('utf8')) as Answer & { id?: number }
          output = output.subarray(start + 4 + length)
          if (typeof message.id === 'number') answers.set(message.id, message)
          if (message.id === 3) resolve()
        }
      })
    )
    send(1, 'textDocument/hover', { textDocument: { uri: workspace().uri('a.md') }, position: { line: 0, character: 0 } })
    send(2, 'shutdown', null)
    send(3, 'initialize', { processId: null, rootUri: null, capabilities: {} })
    await initialized
    server.kill()
    expect(answers.get(1)).toMatchObject({ error: { code: -32002 } })
    expect(answers.get(2)).toMatchObject({ error: { code: -32002 } })
    expect(answers.get(3)).toMatchObject({ result: { capabilities: { hoverProvider: true } } })
  })
})

describe('shutdown', () => {
  it('refuses requests after shutdown and exits on exit', async () => {
    const client = await workspace().client()
    const uri = workspace().uri('artikel.md')
    await client.open(uri, `${WITH_QUOTES}\n`)
    await client.diagnosticsFor(uri, 1)
    await client.request('shutdown', null)
    const hover = client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 22 } })
    await expect(hover).rejects.toMatchObject({ code: -32600 })
    await expect(
      client.request('textDocument/codeAction', {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } },
        context: { diagnostics: [] }
      })
    ).rejects.toMatchObject({ code: -32600 })
    await expect(client.request('newslint/unbekannt', {})).rejects.toMatchObject({ code: -32600 })
    await client.connection.sendNotification('exit')
    expect(await client.exited).toBe(0)
  })
})
