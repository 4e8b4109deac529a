import type { Nodes, Root, RootContent } from 'mdast'
import { normalizeIdentifier } from 'micromark-util-normalize-identifier'
import { markdownParserFor } from './markdown-parser.js'
import { independentPieces } from './pieces.js'

const parse = (text: string): Root => markdownParserFor(text).parse(text)

/**
 * Parse markdown (with YAML frontmatter and GFM) into mdast with offsets into `text`. The parser
 * holds about 200 bytes per byte of input until it is done, so a large file is parsed in pieces
 * that cannot affect each other (see `pieces.ts`) and the trees are joined: the same tree, with a
 * parser's peak of one piece instead of the whole file.
 */
export function parseMarkdown(text: string): Root {
  const root: Root = { type: 'root', children: [] }
  for (const tree of pieceTrees(text)) {
    for (const child of tree.children) root.children.push(child)
    if (!root.position) root.position = { start: tree.position!.start, end: tree.position!.end }
    else root.position.end = tree.position!.end
  }
  return root
}

/**
 * The file's top-level nodes as `parseMarkdown` gives them, a piece at a time: a reader that keeps
 * only what it takes from each (the block layout) never holds the tree of a whole large file.
 */
export function* topLevelNodes(text: string): Generator<RootContent> {
  for (const tree of pieceTrees(text)) yield* tree.children
}

/** The tree of each piece in turn, its positions moved to where the piece stands in `text`. */
function* pieceTrees(text: string): Generator<Root> {
  const pieces = independentPieces(text)
  if (pieces.length === 1) return yield parse(text)
  const texts = pieces.map((piece, index) => text.slice(piece.start, pieces[index + 1]?.start ?? text.length))
  // Definitions reach the whole file, so they are read first; only a piece with "]:" can hold one.
  const definitions = definitionsOf(texts.filter((piece) => piece.includes(']:')).map(parse))
  for (const [index, piece] of pieces.entries()) {
    const tree = withDefinitionsFromElsewhere(texts[index], definitions, index === 0)
    shiftPositions(tree, piece.start, piece.line - 1)
    yield tree
  }
}

/** A link or footnote definition: what makes a reference to it anywhere in the file a link. */
interface Definition {
  label: string
  footnote: boolean
}

/** Every definition in the trees (in quotes and lists too) by its key, `^` before a footnote's, as the parser normalises labels. */
function definitionsOf(trees: Root[]): Map<string, Definition> {
  const found = new Map<string, Definition>()
  // A loop, not recursion: deep trees cannot overflow the stack.
  const pending: Nodes[] = [...trees]
  for (let node = pending.pop(); node; node = pending.pop()) {
    if (node.type === 'definition' || node.type === 'footnoteDefinition') {
      const footnote = node.type === 'footnoteDefinition'
      found.set((footnote ? '^' : '') + node.identifier, { label: node.label ?? node.identifier, footnote })
    }
    if ('children' in node) for (const child of node.children) pending.push(child)
  }
  return found
}

const [BACKSLASH, OPEN, CLOSE] = ['\\', '[', ']'].map((char) => char.charCodeAt(0))

/** Every bracketed label as references write it (`[Quelle]`, `[^1]`): brackets with none inside but escaped ones; one pass. */
function* bracketedLabels(text: string): Generator<string> {
  let open = -1
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i)
    if (char === BACKSLASH) i++
    else if (char === OPEN) open = i
    else if (char === CLOSE && open >= 0) {
      if (i > open + 1) yield text.slice(open + 1, i)
      open = -1
    }
  }
}

/**
 * A reference reads as a link only where its definition is known, and a definition reaches the
 * whole file. A piece that names a label defined elsewhere is parsed with stand-ins of those
 * definitions before it (after it in the first piece, which may open with frontmatter), each
 * a blank line apart, so they touch none of its blocks; they are then cut off and the piece's
 * nodes moved back to where they stand in the piece.
 */
function withDefinitionsFromElsewhere(text: string, definitions: Map<string, Definition>, first: boolean): Root {
  const tree = parse(text)
  if (definitions.size === 0) return tree
  const own = definitionsOf([tree])
  const wanted = new Map<string, Definition>()
  for (const label of bracketedLabels(text)) {
    const key = label.startsWith('^') ? '^' + normalizeIdentifier(label.slice(1)).toLowerCase() : normalizeIdentifier(label).toLowerCase()
    const definition = definitions.get(key)
    if (definition && !own.has(key)) wanted.set(key, definition)
  }
  if (wanted.size === 0) return tree
  const standIns = [...wanted.values()].map(({ label, footnote }) => (footnote ? `[^${label}]: .` : `[${label}]: #`)).join('\n\n')
  const prefix = first ? '' : `${standIns}\n\n`
  const reparsed = parse(first ? `${text}\n\n${standIns}\n` : prefix + text)
  const kept = reparsed.children.filter(
    ({ position }) => position!.start.offset! >= prefix.length && position!.start.offset! < prefix.length + text.length
  )
  if (reparsed.children.length - kept.length !== wanted.size) return tree
  reparsed.children = kept
  shiftPositions(reparsed, -prefix.length, -countLines(prefix, 0, prefix.length))
  reparsed.position = tree.position
  return reparsed
}

/** How many line feeds `text` has between `from` and `to`. */
export function countLines(text: string, from: number, to: number): number {
  let lines = 0
  for (let at = text.indexOf('\n', from); at >= 0 && at < to; at = text.indexOf('\n', at + 1)) lines++
  return lines
}

/** Move a node and everything inside it by `offset` characters and `lines` lines (columns stay); a loop, so deep trees cannot overflow the stack. */
export function shiftPositions(root: Nodes, offset: number, lines: number): void {
  if (offset === 0 && lines === 0) return
  const pending: Nodes[] = [root]
  for (let node = pending.pop(); node; node = pending.pop()) {
    if (node.position) {
      for (const point of [node.position.start, node.position.end]) {
        point.offset = point.offset! + offset
        point.line += lines
      }
    }
    if ('children' in node) for (const child of node.children) pending.push(child)
  }
}
