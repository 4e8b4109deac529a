import { endOfLine, endOfLineBefore, startOfLine } from '../../src/engine/line-breaks.js'
import { opensListItem } from '../../src/engine/pieces.js'
import type { Edit } from '../../src/lint/rule.js'

// Edits that take a whole block, or a part of one, out of the file, leaving the rest byte for
// byte and the blank lines tidy: one blank line between the blocks that remain, none added at
// the end, no empty line left inside a paragraph, a quote or a list. Lines end as markdown's do:
// in "\n", "\r\n" or a lone "\r".

const BLANK = /^[ \t]*$/

/** Remove the block `text.slice(start, end)` with its indentation and the blank lines after it. */
export function removeBlock(text: string, start: number, end: number): Edit {
  const lineStart = startOfLine(text, start)
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
    const lineEnd = endOfLine(text, at)
    if (lineEnd === text.length) return BLANK.test(text.slice(at)) ? text.length : at
    if (!BLANK.test(text.slice(at, lineEnd))) return at
    at = nextLine(text, lineEnd)
  }
}

// What may stand before a part's text on its line: indentation, quote markers, a list marker.
const LINE_PREFIX = /^[ \t>]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?$/

/**
 * Remove `text.slice(start, end)`, a part of the block `[block.start, block.end)`, with the
 * whitespace it leaves: its own lines (and the blank lines before them) when it stands on lines
 * of its own, else the spaces on one side of it.
 */
export function removePart(text: string, start: number, end: number, block: { start: number; end: number }): Edit {
  const lineStart = startOfLine(text, start)
  const lineEnd = endOfLine(text, end)
  const atLineStart = LINE_PREFIX.test(text.slice(lineStart, start))
  // A list item's marker goes with the part only when nothing of the item follows it.
  const keepsMarker = opensListItem(text, lineStart, start) && !endsItem(text, lineEnd, block.end)
  if (atLineStart && BLANK.test(text.slice(end, lineEnd)) && !keepsMarker) {
    const previousEnd = endOfLastContentLine(text, lineStart, block.start)
    if (previousEnd !== undefined) {
      // A hard break ending the line above (a backslash or two spaces) led into the part: the block's last, it goes with it.
      const last = nextContentLine(text, nextLine(text, lineEnd), block.end) >= block.end
      return { start: last ? beforeHardBreak(text, previousEnd) : previousEnd, end: lineEnd, text: '' }
    }
    const next = nextContentLine(text, nextLine(text, lineEnd), block.end)
    // A paragraph's next line opens it now: its indent would make it code ("    Die Geschäftsführung …").
    const opensParagraph = start === lineStart && lineStart === block.start && next < block.end
    return { start: lineStart, end: opensParagraph ? afterIndent(text, next) : next, text: '' }
  }
  let after = end
  while (text[after] === ' ' || text[after] === '\t') after++
  if (after > end && after < lineEnd) return { start, end: after, text: '' }
  let before = start
  while (before > lineStart && (text[before - 1] === ' ' || text[before - 1] === '\t')) before--
  return { start: atLineStart ? start : before, end: after, text: '' }
}

/** Past the spaces and tabs that open the line at `lineStart`. */
function afterIndent(text: string, lineStart: number): number {
  let at = lineStart
  while (text[at] === ' ' || text[at] === '\t') at++
  return at
}

/** Where a line ending at `lineEnd` ends without its hard break: a backslash (not itself escaped), or trailing spaces. */
function beforeHardBreak(text: string, lineEnd: number): number {
  if (text[lineEnd - 1] === '\\' && text[lineEnd - 2] !== '\\') return lineEnd - 1
  let at = lineEnd
  while (at > 0 && (text[at - 1] === ' ' || text[at - 1] === '\t')) at--
  return at
}

/** The start of the line after the one ending at `lineEnd`. */
function nextLine(text: string, lineEnd: number): number {
  if (lineEnd >= text.length) return text.length
  return text.startsWith('\r\n', lineEnd) ? lineEnd + 2 : lineEnd + 1
}

/** The start of the line before the one starting at `lineStart` (a line start after the first). */
function previousLine(text: string, lineStart: number): number {
  return startOfLine(text, endOfLineBefore(text, lineStart))
}

/** A line with nothing but whitespace and quote markers. */
function isBlankLine(text: string, lineStart: number): boolean {
  return BLANK.test(text.slice(lineStart, endOfLine(text, lineStart)).replace(/>/g, ''))
}

/** The end of the last line of the block with content before `lineStart`; none on the block's first line. */
function endOfLastContentLine(text: string, lineStart: number, blockStart: number): number | undefined {
  let at = lineStart
  while (at > blockStart) {
    const previousStart = previousLine(text, at)
    if (!isBlankLine(text, previousStart)) return endOfLine(text, previousStart)
    at = previousStart
  }
  return undefined
}

function nextContentLine(text: string, from: number, blockEnd: number): number {
  let at = from
  while (at < blockEnd && isBlankLine(text, at)) at = nextLine(text, endOfLine(text, at))
  return at
}

/** The next line with content is a new list item, or the block ends before it. */
function endsItem(text: string, lineEnd: number, blockEnd: number): boolean {
  const next = nextContentLine(text, nextLine(text, lineEnd), blockEnd)
  return next >= blockEnd || opensListItem(text, next, endOfLine(text, next))
}
