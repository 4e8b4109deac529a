import type { Root, RootContent } from 'mdast'
import type { Point } from 'unist'
import { firstIndex } from './arrays.js'
import { countLines, parseMarkdown, shiftPositions } from './parse.js'

// After an edit, only the top-level blocks around it are parsed again and put in place of the old
// ones. That gives the tree a full parse gives only where the parser starts afresh at both seams:
// there a paragraph or heading ends and a blank line follows, so no container, fence, HTML block
// or lazy line carries across. The rest is parsed whole (`undefined` says so): a text with link or
// footnote definitions (`]:`), which reach the whole file; one with a line ending in `\r` alone
// (lines here are counted at `\n`) or a byte order mark at its start; and an edit up to the end of
// frontmatter, since a `---` that opens the file and closes no frontmatter changes how the parser
// reads lists everywhere, or a slice that opens with `---` further down (a rule), which parsed on
// its own would open frontmatter.

/** Blocks that a blank line after them closes for good. */
const CLOSED_BY_BLANK_LINE: ReadonlySet<RootContent['type']> = new Set(['paragraph', 'heading'])
const BLANK_LINE = /\n[ \t]*\r?\n/
const LONE_CARRIAGE_RETURN = /\r(?!\n)/
// The parser drops a byte order mark at the start (`analyze` takes it off before).
const BOM = '\uFEFF'

/** The tree of `text` built from `previous`, the tree of `before`; undefined where only a full parse is safe. */
export function reparse(before: string, previous: Root, text: string): Root | undefined {
  if ([before, text].some((version) => version.includes(']:') || LONE_CARRIAGE_RETURN.test(version) || version.startsWith(BOM)))
    return undefined
  const nodes = previous.children
  const prefix = commonPrefix(before, text)
  if ((before.startsWith('---') || text.startsWith('---')) && !(nodes[0]?.type === 'yaml' && prefix > end(nodes[0]))) return undefined
  const suffix = commonSuffix(before, text, prefix)
  // The first and last old blocks the edit touches, widened by a neighbour on each side.
  const first = Math.max(0, firstIndex(nodes, (node) => end(node) >= prefix) - 1)
  const last = Math.min(
    nodes.length - 1,
    firstIndex(nodes, (node) => start(node) > before.length - suffix)
  )
  if (nodes.length === 0 || first > last) return undefined
  const from = first === 0 ? 0 : lineStart(before, start(nodes[first]))
  const to = last === nodes.length - 1 ? before.length : lineEnd(before, end(nodes[last]))
  if (from > prefix || to < before.length - suffix) return undefined
  // A slice parsed on its own that opens with a rule would open frontmatter at the next `---` line.
  if (from > 0 && text.startsWith('---', from)) return undefined
  if (first > 0 && !seam(nodes[first - 1], before.slice(end(nodes[first - 1]), from))) return undefined
  const shift = text.length - before.length
  const slice = parseMarkdown(text.slice(from, to + shift)).children
  if (last < nodes.length - 1) {
    const after = nodes[last + 1]
    if (slice.length === 0 || !seam(slice[slice.length - 1], before.slice(to, start(after)))) return undefined
  }
  const head = first === 0 ? { line: 1, column: 1, offset: 0 } : nodes[first].position!.start
  const lines = countLines(text, from, to + shift) - countLines(before, from, to)
  for (const node of slice) shiftPositions(node, from, head.line - 1)
  for (const node of nodes.slice(last + 1)) shiftPositions(node, shift, lines)
  return {
    type: 'root',
    children: [...nodes.slice(0, first), ...slice, ...nodes.slice(last + 1)],
    position: { start: { line: 1, column: 1, offset: 0 }, end: endPoint(text) }
  }
}

/** A block the parser leaves for good at the text after it (up to the next block). */
function seam(node: RootContent, gap: string): boolean {
  return CLOSED_BY_BLANK_LINE.has(node.type) && BLANK_LINE.test(gap)
}

function start(node: RootContent): number {
  return node.position!.start.offset!
}

function end(node: RootContent): number {
  return node.position!.end.offset!
}

function commonPrefix(a: string, b: string): number {
  const limit = Math.min(a.length, b.length)
  let length = 0
  while (length < limit && a.charCodeAt(length) === b.charCodeAt(length)) length++
  return length
}

/** The common suffix, not reaching into the common prefix of either text. */
function commonSuffix(a: string, b: string, prefix: number): number {
  const limit = Math.min(a.length, b.length) - prefix
  let length = 0
  while (length < limit && a.charCodeAt(a.length - 1 - length) === b.charCodeAt(b.length - 1 - length)) length++
  return length
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1
}

function lineEnd(text: string, offset: number): number {
  const next = text.indexOf('\n', offset)
  return next < 0 ? text.length : next
}

/** Where a full parse ends the root: after the last character. */
function endPoint(text: string): Point {
  let line = 1
  let lineStartAt = 0
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
    line++
    lineStartAt = at + 1
  }
  return { line, column: text.length - lineStartAt + 1, offset: text.length }
}
