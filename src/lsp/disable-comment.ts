import type { TextDocument } from 'vscode-languageserver-textdocument'
import type { TextEdit } from 'vscode-languageserver/node'
import { endOfLine } from '../engine/line-breaks.js'
import type { Article, BlockKind } from '../engine/model.js'

// "Disable RULE …" as the editor offers it: a control comment the markdown takes as a block of its
// own. A comment line inside a paragraph, list, table or quote would end it there (an HTML comment
// interrupts a paragraph), and none can stand in frontmatter. So a comment goes only between the
// article's top-level blocks: above the line where that line opens a paragraph or heading, else
// around the whole block, as a disable and enable pair.

/** A top-level block of the document in file offsets, as the engine laid it out. */
export interface BlockSpan {
  offset: number
  endOffset: number
  structure: BlockKind
}

export function blockSpans(article: Article): BlockSpan[] {
  return article.blocks.map((block) => ({
    offset: article.toSource(block.start),
    endOffset: article.toSource(block.end),
    structure: block.structure
  }))
}

/** What a control comment switches off: the finding's line, or the whole block it stands in. */
export interface DisableComment {
  scope: string
  edits: TextEdit[]
}

const LINE_OPENERS: ReadonlySet<BlockKind> = new Set(['paragraph', 'lead', 'heading', 'title'])
const SCOPE_NAMES: Partial<Record<BlockKind, string>> = {
  paragraph: 'paragraph',
  lead: 'paragraph',
  heading: 'heading',
  title: 'heading',
  list: 'list',
  quote: 'quote',
  table: 'table'
}

/** The comment that switches `ruleId` off at `offset`; none in frontmatter or outside the blocks. */
export function disableComment(
  document: TextDocument,
  blocks: BlockSpan[],
  ruleId: string,
  offset: number,
  lineBreak: string
): DisableComment | undefined {
  const holding = blocks.filter((candidate) => candidate.offset <= offset && offset <= candidate.endOffset)
  // The frontmatter's title and lead are blocks of their own, inside it.
  const block = holding[0]
  if (!block || holding.some((candidate) => candidate.structure === 'frontmatter')) return undefined
  const first = document.positionAt(block.offset).line
  // A byte order mark stays the file's first character: a comment on the first line goes after it.
  const start = { line: first, character: first === 0 && document.getText().charCodeAt(0) === 0xfeff ? 1 : 0 }
  if (LINE_OPENERS.has(block.structure) && document.positionAt(offset).line === first) {
    return {
      scope: 'line',
      edits: [{ range: { start, end: start }, newText: `<!-- newslint-disable-next-line ${ruleId} -->${lineBreak}` }]
    }
  }
  const end = document.positionAt(endOfLine(document.getText(), block.endOffset))
  return {
    scope: SCOPE_NAMES[block.structure] ?? 'block',
    edits: [
      { range: { start, end: start }, newText: `<!-- newslint-disable ${ruleId} -->${lineBreak}${lineBreak}` },
      { range: { start: end, end }, newText: `${lineBreak}${lineBreak}<!-- newslint-enable ${ruleId} -->` }
    ]
  }
}
