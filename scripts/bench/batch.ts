import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument'
import { updateDocument } from '../../src/lsp/batch-update.js'
import { best } from './measure.js'

const LINE = 'Die Stadt Innsbruck will Tempo 30 einführen, sagte der Bürgermeister am Montag in Innsbruck.\n'
const DOCUMENT_CHARS = 3_000_000
const MATCHES = 20_000
const [FIND, REPLACE] = ['Innsbruck', 'Graz']
const GOAL_MS = 1000

/**
 * An editor's "Replace all" in a long open document: one change per match in one notification,
 * backwards through the text as VS Code sends it, or forwards with each range in the text the
 * changes before it made, as other clients do. The server applies the batch before it analyses.
 */
export function replaceAll(): string[] {
  const source = LINE.repeat(Math.ceil(DOCUMENT_CHARS / LINE.length))
  const document = TextDocument.create('file:///a.md', 'markdown', 1, source)
  const matches: number[] = []
  for (let at = source.indexOf(FIND); at >= 0 && matches.length < MATCHES; at = source.indexOf(FIND, at + 1)) matches.push(at)
  const expected =
    matches.map((at, i) => source.slice(i === 0 ? 0 : matches[i - 1] + FIND.length, at)).join(REPLACE) +
    REPLACE +
    source.slice(matches[matches.length - 1] + FIND.length)
  const lines = [
    `"Replace all" of ${matches.length} matches in a ${(source.length / 1e6).toFixed(1)} MB document, applied by the language server`
  ]
  for (const [order, changes] of [
    ['backwards', backwards(document, matches)],
    ['forwards', forwards(document, matches)]
  ] as const) {
    let text = ''
    const ms = best(3, () => void (text = updateDocument(document, changes, 2).getText()))
    const check = text === expected ? '' : '  WRONG TEXT: not what the changes make one by one'
    lines.push(`  ${order.padEnd(9)} ${ms.toFixed(0).padStart(6)} ms  (goal: within ${GOAL_MS} ms)${check}`)
  }
  // A line-ending conversion as Helix sends it: each line's "\n" replaced by "\r\n", top to bottom.
  const conversion = Array.from({ length: document.lineCount - 1 }, (_, line) => ({
    range: { start: { line, character: LINE.length - 1 }, end: { line: line + 1, character: 0 } },
    text: '\r\n'
  }))
  let converted = ''
  const ms = best(3, () => void (converted = updateDocument(document, conversion, 2).getText()))
  const check = converted === source.replaceAll('\n', '\r\n') ? '' : '  WRONG TEXT: not what the changes make one by one'
  lines.push(
    `  line endings to CRLF, ${conversion.length} changes top to bottom ${ms.toFixed(0).padStart(6)} ms  (goal: within ${GOAL_MS} ms)${check}`
  )
  return lines
}

function backwards(document: TextDocument, matches: number[]): TextDocumentContentChangeEvent[] {
  return [...matches]
    .reverse()
    .map((offset) => ({ range: { start: document.positionAt(offset), end: document.positionAt(offset + FIND.length) }, text: REPLACE }))
}

/** Each range in the text the replacements before it made: on a line, the matches before it moved it. */
function forwards(document: TextDocument, matches: number[]): TextDocumentContentChangeEvent[] {
  let line = -1
  let onLine = 0
  return matches.map((offset) => {
    const { line: at, character } = document.positionAt(offset)
    onLine = at === line ? onLine + 1 : 0
    line = at
    const start = { line: at, character: character + onLine * (REPLACE.length - FIND.length) }
    return { range: { start, end: { line: at, character: start.character + FIND.length } }, text: REPLACE }
  })
}
