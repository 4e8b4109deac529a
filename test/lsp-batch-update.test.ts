import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument'
import { updateDocument } from '../src/lsp/batch-update.js'

// An editor's "Replace all" sends one change per match: VS Code backwards through the document,
// other clients forwards, each range in the text the changes before it made. The server applies
// such a batch in one pass, and must end with the text the changes make one by one.

const line = fc.stringMatching(/^[a-zäöü „“.,]{0,30}$/)
const lineBreak = fc.constantFrom('\n', '\r\n', '\r')
// Long enough for a batch of 32 changes or more, which is applied in one pass.
const text = fc
  .array(fc.stringMatching(/^[a-zäöü „“.,]{10,40}$/), { minLength: 20, maxLength: 60 })
  .chain((lines) => lineBreak.map((end) => lines.join(end)))
// Mostly plain words; some with a line break of either kind, which moves the lines below, or
// opening or closing with one, which may join a carriage return and a line feed into one break.
const insert = fc.oneof(
  { weight: 4, arbitrary: line },
  { weight: 1, arbitrary: fc.tuple(line, lineBreak, line).map((parts) => parts.join('')) },
  { weight: 1, arbitrary: fc.tuple(lineBreak, line).map((parts) => parts.join('')) },
  { weight: 1, arbitrary: fc.tuple(line, lineBreak).map((parts) => parts.join('')) }
)

function create(source: string): TextDocument {
  return TextDocument.create('file:///a.md', 'markdown', 1, source)
}

/** Ranges between offsets picked in the text, in text order, with the text each is replaced by. */
function spansOf(source: string, cuts: number[], inserts: string[]): Array<{ start: number; end: number; text: string }> {
  const offsets = [...new Set(cuts.map((cut) => cut % (source.length + 1)))].sort((a, b) => a - b)
  const spans = []
  for (let i = 0; i + 1 < offsets.length; i += 2)
    spans.push({ start: offsets[i], end: offsets[i + 1], text: inserts[spans.length % inserts.length] })
  return spans
}

/** Backwards: each range in the text before the batch. */
function backwards(source: string, cuts: number[], inserts: string[]): TextDocumentContentChangeEvent[] {
  const document = create(source)
  return spansOf(source, cuts, inserts)
    .reverse()
    .map(({ start, end, text }) => ({ range: { start: document.positionAt(start), end: document.positionAt(end) }, text }))
}

/** Forwards, as a client sends them: each range in the text the changes before it made. */
function forwards(source: string, cuts: number[], inserts: string[]): TextDocumentContentChangeEvent[] {
  let current = create(source)
  let shift = 0
  const changes: TextDocumentContentChangeEvent[] = []
  for (const { start, end, text } of spansOf(source, cuts, inserts)) {
    const change = { range: { start: current.positionAt(start + shift), end: current.positionAt(end + shift) }, text }
    changes.push(change)
    current = TextDocument.update(current, [change], 1)
    shift += text.length - (end - start)
  }
  return changes
}

/** In no one order: each range between offsets picked in the text the changes before it made. */
function scattered(source: string, cuts: number[], inserts: string[]): TextDocumentContentChangeEvent[] {
  let current = create(source)
  const changes: TextDocumentContentChangeEvent[] = []
  for (let i = 0; i + 1 < cuts.length; i += 2) {
    const [start, end] = [cuts[i], cuts[i + 1]].map((cut) => cut % (current.getText().length + 1)).sort((a, b) => a - b)
    const change = { range: { start: current.positionAt(start), end: current.positionAt(end) }, text: inserts[i % inserts.length] }
    changes.push(change)
    current = TextDocument.update(current, [change], 1)
  }
  return changes
}

/** Now and then a character past its line's end, which `TextDocument` moves back to the end. */
function pastLineEnds(changes: TextDocumentContentChangeEvent[], every: number): TextDocumentContentChangeEvent[] {
  return changes.map((change, i) =>
    'range' in change && i % every === every - 1
      ? { ...change, range: { ...change.range, end: { line: change.range.end.line, character: change.range.end.character + 40 } } }
      : change
  )
}

describe('a batch of changes to an open document', () => {
  // From a review: a "\n" inserted after a carriage return alone joins it into one line break, so a
  // change at the same place then stands after both; the backward pass put it between them.
  it('reads a line feed joined to a carriage return as one line break', () => {
    const at = { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }
    const none = { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '' }
    const changes = [{ range: at, text: '\n' }, { range: at, text: 'X' }, ...Array.from({ length: 30 }, () => none)]
    const batched = updateDocument(create('a\rb'), changes, 2)
    expect(batched.getText()).toBe('a\r\nXb')
    expect(batched.lineCount).toBe(2)
  })

  it('ends with the text the changes make one by one, backwards, forwards or neither', () => {
    fc.assert(
      fc.property(
        text,
        fc.uniqueArray(fc.nat(), { minLength: 66, maxLength: 200 }),
        fc.array(insert, { minLength: 1, maxLength: 5 }),
        fc.constantFrom(backwards, forwards, scattered),
        fc.constantFrom(0, 0, 7),
        (source, cuts, inserts, order, every) => {
          const made = order(source, cuts, inserts)
          const changes = every === 0 ? made : pastLineEnds(made, every)
          const batched = updateDocument(create(source), changes, 2)
          const oneByOne = TextDocument.update(create(source), changes, 2)
          expect(batched.getText()).toBe(oneByOne.getText())
          expect(batched.version).toBe(2)
          expect(batched.lineCount).toBe(oneByOne.lineCount)
        }
      ),
      { numRuns: 400 }
    )
  })
})
