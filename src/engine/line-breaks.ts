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

/** A fresh global matcher for every line break, to walk a text line by line. */
export function lineBreaks(): RegExp {
  return /\r\n|\r|\n/g
}
