import { endOfLine, lineBreakCount, nextLineStart } from './line-breaks.js'

// Where a large markdown file can be cut into pieces that parse the same alone as together: at a
// line after a blank line that opens an ordinary paragraph, a heading, a definition or an HTML
// block or a code fence (in its first column anything but a space, `>` or a list marker),
// outside fenced code, HTML blocks that run over blank lines, and the frontmatter.
// After a blank line such a line closes every open block (lists and quotes need indentation or a
// marker to go on), so nothing before it reaches past it, except link and footnote definitions,
// which reach across the whole file: `parse.ts` gives each piece those it refers to.

/** Files up to this size are parsed whole, as are all articles; larger ones in pieces of about this size. */
export const PIECE_CHARS = 64 * 1024
/**
 * Lines, blank ones too, from which a piece may end before its size: the parser holds 3–5 KB for
 * each line of a piece until the piece is done, so 64 KB of one-letter paragraphs (42,000 lines)
 * held 150 MB at once. An article's 64 KB have about a thousand lines.
 */
export const PIECE_LINES = 4000

/**
 * Block quote and list levels (each line's `>` and list markers), from which a piece may end before
 * its size: the parser's work when a quote or list closes grows with the piece's length, so 64 KB
 * of paragraphs between quotes and lists sixteen deep took 7 s, 540 KB 80 s. An article's quotes
 * and lists have hundreds.
 */
export const PIECE_CONTAINER_LEVELS = 2000

export interface Piece {
  /** Offset of the piece's first character. */
  start: number
  /** Its 1-based line. */
  line: number
}

// A backtick fence's info string holds no backtick ("```a`" is text, not a fence).
const FENCE = /^ {0,3}(`{3,}(?=[^`]*$)|~{3,})/
const CLOSING_FENCE = /^ {0,3}(`{3,}|~{3,})[ \t]*\r?$/
const OPENS_PIECE = /^[^\s>]/u
/** A list item's marker, which after a blank line goes on with the list: `-`, `+`, `*`, `1.` or `1)` and a space or the line's end. */
const LIST_MARKER = /^(?:[-+*]|\d{1,9}[.)])(?:[ \t\r]|$)/
/** A list item's marker after the line's indentation and quote markers ("- ", "> 1. "). */
const LIST_ITEM = /[ \t>]*(?:[-+*]|\d{1,9}[.)])[ \t]/y

/** The line at `at` opens with a list item's marker that ends by `end`. */
export function opensListItem(text: string, at: number, end = text.length): boolean {
  LIST_ITEM.lastIndex = at
  const found = LIST_ITEM.exec(text)
  return found !== null && at + found[0].length <= end
}

/** HTML blocks that a blank line does not end (CommonMark kinds 1 to 5), with what ends them. */
const HTML_BLOCKS: Array<[RegExp, string]> = [
  [/^ {0,3}<(script|pre|style|textarea)(\s|>|$)/i, '</'],
  [/^ {0,3}<!--/, '-->'],
  [/^ {0,3}<\?/, '?>'],
  [/^ {0,3}<![A-Za-z]/, '>'],
  [/^ {0,3}<!\[CDATA\[/, ']]>']
]

export function independentPieces(text: string): Piece[] {
  const pieces: Piece[] = [{ start: 0, line: 1 }]
  // A text shorter than PIECE_LINES characters has fewer lines, and its quotes and lists cost the parser little: most articles are not counted.
  const short = text.length < PIECE_LINES || (lineBreakCount(text) < PIECE_LINES && containerLevels(text) < PIECE_CONTAINER_LEVELS)
  if (text.length <= PIECE_CHARS && short) return pieces
  let levels = 0
  let fence: string | undefined
  let htmlEnd: string | undefined
  let blankBefore = false
  let line = 1
  let start = frontmatterEnd(text)
  for (let end = endOfLine(text, 0); end < start; end = endOfLine(text, nextLineStart(text, end))) line++
  while (start < text.length) {
    const end = endOfLine(text, start)
    const content = text.slice(start, end)
    const blank = content.trim() === ''
    if (fence !== undefined) {
      const closing = CLOSING_FENCE.exec(content)?.[1]
      if (closing && closing[0] === fence[0] && closing.length >= fence.length) fence = undefined
    } else if (htmlEnd !== undefined) {
      if (content.includes(htmlEnd)) htmlEnd = undefined
    } else {
      if (
        blankBefore &&
        OPENS_PIECE.test(content) &&
        !LIST_MARKER.test(content) &&
        (start - pieces[pieces.length - 1].start >= PIECE_CHARS ||
          line - pieces[pieces.length - 1].line >= PIECE_LINES ||
          levels >= PIECE_CONTAINER_LEVELS)
      ) {
        pieces.push({ start, line })
        levels = 0
      }
      levels += lineLevels(text, start, end)
      const html = HTML_BLOCKS.find(([opens]) => opens.test(content))
      fence = FENCE.exec(content)?.[1]
      if (!fence && html && !content.includes(html[1], content.indexOf('<') + 2)) htmlEnd = html[1]
    }
    blankBefore = blank
    start = nextLineStart(text, end)
    line++
  }
  return pieces
}

/** Every line's block quote and list levels, added up. */
function containerLevels(text: string): number {
  let levels = 0
  for (let start = 0; start < text.length;) {
    const end = endOfLine(text, start)
    levels += lineLevels(text, start, end)
    start = nextLineStart(text, end)
  }
  return levels
}

/** The `>` and list markers a line opens with ("> - > 1. Text" has four). */
function lineLevels(text: string, start: number, end: number): number {
  let levels = 0
  for (let at = start; at < end; at++) {
    const code = text.charCodeAt(at)
    if (code === 32 || code === 9) continue
    if (code === 62) levels++
    else if ((code === 45 || code === 43 || code === 42) && isSpace(text.charCodeAt(at + 1))) levels++
    else if (code >= 48 && code <= 57) {
      let digit = at
      while (digit < end && text.charCodeAt(digit) >= 48 && text.charCodeAt(digit) <= 57) digit++
      const mark = text.charCodeAt(digit)
      if ((mark !== 46 && mark !== 41) || !isSpace(text.charCodeAt(digit + 1))) break
      levels++
      at = digit
    } else break
  }
  return levels
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9
}

/**
 * Where frontmatter ends, as the parser finds it (micromark-extension-frontmatter): a line of
 * "---" and blanks opening the file (after a byte order mark), up to the next such line; 0 where
 * there is none (a "---" that no such line closes is a rule).
 */
export function frontmatterEnd(text: string): number {
  const opening = /^\uFEFF?---[ \t]*(?:\r\n?|\n)/.exec(text)
  if (!opening) return 0
  for (let line = opening[0].length; line < text.length; line = nextLineStart(text, endOfLine(text, line))) {
    if (!text.startsWith('---', line)) continue
    let after = line + 3
    while (text[after] === ' ' || text[after] === '\t') after++
    if (after === text.length || text[after] === '\n' || text[after] === '\r') return after
  }
  return 0
}
