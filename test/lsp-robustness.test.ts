import { spawn } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import type { Hover } from 'vscode-languageserver/node'
import { delay } from '../scripts/lsp-client.js'
import { MAX_DIAGNOSTICS } from '../src/lsp/diagnostics.js'
import { CLEAN, quotes, WITH_QUOTES, workspacePerTest } from './helpers/lsp.js'

const workspace = workspacePerTest()

/** A long German article: paragraphs of clean text with one straight-quote finding in every tenth. */
function longArticle(chars: number): { text: string; findings: number } {
  const paragraphs: string[] = []
  let length = 0
  while (length < chars) {
    const paragraph =
      paragraphs.length % 10 === 9 ? WITH_QUOTES : `${CLEAN} Die Gespräche gehen am Montag in Brüssel weiter, hieß es aus dem Ministerium.`
    paragraphs.push(paragraph)
    length += paragraph.length + 2
  }
  return { text: paragraphs.join('\n\n') + '\n', findings: Math.floor(paragraphs.length / 10) }
}

describe('robustness', () => {
  it('survives malformed messages, bad parameters and unknown methods', async () => {
    const client = await workspace().client()
    const raw = (body: string) => client.child.stdin!.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`)
    raw('{"jsonrpc":"2.0","id":99,"method":')
    raw('[1,2,3]')
    raw('{"jsonrpc":"2.0","id":100,"method":"textDocument/hover","params":"nonsense"}')
    raw('{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{}}')
    raw(
      '{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///nirgends.md","version":3},"contentChanges":[{"text":"x"}]}}'
    )
    // After a header without a length, the reader resumes with the next bytes that arrive.
    client.child.stdin!.write('Content-Type: ohne-laenge\r\n\r\n')
    const unknown = client.request('newslint/unbekannt', {})
    await client.connection.sendNotification('newslint/unbekannt', {})
    const uri = workspace().uri('artikel.md')
    await client.open(uri, `${WITH_QUOTES}\n`)
    await expect(unknown).rejects.toMatchObject({ code: -32601 })
    expect(quotes(await client.diagnosticsFor(uri, 1))).toHaveLength(1)
    expect(client.child.exitCode).toBeNull()
    // Said in a line, not echoed whole: a message of 50 MB took the server 2.6 GB to log.
    expect(client.log).toContain('newslint: ignored a message that is neither a request, a notification nor a response')
    expect(client.log.join('\n')).not.toMatch(/\[\s*1,\s*2,\s*3\s*\]/)
  })

  it('answers requests with parameters of the wrong types InvalidParams, and ignores such notifications whole', async () => {
    const client = await workspace().client()
    const uri = workspace().uri('artikel.md')
    await client.open(uri, `${WITH_QUOTES}\n`)
    const [before] = quotes(await client.diagnosticsFor(uri, 1))
    const line = { start: { line: 0, character: 0 }, end: { line: 0, character: 5 } }
    for (const [method, params] of [
      ['textDocument/hover', { textDocument: { uri }, position: 'Zeile 1' }],
      ['textDocument/hover', { textDocument: { uri }, position: { line: '0', character: 22 } }],
      ['textDocument/hover', { textDocument: { uri }, position: { line: -1, character: 22 } }],
      ['textDocument/hover', { textDocument: uri, position: { line: 0, character: 22 } }],
      ['textDocument/codeAction', { textDocument: { uri }, context: { diagnostics: [] } }],
      ['textDocument/codeAction', { textDocument: { uri }, range: line }],
      ['textDocument/codeAction', { textDocument: { uri }, range: line, context: { diagnostics: [], only: 'quickfix' } }],
      ['initialize', { processId: null, capabilities: null }]
    ] as const)
      await expect(client.request(method, params), `${method} ${JSON.stringify(params)}`).rejects.toMatchObject({ code: -32602 })
    // Each batch is ignored whole: a change it could apply before the wrong one is not applied either.
    const insert = (text: string) => ({ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text })
    for (const contentChanges of [
      'Eilmeldung: ',
      [insert('Eilmeldung: '), { range: 'Anfang', text: 'x' }],
      [insert('Eilmeldung: '), { text: 7 }]
    ])
      await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges })
    await client.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: 42, languageId: 'markdown', version: 1, text: 'x' }
    })
    await client.change(uri, 2, [insert('+')])
    const [after] = quotes(await client.diagnosticsFor(uri, 2))
    expect(after.range.start.character).toBe(before.range.start.character + 1)
    expect(client.log.join('')).toContain(
      'newslint: ignored textDocument/didChange: unexpected string at params.contentChanges, expected an array'
    )
    expect(client.log.join('')).not.toMatch(/failed|TypeError/)
    expect(client.child.exitCode).toBeNull()
  })

  it('stops the work on documents closed mid-analysis and carries on at once', async () => {
    const client = await workspace().client()
    // Two long documents keep both engine threads busy for a minute or more, unless closing stops them.
    const bigs = [workspace().uri('gross-1.md'), workspace().uri('gross-2.md')]
    for (const uri of bigs) await client.open(uri, longArticle(2_000_000).text)
    await delay(1000)
    for (const uri of bigs) await client.close(uri)
    const small = workspace().uri('klein.md')
    const started = Date.now()
    await client.open(small, `${WITH_QUOTES}\n`)
    expect(quotes(await client.diagnosticsFor(small, 1))).toHaveLength(1)
    expect(Date.now() - started).toBeLessThan(15_000)
    for (const uri of bigs)
      expect(client.published.filter((params) => params.uri === uri).map((params) => params.diagnostics)).toEqual([[]])
    expect(client.child.exitCode).toBeNull()
  })

  it('lints a 5 MB document and keeps serving other documents meanwhile', async () => {
    const client = await workspace().client()
    const { text, findings } = longArticle(5_000_000)
    const big = workspace().uri('archiv.md')
    await client.open(big, text)
    const small = workspace().uri('klein.md')
    await client.open(small, `${WITH_QUOTES}\n`)
    expect(quotes(await client.diagnosticsFor(small, 1))).toHaveLength(1)
    const hover = await client.request<Hover | null>('textDocument/hover', {
      textDocument: { uri: small },
      position: { line: 0, character: 22 }
    })
    expect(hover).not.toBeNull()
    expect(client.published.some((params) => params.uri === big)).toBe(false)

    // Its findings come as many as an editor can take: the quotes warnings first, under a note with the count.
    const diagnostics = await client.diagnosticsFor(big, 1, 280_000)
    expect(findings).toBeGreaterThan(MAX_DIAGNOSTICS)
    expect(quotes(diagnostics)).toHaveLength(MAX_DIAGNOSTICS - 1)
    expect(diagnostics[0].message).toMatch(/^Unexpected \d+ findings, expected at most 999 shown here/)
  }, 300_000)

  it('shows a document too deep to lint as one diagnostic at its top and keeps answering for it', async () => {
    const client = await workspace().client()
    const uri = workspace().uri('tief.md')
    await client.open(uri, '> '.repeat(5000) + 'Text.\n')
    const diagnostics = await client.diagnosticsFor(uri, 1)
    expect(diagnostics.map((d) => [d.code, d.message, d.range.start])).toEqual([
      [
        'limits',
        'Unexpected block quotes or lists nested 5000 deep at line 1, expected at most 32; nothing was checked',
        { line: 0, character: 0 }
      ]
    ])
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 3 } })
    expect(hover).toBeNull()
  })

  // A review: the command line refused a file with a NUL byte as binary, the editor linted it.
  it('shows a document with a NUL byte as binary, as the command line refuses it', async () => {
    const client = await workspace().client()
    const uri = workspace().uri('binär.md')
    await client.open(uri, 'Der Minister soll angeblich zurücktreten.\u0000\n')
    const diagnostics = await client.diagnosticsFor(uri, 1)
    expect(diagnostics.map((d) => [d.code, d.message])).toEqual([
      ['limits', 'binary file (contains NUL bytes), expected UTF-8 text; nothing was checked']
    ])
  })

  it('keeps up with 100 edits a second and reports on the final text', async () => {
    const client = await workspace().client()
    const uri = workspace().uri('artikel.md')
    const { text } = longArticle(12_000)
    await client.open(uri, text)
    await client.diagnosticsFor(uri, 1)
    // Type at the top of the document, 100 keys in a second: every later finding moves right.
    const typed = 'Eilmeldung: Die Verhandlungen in Brüssel dauern an, ein Ergebnis wird für den Abend erwartet. Mehr folgt in Kürze, '
    let hovers = 0
    for (let i = 0; i < 100; i++) {
      const key = typed[i % typed.length]
      await client.change(uri, i + 2, [{ range: { start: { line: 0, character: i }, end: { line: 0, character: i } }, text: key }])
      if (i % 25 === 0)
        void client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } }).then(() => hovers++)
      await delay(10)
    }
    const final = quotes(await client.diagnosticsFor(uri, 101))
    const expected = quotes(
      await (async () => {
        // The same text opened fresh must give the same findings: no edit was lost or misplaced.
        const check = workspace().uri('kontrolle.md')
        await client.open(check, typed.repeat(2).slice(0, 100) + text)
        return client.diagnosticsFor(check, 1)
      })()
    )
    expect(final.map((d) => d.range)).toEqual(expected.map((d) => d.range))
    expect(final.length).toBeGreaterThan(0)
    await delay(500)
    expect(hovers).toBe(4)
  })

  it('exits when its input closes', async () => {
    const client = await workspace().client()
    client.child.stdin!.end()
    const code = await Promise.race([client.exited, delay(10_000).then(() => 'still running')])
    expect(code).not.toBe('still running')
  })

  it('exits when the client process is gone', async () => {
    const parent = spawn('sleep', ['60'])
    const client = await workspace().client({ processId: parent.pid! })
    parent.kill()
    const code = await Promise.race([client.exited, delay(15_000).then(() => 'still running')])
    expect(code).not.toBe('still running')
  })

  it('exits with code 0 after shutdown and exit', async () => {
    const client = await workspace().client()
    await client.stop()
    expect(await client.exited).toBe(0)
  })
})

// A review: a pasted export of 8 MB went to the editor as 240,000 diagnostics in one message of 71 MB.
describe('a document with more findings than an editor can take', () => {
  it('sends the most severe thousand, with a note at the top saying how many there are', async () => {
    const client = await workspace().client()
    const uri = workspace().uri('export.md')
    const quoted = Array.from({ length: 1200 }, (_, i) => `Der Sprecher ${i} sagte, es sei "ruhig".`).join('\n\n')
    await client.open(uri, `# Export\n\nFolgen Sie uns auf Facebook!\n\n${quoted}\n`)
    const [note, ...diagnostics] = await client.diagnosticsFor(uri, 1, 60_000)
    expect(diagnostics).toHaveLength(999)
    expect(note.message).toMatch(/^Unexpected \d{4} findings, expected at most 999 shown here/)
    expect(diagnostics[0]).toMatchObject({ code: 'boilerplate', severity: 1 })
    expect(diagnostics.filter((diagnostic) => diagnostic.code === 'quotes').length).toBe(998)
  })
})
