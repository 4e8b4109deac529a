import type { Edit } from '../../src/lint/rule.js'

// Edits that take a whole block out of the file, leaving the rest byte for byte and the blank
// lines tidy: one blank line between the blocks that remain, none added at the end.

const BLANK = /^[ \t\r]*$/

/** Remove the block `text.slice(start, end)` with its indentation and the blank lines after it. */
export function removeBlock(text: string, start: number, end: number): Edit {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1
  const from = BLANK.test(text.slice(lineStart, start)) ? lineStart : start
  const to = afterBlankLines(text, end)
  if (to < text.length) return { start: from, end: to, text: '' }
  // The last block: cut from the end of what precedes it, so the file keeps its own ending.
  let back = from
  while (back > 0 && /\s/.test(text[back - 1])) back--
  return back === 0 ? { start: 0, end: text.length, text: '' } : { start: back, end, text: '' }
}

/** The start of the next line with content after `end` (or the end of the text). */
function afterBlankLines(text: string, end: number): number {
  let at = end
  for (;;) {
    const newline = text.indexOf('\n', at)
    if (newline < 0) return BLANK.test(text.slice(at)) ? text.length : at
    if (!BLANK.test(text.slice(at, newline))) return at
    at = newline + 1
  }
}
