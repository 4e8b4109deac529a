import type { Link, Nodes, Paragraph, RootContent } from 'mdast'
import { type FieldSpan, type ParsedFrontmatter, readFrontmatter } from './frontmatter.js'
import type { BlockKind } from './model.js'

// Turns the top-level markdown nodes into article blocks, and gathers what sentence splitting
// needs: the text-bearing ranges (everything else is blanked out) and the units to split.

export interface BlockDraft {
  kind: BlockKind
  start: number
  end: number
  depth?: number
  /** Ranges of paragraph-like content, each split into sentences on its own. */
  units: Array<[number, number]>
  links: string[]
  /** Visible characters inside links: with the block's text length, its link density. */
  linkTextLength: number
  /** A paragraph that is bold throughout: how many house styles mark the lead. */
  bold?: boolean
}

export interface Layout {
  blocks: BlockDraft[]
  /** Ranges of visible text, in document order. */
  textRanges: Array<[number, number]>
  /** Ranges of code spans and URLs written out as link text, in document order: visible, yet not prose. */
  verbatim: Array<[number, number]>
  /** The YAML frontmatter, read where the file opens with it. */
  frontmatter?: ParsedFrontmatter
}

const STRUCTURE: Partial<Record<RootContent['type'], BlockKind>> = {
  paragraph: 'paragraph',
  heading: 'heading',
  blockquote: 'quote',
  list: 'list',
  table: 'table',
  code: 'code',
  html: 'html',
  thematicBreak: 'break',
  footnoteDefinition: 'paragraph',
  yaml: 'frontmatter'
}

/** The layout of the file's top-level nodes, read once in order (a large file's come a piece at a time). */
export function layoutBlocks(nodes: Iterable<RootContent>, text: string): Layout {
  const blocks: BlockDraft[] = []
  const textRanges: Array<[number, number]> = []
  const verbatim: Array<[number, number]> = []
  let frontmatter: ParsedFrontmatter | undefined
  for (const node of nodes) {
    const kind = STRUCTURE[node.type]
    if (!kind || !node.position) continue
    const start = node.position.start.offset!
    const end = node.position.end.offset!
    if (node.type === 'yaml') {
      frontmatter = readFrontmatter(node, text)
      blocks.push({ kind, start, end, units: [], links: [], linkTextLength: 0 })
      for (const [key, blockKind] of [
        ['title', 'title'],
        ['lead', 'lead'],
        ['teaser', 'lead']
      ] as const) {
        const span = frontmatter.spans.get(key)
        if (!span) continue
        const inner = unquote(span, text)
        textRanges.push(inner)
        blocks.push({ kind: blockKind, start: inner[0], end: inner[1], units: [inner], links: [], linkTextLength: 0 })
      }
      continue
    }
    const draft: BlockDraft = { kind, start, end, units: [], links: [], linkTextLength: 0 }
    if (node.type === 'heading') draft.depth = node.depth
    if (node.type === 'paragraph') draft.bold = isBoldThroughout(node)
    collect(node, draft, { textRanges, verbatim }, text)
    blocks.push(draft)
  }
  assignTitleAndLead(blocks)
  return { blocks, textRanges, verbatim, ...(frontmatter ? { frontmatter } : {}) }
}

/** Walk a block's nodes in document order; a loop, not recursion, so that deep nesting cannot overflow the stack. */
function collect(root: Nodes, draft: BlockDraft, ranges: Pick<Layout, 'textRanges' | 'verbatim'>, text: string): void {
  const pending: Array<{ node: Nodes; inLink: boolean; quotes: number }> = [{ node: root, inLink: false, quotes: 0 }]
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { node, inLink, quotes } = next
    if ((node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') && node.position) {
      draft.units.push([node.position.start.offset!, node.position.end.offset!])
    }
    if (node.type === 'link') draft.links.push(node.url)
    if ((node.type === 'text' || node.type === 'inlineCode') && node.position) {
      const range: [number, number] = [node.position.start.offset!, node.position.end.offset!]
      for (const line of withoutQuoteMarkers(text, range, quotes)) ranges.textRanges.push(line)
      if (node.type === 'inlineCode') ranges.verbatim.push(range)
      if (inLink) draft.linkTextLength += countVisible(node.value)
      continue
    }
    if (node.type === 'link' && node.position && isWrittenOutUrl(node))
      ranges.verbatim.push([node.position.start.offset!, node.position.end.offset!])
    if (!('children' in node)) continue
    const inside = { inLink: inLink || node.type === 'link', quotes: quotes + (node.type === 'blockquote' ? 1 : 0) }
    for (let i = node.children.length - 1; i >= 0; i--) pending.push({ node: node.children[i], ...inside })
  }
}

/**
 * A text's range without the block quote markers that open its lines after the first ("Der Rat
 * tagte.⏎> Die Opposition …"): the markdown tree's text leaves them out, its position does not.
 * Each line stripped of at most as many markers as quotes hold the text (a lazy line has none).
 */
function withoutQuoteMarkers(text: string, [start, end]: [number, number], quotes: number): Array<[number, number]> {
  if (quotes === 0) return [[start, end]]
  const lines: Array<[number, number]> = []
  let from = start
  for (let at = start; at < end; at++) {
    const char = text.charCodeAt(at)
    // A line ends at "\n", "\r\n" or "\r" alone.
    if (char !== LINE_FEED && (char !== CARRIAGE_RETURN || text.charCodeAt(at + 1) === LINE_FEED)) continue
    lines.push([from, at + 1])
    from = at + 1
    for (let marker = 0; marker < quotes; marker++) {
      const found = QUOTE_MARKER.exec(text.slice(from, from + MAX_MARKER))
      if (!found) break
      from += found[0].length
    }
    // The markers may run past the text's own end: its range ends at the line break then.
    from = Math.min(from, end)
    at = from - 1
  }
  if (from < end) lines.push([from, end])
  return lines
}

const LINE_FEED = 10
const CARRIAGE_RETURN = 13

/** One block quote marker: up to three spaces of indent (a tab makes four: the ">" is text), ">", and one blank after it. */
const QUOTE_MARKER = /^ {0,3}>[ \t]?/
const MAX_MARKER = 6

/** An autolink (`<https://…>`, `<a@b.de>`, a bare `www.…`): the link's text is its URL. */
function isWrittenOutUrl(link: Link): boolean {
  const [only] = link.children
  if (link.children.length !== 1 || only.type !== 'text') return false
  return [only.value, `mailto:${only.value}`, `http://${only.value}`].includes(link.url)
}

/** Characters that are not whitespace: how the model measures a block's text. */
export function countVisible(value: string): number {
  let count = 0
  for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) > 32) count++
  return count
}

/** A frontmatter value's range without its YAML quotes. */
function unquote(span: FieldSpan, text: string): [number, number] {
  const first = text[span.start]
  const quoted = (first === '"' || first === "'") && text[span.end - 1] === first && span.end - span.start >= 2
  return quoted ? [span.start + 1, span.end - 1] : [span.start, span.end]
}

/** One strong child, and beside it at most blanks and marks of zero width ("\u200f**Sie wollen nichts verpassen?**"). */
function isBoldThroughout(paragraph: Paragraph): boolean {
  const shown = paragraph.children.filter((child) => child.type !== 'text' || !INVISIBLE_TEXT.test(child.value))
  return shown.length === 1 && shown[0].type === 'strong'
}

const INVISIBLE_TEXT = /^[\s\p{Cf}]*$/u

/** The first `#` heading is the title unless the frontmatter gave one; a bold first paragraph after it is the lead. */
function assignTitleAndLead(blocks: BlockDraft[]): void {
  let titleIndex = blocks.findIndex((block) => block.kind === 'title')
  if (titleIndex < 0) {
    const first = blocks.find((block) => block.kind !== 'frontmatter' && block.kind !== 'html')
    if (first && first.kind === 'heading' && first.depth === 1) first.kind = 'title'
    titleIndex = first ? blocks.indexOf(first) : -1
  }
  if (blocks.some((block) => block.kind === 'lead')) return
  // Without a title the first block itself may be the lead.
  const afterTitle = blocks[titleIndex]?.kind === 'title' ? titleIndex + 1 : 0
  const next = blocks.slice(afterTitle).find((block) => block.kind !== 'html' && block.kind !== 'frontmatter')
  if (next && next.kind === 'paragraph' && next.units.length === 1 && next.bold) next.kind = 'lead'
}
