import { removeBlock } from './block-edits.js'
import type { Article, PastedBlock } from '../../src/engine/model.js'
import type { Edit } from '../../src/lint/rule.js'

// What the rules teaser, boilerplate and embed share: the blocks block classification gave their
// kind (the credit stage may have taken one back as the credit line) and the posts it found
// pasted inside paragraphs, with the edits that fix them.

export interface PastedFinding {
  start: number
  end: number
  signal: string
  post?: PastedBlock['post']
  fix: Edit[]
}

export function pastedFindings(article: Article, kind: PastedBlock['kind']): PastedFinding[] {
  return (article.annotations.pasted ?? [])
    .filter((entry) => entry.kind === kind && (entry.span !== undefined || article.blocks[entry.block].kind === kind))
    .map((entry) => {
      const { start, end } = entry.span ?? article.blocks[entry.block]
      return { start, end, signal: entry.signal, ...(entry.post ? { post: entry.post } : {}), fix: [fixOf(article, entry, start, end)] }
    })
}

/**
 * Take the block out (an embed whose post has a link leaves that link in its place); a span
 * inside a paragraph goes with the space after it.
 */
function fixOf(article: Article, entry: PastedBlock, start: number, end: number): Edit {
  if (entry.post?.holdsLink) return { start, end, text: `<${entry.post.link}>` }
  if (!entry.span) return removeBlock(article.text, start, end)
  let after = end
  while (article.text[after] === ' ') after++
  return after > end || start === 0 ? { start, end: after, text: '' } : { start: trimSpacesBefore(article.text, start), end, text: '' }
}

function trimSpacesBefore(text: string, start: number): number {
  let from = start
  while (from > 0 && text[from - 1] === ' ') from--
  return from
}
