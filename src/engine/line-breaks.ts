// Markdown ends a line at "\r\n", "\r" or "\n"; files keep whichever their editor wrote, and
// text newslint inserts must follow the file's own style.

export const LINE_BREAK = /\r\n|\r|\n/

/** The file's line break (the first one written), or "\n" for a text of one line. */
export function lineBreakOf(text: string): string {
  return LINE_BREAK.exec(text)?.[0] ?? '\n'
}

/** Where the line holding `offset` ends: at its "\n" or "\r", or at the end of the text. */
export function endOfLine(text: string, offset: number): number {
  // By code, not by character: a character above U+00FF read as a string is a new string each time.
  for (let at = offset; at < text.length; at++) {
    const code = text.charCodeAt(at)
    if (code === 10 || code === 13) return at
  }
  return text.length
}

/** Where the line holding `offset` starts: after the "\n" or "\r" before it, or at the start of the text. */
export function startOfLine(text: string, offset: number): number {
  // Back to the nearest break of either kind: searching for each kind alone runs back to the text's
  // start for the kind a file does not use, at every call (quadratic in a long file). A line's last
  // stretch by code; a long line's start by the native search, its carriage returns in its slice.
  const floor = Math.max(0, offset - NEAR)
  for (let at = offset; at > floor; at--) {
    const code = text.charCodeAt(at - 1)
    if (code === 10 || code === 13) return at
  }
  if (floor === 0) return 0
  const lineFeed = text.lastIndexOf('\n', floor - 1)
  const carriageReturn = text.slice(lineFeed + 1, floor).lastIndexOf('\r')
  return lineFeed + 1 + (carriageReturn < 0 ? 0 : carriageReturn + 1)
}

// How far back a line's start is searched code by code before the native search takes over.
const NEAR = 1024

/** Where the line before the one starting at `lineStart` ends: before its "\r\n", "\n" or lone "\r". */
export function endOfLineBefore(text: string, lineStart: number): number {
  return lineStart - (text.startsWith('\r\n', lineStart - 2) ? 2 : 1)
}

/** Where the line after the one ending at `lineEnd` starts: past its "\r\n", "\n" or lone "\r". */
export function nextLineStart(text: string, lineEnd: number): number {
  return lineEnd + (text.startsWith('\r\n', lineEnd) ? 2 : 1)
}

/** How many line breaks ("\r\n", "\n" or a lone "\r") `text` holds. */
export function lineBreakCount(text: string): number {
  // `indexOf` searches natively; most texts have no "\r" at all.
  let breaks = 0
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) breaks++
  for (let at = text.indexOf('\r'); at >= 0; at = text.indexOf('\r', at + 1)) if (text.charCodeAt(at + 1) !== 10) breaks++
  return breaks
}

/** A fresh global matcher for every line break, to walk a text line by line. */
export function lineBreaks(): RegExp {
  return /\r\n|\r|\n/g
}
