import { endOfLine, lineBreakCount, nextLineStart } from './line-breaks.js'
import { frontmatterEnd, independentPieces } from './pieces.js'
import { inlineWorkRefusal } from './inline-work.js'
import { webAddressWork } from './web-address-work.js'

// Sizes and shapes no article has but a pasted export or a generated file can. Beyond these the
// markdown parser's work grows faster than the text (or the stack runs out), so the file is
// refused with one line that says what is too large or too deep. The CLI, `newslint analyze` and
// the language server all go through `checkLimits` (via `analyze`), so they agree.

export { MAX_BRACKET_NESTING } from './inline-work.js'

/** Files larger than this are not linted (10 MB of UTF-8). */
export const MAX_FILE_BYTES = 10 * 1024 * 1024
/**
 * Lines, blank ones too: the markdown parser holds about a kilobyte for each line until it is done,
 * so 3 MB of blank lines took 3.7 GB and 90 s. A 10 MB file of prose wrapped at 72 columns, a
 * blank line between paragraphs, has about 175,000 lines; an article has hundreds.
 */
export const MAX_LINES = 200_000
/** Block quotes and list items inside each other; articles use two or three levels. */
export const MAX_NESTING = 32
/**
 * Lines of one block quote or list, each counted by how deep it is: the markdown parser's work on
 * one grows with the square of this (3,000 lines of a list nested three deep took 15 s). An
 * article's list of 50 items two deep counts 100.
 */
export const MAX_CONTAINER_LINES = 2000
/** Footnote references and definitions in one file: the parser matches each against all the others. */
export const MAX_FOOTNOTES = 1000
/**
 * Link definitions ("[label]: /ziel"), counted as every "]:" in the file: the parser holds about
 * 9 KB for each until its piece is done, looks each label up among all before it, and a piece whose
 * references are defined elsewhere is parsed again with them (160,000 definitions in 2.8 MB took
 * 54 s; 100,000 in a file parsed whole 1.5 GB). Articles have a handful.
 */
export const MAX_DEFINITIONS = 5000
/**
 * Web-address work (see `web-address-work.ts`): "www.a_" 8,000 times in one word took 26 s, a
 * web address with 40,000 dots 13 s. A file of 100,000 addresses of 100 characters costs half of this.
 */
const MAX_WEB_ADDRESS_WORK = 20_000_000

/**
 * Setext-heading work: micromark rewrites a piece's whole event list for each heading underlined
 * with "=" or "-", so a piece (see `pieces.ts`) costs about headings × characters; 2,000 such
 * headings in 26 KB took 6 s. An article with 20 of them in 60 KB costs a tenth of this.
 */
const MAX_SETEXT_WORK = 10_000_000

/**
 * Table cells in one file, counted as each table's rows times its columns (a row may hold more
 * cells, or none of its borders): the engine keeps a sentence model per cell, so a generated table
 * of 50,000 rows took 2 GB, one of 29,000 rows without a "|" 276 MB. Articles' tables have
 * hundreds; a table of results for 2,000 towns in six columns has 12,000.
 */
export const MAX_TABLE_CELLS = 15_000

/**
 * Characters of text without a blank line (a paragraph, a table, a list or quote without blank
 * lines): the markdown parser and the sentence splitter each hold about 200 bytes per character of
 * one such stretch at once. The longest article in the corpus is one paragraph of 33,000.
 */
export const MAX_PARAGRAPH_CHARS = 256 * 1024

/**
 * A stretch of markdown the parser must read at once, having no place where it can be cut into
 * pieces that parse alone (see `pieces.ts`): a list, a quote, fenced code, or paragraphs that each
 * open with a space after a blank line. The parser holds up to 1.4 KB for each of its characters
 * and 2 KB for each of its lines until the stretch is done: 4 MB of paragraphs of inline code
 * ("`a` `b`" …) opening with a backtick took 3 GB and 60 s, 660 KB of them opening with a space
 * 930 MB. An article's longest stretch is its longest list or quote, a few kilobytes.
 */
export const MAX_PIECE_CHARS = 256 * 1024
export const MAX_PIECE_LINES = 16_000

/** The longest frontmatter read as YAML, in characters: an article's fields take a few kilobytes, the parser seconds and hundreds of megabytes a megabyte. */
export const MAX_FRONTMATTER_CHARS = 64 * 1024

/** Input beyond one of the limits above: the user's to fix, reported in one line (exit 2 in the CLI). */
export class LimitError extends Error {}

/** Throw a `LimitError` for text that is too large or too deep to lint; linear in the text. */
export function checkLimits(text: string): void {
  // Each UTF-16 unit is at most three bytes of UTF-8: a text short enough for that is counted no further.
  if (text.length * 3 > MAX_FILE_BYTES) checkFileSize(Buffer.byteLength(text, 'utf8'))
  checkLines(text)
  // Frontmatter is YAML, held to its own limits (frontmatter.ts): a tags list of 2,000 entries is no
  // markdown list. Blanked, it keeps its lines, so what the checks name stays at its line.
  const body = withFrontmatterBlank(text)
  checkNesting(body)
  checkFootnotes(body)
  checkDefinitions(body)
  checkTableCells(body)
  const inlineRefusal = inlineWorkRefusal(body)
  if (inlineRefusal) throw new LimitError(inlineRefusal)
  checkWebAddresses(body)
  checkParagraphs(body)
  checkPieces(text)
  checkSetextHeadings(body)
}

/** The text with its frontmatter's characters, line breaks aside, as spaces. */
function withFrontmatterBlank(text: string): string {
  const end = frontmatterEnd(text)
  return end === 0 ? text : text.slice(0, end).replace(/[^\r\n]/g, ' ') + text.slice(end)
}

/** Throw a `LimitError` for a file of more than `MAX_FILE_BYTES`: readers check before they read. */
export function checkFileSize(bytes: number): void {
  if (bytes > MAX_FILE_BYTES)
    throw new LimitError(`Unexpected file of ${megabytes(bytes)} MB, expected at most ${megabytes(MAX_FILE_BYTES)} MB`)
}

/** Megabytes rounded up to hundredths, so a file just over the limit does not read as the limit. */
function megabytes(bytes: number): string {
  return String(Math.ceil((bytes / 1024 / 1024) * 100) / 100)
}

/** Count lines as an editor does: each ends at "\r\n", "\n" or a lone "\r", the last one perhaps at the end of the text. */
function checkLines(text: string): void {
  let lines = lineBreakCount(text)
  if (!/[\r\n]$|^$/.test(text)) lines++
  if (lines > MAX_LINES) throw new LimitError(`Unexpected file of ${lines} lines, expected at most ${MAX_LINES}`)
}

// One alternative per marker rather than a back-reference: the pattern stays provably linear.
const THEMATIC_BREAK = /^[ \t]*(?:-(?:[ \t]*-){2,}|\*(?:[ \t]*\*){2,}|_(?:[ \t]*_){2,})[ \t]*$/

/**
 * An upper estimate of how deep block quotes and list items nest on each line: the `>` and list
 * markers that open the line, plus the list items it is indented into (each nested item is
 * indented to its parent's content).
 */
function checkNesting(text: string): void {
  const items: number[] = []
  let lineStart = 0
  let container = { lines: 0, line: 0 }
  // How deep a line of text without markers goes on: right after a quote's or list's text it
  // continues that text inside them ("lazy" lines, which cost the parser as much as marked ones).
  let lazyDepth = 0
  const count = (depth: number, line: number) => {
    if (container.lines === 0) container.line = line
    container.lines += depth
    if (container.lines > MAX_CONTAINER_LINES)
      throw new LimitError(
        `Unexpected block quote or list at line ${container.line} of more than ${MAX_CONTAINER_LINES} lines (counted by how deep each is; quotes and lists with only blank lines between them count as one), expected at most ${MAX_CONTAINER_LINES}`
      )
  }
  for (let line = 1; lineStart <= text.length; line++) {
    const lineEnd = endOfLine(text, lineStart)
    const open = items.length
    const depth = lineDepth(text, lineStart, lineEnd, items)
    const blank = isBlank(text, lineStart, lineEnd)
    if (depth > MAX_NESTING) {
      // "- - - - …" is a thematic break, not list items.
      if (!THEMATIC_BREAK.test(text.slice(lineStart, lineEnd)))
        throw new LimitError(`Unexpected block quotes or lists nested ${depth} deep at line ${line}, expected at most ${MAX_NESTING}`)
      items.length = Math.min(items.length, open)
    }
    // A blank line leaves the quote or list open; a line of text outside both, after a blank line, closes it.
    if (depth === 0 && !blank) {
      if (lazyDepth === 0) container = { lines: 0, line: 0 }
      else count(lazyDepth, line)
    } else if (depth > 0 && depth <= MAX_NESTING) count(depth, line)
    if (blank || depth > MAX_NESTING) lazyDepth = 0
    else if (depth > 0) lazyDepth = depth
    lineStart = nextLineStart(text, lineEnd)
  }
}

/** The nesting depth of one line; `items` holds the content columns of the open list items and is updated. */
function lineDepth(text: string, start: number, end: number, items: number[]): number {
  let at = start
  let quotes = 0
  let column = 0
  let indent: number | undefined
  for (;;) {
    while (at < end && (text[at] === ' ' || text[at] === '\t')) {
      column += text[at] === '\t' ? 4 - (column % 4) : 1
      at++
    }
    // A blank line (after any `>`) leaves the open list items open.
    if (at >= end || text[at] === '\r') return quotes
    if (text[at] === '>') {
      quotes++
      at++
      column++
      continue
    }
    const width = listMarkerWidth(text, at, end)
    if (indent === undefined) {
      indent = column
      while (items.length > 0 && items[items.length - 1] > indent) items.pop()
    }
    if (width === 0) return quotes + items.length
    at += width
    column += width
    items.push(column + 1)
  }
}

/** The length of a list marker (`-`, `+`, `*`, `1.`, `1)`) followed by a space at `at`, or 0. */
function listMarkerWidth(text: string, at: number, end: number): number {
  let next = at
  while (next < end && next - at < 9 && text.charCodeAt(next) >= 48 && text.charCodeAt(next) <= 57) next++
  if (next > at && (text[next] === '.' || text[next] === ')')) next++
  else if (next === at && (text[at] === '-' || text[at] === '+' || text[at] === '*')) next++
  else return 0
  return next < end && (text[next] === ' ' || text[next] === '\t') ? next - at : 0
}

/** Name the first stretch of non-blank lines longer than `MAX_PARAGRAPH_CHARS`. */
function checkParagraphs(text: string): void {
  // No stretch is longer than the text (most files stop here, in the editor at each edit).
  if (text.length <= MAX_PARAGRAPH_CHARS) return
  let paragraphStart = -1
  let paragraphLine = 1
  let lineStart = 0
  for (let line = 1; lineStart <= text.length; line++) {
    const lineEnd = endOfLine(text, lineStart)
    if (isBlank(text, lineStart, lineEnd)) paragraphStart = -1
    else if (paragraphStart < 0) {
      paragraphStart = lineStart
      paragraphLine = line
    }
    if (paragraphStart >= 0 && lineEnd - paragraphStart > MAX_PARAGRAPH_CHARS)
      throw new LimitError(
        `Unexpected ${Math.ceil((endOfParagraph(text, lineEnd) - paragraphStart) / 1024)} KB of text without a blank line at line ${paragraphLine}, expected at most ${MAX_PARAGRAPH_CHARS / 1024} KB`
      )
    lineStart = nextLineStart(text, lineEnd)
  }
}

function isBlank(text: string, start: number, end: number): boolean {
  for (let at = start; at < end; at++) {
    const code = text.charCodeAt(at)
    if (code !== 32 && code !== 9 && code !== 13) return false
  }
  return true
}

/** The end of the stretch of non-blank lines that goes on at `from`. */
function endOfParagraph(text: string, from: number): number {
  let lineStart = nextLineStart(text, from)
  while (lineStart < text.length) {
    const lineEnd = endOfLine(text, lineStart)
    if (isBlank(text, lineStart, lineEnd)) return lineStart
    lineStart = nextLineStart(text, lineEnd)
  }
  return text.length
}

function checkFootnotes(text: string): void {
  let count = 0
  for (let at = text.indexOf('[^'); at >= 0; at = text.indexOf('[^', at + 2)) {
    if (++count > MAX_FOOTNOTES)
      throw new LimitError(`Unexpected more than ${MAX_FOOTNOTES} footnote references and definitions, expected at most ${MAX_FOOTNOTES}`)
  }
}

function checkDefinitions(text: string): void {
  let count = 0
  for (let at = text.indexOf(']:'); at >= 0; at = text.indexOf(']:', at + 2)) {
    if (++count > MAX_DEFINITIONS)
      throw new LimitError(`Unexpected more than ${MAX_DEFINITIONS} link definitions ("[label]: …"), expected at most ${MAX_DEFINITIONS}`)
  }
}

/**
 * An upper estimate of a file's table cells: a table opens where a line of text is followed by a
 * delimiter row ("| --- | :-: |") and goes on to the next blank line; each of its rows holds its
 * columns, or more where it has more borders.
 */
function checkTableCells(text: string): void {
  // A delimiter row has a "|": without one the file has no table (most articles stop here, in the editor at each edit).
  if (!text.includes('|')) return
  let cells = 0
  let columns = 0
  // The line before: a table's header when a delimiter row follows it.
  let previousStart = 0
  let previousEnd = 0
  let previousBlank = true
  for (let lineStart = 0; lineStart <= text.length;) {
    const lineEnd = endOfLine(text, lineStart)
    const blank = isBlank(text, lineStart, lineEnd)
    if (blank) columns = 0
    else if (columns > 0) cells += Math.max(columns, rowCells(text, lineStart, lineEnd))
    else if (!previousBlank) {
      columns = delimiterColumns(text, lineStart, lineEnd)
      if (columns > 0) cells += 2 * Math.max(columns, rowCells(text, previousStart, previousEnd))
    }
    if (cells > MAX_TABLE_CELLS)
      throw new LimitError(`Unexpected more than ${MAX_TABLE_CELLS} table cells (rows times columns), expected at most ${MAX_TABLE_CELLS}`)
    previousStart = lineStart
    previousEnd = lineEnd
    previousBlank = blank
    lineStart = nextLineStart(text, lineEnd)
  }
}

/** The columns of a table's delimiter row (`|`, `-`, `:` and blanks after any `>`, with a `|` and a `-`), or 0 if the line is none. */
function delimiterColumns(text: string, start: number, end: number): number {
  let columns = 0
  let borders = 0
  for (let at = start; at < end; at++) {
    const code = text.charCodeAt(at)
    if (code === 45) {
      if (text.charCodeAt(at - 1) !== 45) columns++
    } else if (code === 124) borders++
    // ">" for a table in a block quote.
    else if (code !== 58 && code !== 32 && code !== 9 && code !== 13 && code !== 62) return 0
  }
  return borders > 0 ? columns : 0
}

/** The cells of a table row as its borders divide it: a "|" at either end only closes the row. */
function rowCells(text: string, start: number, end: number): number {
  let borders = 0
  let first = -1
  let last = -1
  for (let at = start; at < end; at++) {
    const code = text.charCodeAt(at)
    if (code === 32 || code === 9 || code === 13) continue
    if (first < 0) first = code
    last = code
    if (code === 124) borders++
  }
  return borders + 1 - (first === 124 ? 1 : 0) - (last === 124 && borders > 1 ? 1 : 0)
}

/** Refuse a piece (see `pieces.ts`) of more than `MAX_PIECE_CHARS` or `MAX_PIECE_LINES` after the frontmatter, naming where it starts. */
function checkPieces(text: string): void {
  // A text within both bounds is no larger a piece (most files stop here, in the editor at each edit).
  if (text.length <= MAX_PIECE_CHARS && lineBreakCount(text) < MAX_PIECE_LINES) return
  const pieces = independentPieces(text)
  // The frontmatter is YAML, held to its own limits: the first piece is counted from its end.
  const bodyStart = frontmatterEnd(text)
  const first = { start: bodyStart, line: 1 + lineBreakCount(text.slice(0, bodyStart)) }
  const lines = lineBreakCount(text) + 1
  pieces.forEach((piece, index) => {
    const from = index === 0 ? first : piece
    const next = pieces[index + 1]
    const chars = (next?.start ?? text.length) - from.start
    const pieceLines = (next?.line ?? lines) - from.line
    if (chars > MAX_PIECE_CHARS || pieceLines > MAX_PIECE_LINES)
      throw new LimitError(
        `Unexpected ${Math.ceil(chars / 1024)} KB in ${pieceLines} lines from line ${from.line} that the markdown parser must read at once, expected at most ${MAX_PIECE_CHARS / 1024} KB and ${MAX_PIECE_LINES} lines: after a blank line, open a paragraph or heading at the line's first column, outside lists, quotes and fenced code`
      )
  })
}

function checkWebAddresses(text: string): void {
  const { work, words, worst, length, line } = webAddressWork(text)
  if (work <= MAX_WEB_ADDRESS_WORK) return
  if (worst > MAX_WEB_ADDRESS_WORK / 2)
    throw new LimitError(
      `Unexpected web address of ${length} characters at line ${line}, expected far shorter: the markdown parser's work on it grows with the square of its length`
    )
  throw new LimitError(
    `Unexpected ${words} words with web addresses, up to ${length} characters long (at line ${line}), expected far fewer: the markdown parser's work on each grows with its length times the addresses starting in it`
  )
}

/** A line that underlines the text above it as a heading ("Die Reaktionen⏎---"). */
export const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/
/** A line whose first character after at most three spaces is "=" or "-" (as `mayUnderline` tests one line). */
const MAY_UNDERLINE = /^ {0,3}[=-]/gm

/** Count each piece's lines that may underline a heading (after a line with text) and name the first piece that costs too much. */
function checkSetextHeadings(text: string): void {
  // No piece has more headings than the file has lines that may underline, nor more characters:
  // under this bound no piece can cost too much (most articles stop here, in the editor at each edit).
  if ((text.match(MAY_UNDERLINE)?.length ?? 0) * text.length <= MAX_SETEXT_WORK) return
  const pieces = independentPieces(text)
  pieces.forEach((piece, index) => {
    const end = pieces[index + 1]?.start ?? text.length
    let headings = 0
    let textAbove = false
    for (let lineStart = piece.start; lineStart < end;) {
      const lineEnd = Math.min(endOfLine(text, lineStart), end)
      if (textAbove && mayUnderline(text, lineStart, lineEnd) && SETEXT_UNDERLINE.test(text.slice(lineStart, lineEnd))) headings++
      textAbove = !isBlank(text, lineStart, lineEnd)
      lineStart = nextLineStart(text, lineEnd)
    }
    if (headings * (end - piece.start) > MAX_SETEXT_WORK)
      throw new LimitError(
        `Unexpected ${headings} headings underlined with "=" or "-" in ${Math.ceil((end - piece.start) / 1024)} KB from line ${piece.line}, expected far fewer: the markdown parser's time grows with their number times the text's length`
      )
  })
}

/** Whether the line's first character after at most three spaces is "=" or "-": only such a line is tried as an underline. */
function mayUnderline(text: string, start: number, end: number): boolean {
  let at = start
  while (at < end && at - start < 3 && text.charCodeAt(at) === 32) at++
  const code = text.charCodeAt(at)
  return at < end && (code === 61 || code === 45)
}
