import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { TextDocument } from 'vscode-languageserver-textdocument'
import { updateDocument } from '../src/lsp/batch-update.js'

// An editor's "Replace all" sends one change per match, backwards through the document: the server
// applies such a batch in one pass, and must end with the text the changes make one by one.

const line = fc.stringMatching(/^[a-zäöü „“.,]{0,30}$/)
const text = fc.array(line, { minLength: 1, maxLength: 60 }).chain((lines) => fc.constantFrom('\n', '\r\n').map((end) => lines.join(end)))

/** Changes at offsets picked in the text, listed backwards (or forwards) through it, as ranges of lines and characters. */
function changesOf(document: TextDocument, cuts: number[], inserts: string[], backwards: boolean) {
  const offsets = [...new Set(cuts.map((cut) => cut % (document.getText().length + 1)))].sort((a, b) => a - b)
  const spans = []
  for (let i = 0; i + 1 < offsets.length; i += 2) spans.push([offsets[i], offsets[i + 1]])
  const ordered = backwards ? spans.reverse() : spans
  return ordered.map(([start, end], i) => ({
    range: { start: document.positionAt(start), end: document.positionAt(end) },
    text: inserts[i % inserts.length]
  }))
}

describe('a batch of changes to an open document', () => {
  it('ends with the text the changes make one by one, backwards or not', () => {
    fc.assert(
      fc.property(
        text,
        fc.array(fc.nat(), { minLength: 70, maxLength: 200 }),
        fc.array(line, { minLength: 1, maxLength: 5 }),
        fc.boolean(),
        (source, cuts, inserts, backwards) => {
          const document = TextDocument.create('file:///a.md', 'markdown', 1, source)
          const changes = changesOf(document, cuts, inserts, backwards)
          const batched = updateDocument(document, changes, 2)
          const oneByOne = TextDocument.update(TextDocument.create('file:///a.md', 'markdown', 1, source), changes, 2)
          expect(batched.getText()).toBe(oneByOne.getText())
          expect(batched.version).toBe(2)
          expect(batched.lineCount).toBe(oneByOne.lineCount)
        }
      ),
      { numRuns: 300 }
    )
  })
})
