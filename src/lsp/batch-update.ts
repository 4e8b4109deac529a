import { type Position, TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument'
import { LineBuffer, isBefore } from './line-buffer.js'

/** Changes from which one pass over the text pays; fewer are applied one by one. */
const BATCH = 32

/** Where a change replaces the text before the batch (offsets), and with what. */
interface Span {
  start: number
  end: number
  text: string
}

/**
 * The document after `changes`, as `TextDocument.update` makes it. That applies each change to a
 * copy of the whole text, so an editor's "Replace all" (one change per match: 20,000 in a 3 MB
 * document) held the server for a minute. A batch that runs through the text in one direction is
 * applied in one pass: backwards, as VS Code sends it, each change refers to text no change before
 * it touched; forwards, each refers to the text the changes before it made, which is the text
 * before the batch shifted by what they inserted and removed.
 */
export function updateDocument(document: TextDocument, changes: TextDocumentContentChangeEvent[], version: number): TextDocument {
  if (changes.length < BATCH) return TextDocument.update(document, changes, version)
  // A carriage return alone could join a "\n" inserted or moved after it into one line break, and
  // lines would no longer count as either pass counts them: such text goes line by line.
  const spans = LONE_CARRIAGE_RETURN.test(document.getText())
    ? undefined
    : (backwardSpans(document, changes) ?? forwardSpans(document, changes))
  if (!spans) return lineByLine(document, changes, version)
  const text = document.getText()
  const parts: string[] = []
  let from = 0
  for (const { start, end, text: inserted } of spans) {
    parts.push(text.slice(from, start), inserted)
    from = end
  }
  parts.push(text.slice(from))
  return TextDocument.create(document.uri, document.languageId, version, parts.join(''))
}

/**
 * Any other batch, change by change on the document's lines (a line-ending conversion, changes
 * in no one order, text with carriage returns): each costs what its lines cost. From a change on
 * a line past the last on, one by one as `TextDocument` applies them.
 */
function lineByLine(document: TextDocument, changes: TextDocumentContentChangeEvent[], version: number): TextDocument {
  const buffer = new LineBuffer(document.getText())
  let applied = 0
  while (applied < changes.length && buffer.apply(changes[applied])) applied++
  const updated = TextDocument.create(document.uri, document.languageId, version, buffer.text())
  return applied === changes.length ? updated : TextDocument.update(updated, changes.slice(applied), version)
}

/** The spans in text order, where each change ends at or before the start of the one before it. */
function backwardSpans(document: TextDocument, changes: TextDocumentContentChangeEvent[]): Span[] | undefined {
  const spans: Span[] = []
  for (const change of changes) {
    if (!('range' in change)) return undefined
    const start = exactOffset(document, change.range.start)
    const end = exactOffset(document, change.range.end)
    const before = spans[spans.length - 1]
    if (start === undefined || end === undefined || end < start || (before !== undefined && end > before.start)) return undefined
    spans.push({ start, end, text: change.text })
  }
  return spans.reverse()
}

/**
 * The spans of changes that each start at or after the end of the text the one before inserted, in
 * that change's coordinates. Past that end, the rest of its line is the rest of the line where the
 * change's range ended, and the lines below are the old ones, shifted by the lines it added.
 */
function forwardSpans(document: TextDocument, changes: TextDocumentContentChangeEvent[]): Span[] | undefined {
  const spans: Span[] = []
  // Where the last change's text ends, now and in the old text: the first place the next may start.
  let insertedEnd: Position = { line: 0, character: 0 }
  let oldEnd = 0
  for (const change of changes) {
    if (!('range' in change) || change.text.includes('\r')) return undefined
    const { start, end } = change.range
    if (isBefore(start, insertedEnd) || isBefore(end, start)) return undefined
    const old = (position: Position) => oldOffset(document, position, insertedEnd, oldEnd)
    const from = old(start)
    const to = old(end)
    if (from === undefined || to === undefined) return undefined
    spans.push({ start: from, end: to, text: change.text })
    insertedEnd = endOfInsert(start, change.text)
    oldEnd = to
  }
  return spans
}

/** A position after the last change's text, as an offset into the old text; undefined where it is not inside a line. */
function oldOffset(document: TextDocument, position: Position, insertedEnd: Position, oldEnd: number): number | undefined {
  if (position.line === insertedEnd.line) {
    const offset = oldEnd + position.character - insertedEnd.character
    return offset <= lineEnd(document, document.positionAt(oldEnd).line) ? offset : undefined
  }
  const line = document.positionAt(oldEnd).line + position.line - insertedEnd.line
  return exactOffset(document, { line, character: position.character })
}

/** Where a text inserted at `start` ends. */
function endOfInsert(start: Position, text: string): Position {
  const lastBreak = text.lastIndexOf('\n')
  if (lastBreak < 0) return { line: start.line, character: start.character + text.length }
  let breaks = 0
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) breaks++
  return { line: start.line + breaks, character: text.length - lastBreak - 1 }
}

const LONE_CARRIAGE_RETURN = /\r(?!\n)/

/** The offset of a position inside a line of the document (its end included); undefined for one `offsetAt` would move. */
function exactOffset(document: TextDocument, position: Position): number | undefined {
  if (position.line < 0 || position.line >= document.lineCount || position.character < 0) return undefined
  const offset = document.offsetAt({ line: position.line, character: 0 }) + position.character
  return offset <= lineEnd(document, position.line) ? offset : undefined
}

/** Where the line's text ends, before its line break. */
function lineEnd(document: TextDocument, line: number): number {
  return document.offsetAt({ line, character: Number.MAX_SAFE_INTEGER })
}
