import type { Nodes, Root } from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { normalizeIdentifier } from 'micromark-util-normalize-identifier'
import { unified } from 'unified'
import { independentPieces } from './pieces.js'

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze()

/**
 * Parse markdown (with YAML frontmatter and GFM) into mdast with offsets into `text`. The parser
 * holds about 200 bytes per byte of input until it is done, so a large file is parsed in pieces
 * that cannot affect each other (see `pieces.ts`) and the trees are joined: the same tree, with a
 * parser's peak of one piece instead of the whole file.
 */
export function parseMarkdown(text: string): Root {
  const pieces = independentPieces(text)
  if (pieces.length === 1) return processor.parse(text)
  const texts = pieces.map((piece, index) => text.slice(piece.start, pieces[index + 1]?.start ?? text.length))
  const trees = texts.map((piece) => processor.parse(piece))
  const definitions = definitionsOf(trees)
  const root: Root = { type: 'root', children: [] }
  for (const [index, piece] of pieces.entries()) {
    const tree = definitions.size > 0 ? withDefinitionsFromElsewhere(texts[index], trees[index], definitions) : trees[index]
    // A definition the piece could not be given as the whole file gives it: parse the file whole.
    if (!tree) return processor.parse(text)
    shiftPositions(tree, piece.start, piece.line - 1)
    for (const child of tree.children) root.children.push(child)
    if (index === 0) root.position = { start: tree.position!.start, end: tree.position!.end }
    else root.position!.end = tree.position!.end
  }
  return root
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
 * whole file. A piece that names a label defined in another piece is parsed again with stand-ins
 * of those definitions after its end (a definition counts wherever it stands), which are then cut
 * off: its own nodes come out as in the whole file. Undefined when a stand-in did not parse as one
 * (the piece ends inside a fence or HTML block that runs to the end of the file).
 */
function withDefinitionsFromElsewhere(text: string, tree: Root, definitions: Map<string, Definition>): Root | undefined {
  const own = new Set(definitionsOf([tree]).keys())
  const wanted = new Map<string, Definition>()
  for (const label of bracketedLabels(text)) {
    const key = label.startsWith('^') ? '^' + normalizeIdentifier(label.slice(1)).toLowerCase() : normalizeIdentifier(label).toLowerCase()
    const definition = definitions.get(key)
    if (definition && !own.has(key)) wanted.set(key, definition)
  }
  if (wanted.size === 0) return tree
  const standIns = [...wanted.values()].map(({ label, footnote }) => (footnote ? `[^${label}]: .` : `[${label}]: #`))
  const reparsed = processor.parse(`${text}\n\n${standIns.join('\n')}\n`)
  const added = reparsed.children.filter((node) => node.position!.start.offset! >= text.length)
  if (added.length !== wanted.size || added.some((node) => node.type !== 'definition' && node.type !== 'footnoteDefinition'))
    return undefined
  reparsed.children.length -= added.length
  reparsed.position = tree.position
  return reparsed
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
