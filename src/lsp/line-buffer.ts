import type { Position, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument'

// Written here: `TextDocument.update` copies the whole text for each change, and keeps its line
// offsets by shifting every one after the change; a batch of thousands of changes in no one order
// (a line-ending conversion, replacements in a document with carriage returns) cost minutes.

/**
 * A text as its lines, each with its line break, so that a change by line and character touches
 * its own lines only. Lines and positions are read as `TextDocument` reads them: "\r\n", "\r" and
 * "\n" each end a line, and a character past a line's end stands at its end.
 */
export class LineBuffer {
  private lines: string[]

  constructor(text: string) {
    this.lines = splitLines(text)
  }

  /**
   * Applies a change as `TextDocument.update` does; false, with nothing applied, for a range on a
   * line past the last, where `TextDocument` keeps its line offsets in a way of its own.
   */
  apply(change: TextDocumentContentChangeEvent): boolean {
    if (!('range' in change)) {
      this.lines = splitLines(change.text)
      return true
    }
    const [start, end] = wellFormed(change.range.start, change.range.end)
    if (start.line >= this.lines.length || end.line >= this.lines.length) return false
    const [startLine, from] = this.place(start)
    const [last, to] = this.place(end)
    let first = startLine
    // Within one line and with no line break: the line's text changes, its lines stay as they are.
    if (first === last && (from > 0 || first === 0 || !this.lines[first - 1].endsWith('\r')) && !/[\r\n]/.test(change.text)) {
      this.lines[first] = this.lines[first].slice(0, from) + change.text + this.lines[first].slice(to)
      return true
    }
    let changed = this.lines[first].slice(0, from) + change.text + this.lines[last].slice(to)
    // A "\n" now right after a carriage return that ended the line above: the two are one line break.
    if (first > 0 && changed.startsWith('\n') && this.lines[first - 1].endsWith('\r')) {
      first--
      changed = this.lines[first] + changed
    }
    const replacement = splitLines(changed)
    // Text that ends with its last line's break leaves an empty piece: the next line goes on from there.
    if (last < this.lines.length - 1) replacement.pop()
    this.replace(first, last, replacement)
    return true
  }

  text(): string {
    return this.lines.join('')
  }

  /** The line and the character a position stands at, as `TextDocument.offsetAt` reads it. */
  private place({ line, character }: Position): [number, number] {
    if (line < 0) return [0, 0]
    return [line, Math.min(Math.max(character, 0), contentLength(this.lines[line]))]
  }

  private replace(first: number, last: number, replacement: string[]): void {
    // As many lines as before (a line break changed in place): no line moves.
    if (replacement.length === last - first + 1) replacement.forEach((line, at) => (this.lines[first + at] = line))
    else if (replacement.length < MAX_SPREAD) this.lines.splice(first, last - first + 1, ...replacement)
    else {
      this.lines.splice(first, last - first + 1)
      // In slices: a spread of many arguments overflows the call stack.
      for (let at = 0; at < replacement.length; at += MAX_SPREAD)
        this.lines.splice(first + at, 0, ...replacement.slice(at, at + MAX_SPREAD))
    }
  }
}

const MAX_SPREAD = 10_000

/** The lines of a text, each with its line break; the last without one (empty after a final break). */
function splitLines(text: string): string[] {
  const lines: string[] = []
  let from = 0
  for (const lineBreak of text.matchAll(/\r\n|\r|\n/g)) {
    const next = lineBreak.index + lineBreak[0].length
    lines.push(text.slice(from, next))
    from = next
  }
  lines.push(text.slice(from))
  return lines
}

function contentLength(line: string): number {
  return line.length - (line.endsWith('\r\n') ? 2 : line.endsWith('\n') || line.endsWith('\r') ? 1 : 0)
}

/** Start before end, as `TextDocument` orders a range given the other way round. */
function wellFormed(start: Position, end: Position): [Position, Position] {
  return isBefore(end, start) ? [end, start] : [start, end]
}

/** `a` stands before `b`: on an earlier line, or earlier on the same line. */
export function isBefore(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character)
}
