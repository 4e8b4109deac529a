import { describe, expect, it } from 'vitest'
import { MAX_MESSAGE_BYTES } from '../src/lsp/resync.js'
import { quotes, WITH_QUOTES, workspacePerTest } from './helpers/lsp.js'

// A client that gets a message's length wrong must not leave the server deaf to what comes next.

const workspace = workspacePerTest()

describe('message lengths the server cannot trust', () => {
  it('drops a message announced as larger than any document it lints, says so, and answers the next', async () => {
    const client = await workspace().client()
    // Announced as a terabyte: the server would wait for it, and hold it, forever.
    client.child.stdin!.write(`Content-Length: ${2 ** 40}\r\n\r\n{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{}}`)
    const uri = workspace().uri('artikel.md')
    await client.open(uri, `${WITH_QUOTES}\n`)
    expect(quotes(await client.diagnosticsFor(uri, 1))).toHaveLength(1)
    expect(client.log.join('')).toContain(`dropped a message of ${2 ** 40} bytes, more than the ${MAX_MESSAGE_BYTES} a message may have`)
    expect(client.child.exitCode).toBeNull()
  })

  it('takes the message right after one whose length was too short', async () => {
    const client = await workspace().client()
    const body = JSON.stringify({ jsonrpc: '2.0', method: 'newslint/unbekannt', params: { text: 'abcdef' } })
    client.child.stdin!.write(`Content-Length: ${Buffer.byteLength(body) - 4}\r\n\r\n${body}`)
    const uri = workspace().uri('artikel.md')
    await client.open(uri, `${WITH_QUOTES}\n`)
    expect(quotes(await client.diagnosticsFor(uri, 1))).toHaveLength(1)
  })
})

// The protocol reader threw at such a header after taking it, and from then on read every body as
// the next header: the server answered nothing more, shutdown and exit included.
describe('headers the protocol reader cannot read', () => {
  it('takes a message whose header has a line without a colon, and answers the next', async () => {
    const client = await workspace().client()
    const body = JSON.stringify({ jsonrpc: '2.0', method: 'newslint/unbekannt', params: {} })
    client.child.stdin!.write(`Content-Length: ${Buffer.byteLength(body)}\r\nGarbage\r\n\r\n${body}`)
    const uri = workspace().uri('artikel.md')
    await client.open(uri, `${WITH_QUOTES}\n`)
    expect(quotes(await client.diagnosticsFor(uri, 1))).toHaveLength(1)
    expect(client.child.exitCode).toBeNull()
  })

  // The reader searched on to the next message's blank line and lost that message too.
  it('takes a message whose header ends in bare line feeds, and answers the next', async () => {
    const client = await workspace().client()
    const body = JSON.stringify({ jsonrpc: '2.0', method: 'newslint/unbekannt', params: {} })
    client.child.stdin!.write(`Content-Length: ${Buffer.byteLength(body)}\n\n${body}`)
    const uri = workspace().uri('artikel.md')
    await client.open(uri, `${WITH_QUOTES}\n`)
    expect(quotes(await client.diagnosticsFor(uri, 1))).toHaveLength(1)
  })

  it('drops a message with two different lengths, says so, and answers the next', async () => {
    const client = await workspace().client()
    client.child.stdin!.write('Content-Length: 2\r\nContent-Length: 40\r\n\r\n{}')
    const uri = workspace().uri('artikel.md')
    await client.open(uri, `${WITH_QUOTES}\n`)
    expect(quotes(await client.diagnosticsFor(uri, 1))).toHaveLength(1)
    expect(client.log.join('')).toContain('dropped a message with 2 different lengths, expected one Content-Length')
  })
})

describe('initialize', () => {
  it('refuses a second initialize and goes on linting', async () => {
    const client = await workspace().client()
    const again = client.request('initialize', { processId: null, rootUri: 'file:///anderswo', capabilities: {} })
    await expect(again).rejects.toMatchObject({ code: -32600, message: 'Unexpected second initialize, expected one per session' })
    const uri = workspace().uri('artikel.md')
    await client.open(uri, `${WITH_QUOTES}\n`)
    expect(quotes(await client.diagnosticsFor(uri, 1))).toHaveLength(1)
  })
})

describe('after shutdown', () => {
  it('refuses a second initialize as it refuses every request but exit', async () => {
    const client = await workspace().client()
    await client.request('shutdown', null)
    const again = client.request('initialize', { processId: null, rootUri: null, capabilities: {} })
    await expect(again).rejects.toMatchObject({ code: -32600 })
    await client.connection.sendNotification('exit')
    expect(await client.exited).toBe(0)
  })
})
