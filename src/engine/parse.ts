import type { Nodes, Root } from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
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
  const root: Root = { type: 'root', children: [] }
  for (const [index, piece] of pieces.entries()) {
    const end = pieces[index + 1]?.start ?? text.length
    const tree = processor.parse(text.slice(piece.start, end))
    shiftPositions(tree, piece.start, piece.line - 1)
    for (const child of tree.children) root.children.push(child)
    if (index === 0) root.position = { start: tree.position!.start, end: tree.position!.end }
    else root.position!.end = tree.position!.end
  }
  return root
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
