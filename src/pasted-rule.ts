import { removeBlock } from './block-edits.js'
import type { Article, Block, PastedBlock } from './model.js'
import type { Edit } from './rule.js'

// What the rules teaser, boilerplate and embed share: the blocks block classification gave their
// kind (the credit stage may have taken one back as the credit line), and the edits that fix them.

export function pastedBlocks(article: Article, kind: PastedBlock['kind']): Array<PastedBlock & { node: Block }> {
  return (article.annotations.pasted ?? [])
    .filter((entry) => entry.kind === kind && article.blocks[entry.block].kind === kind)
    .map((entry) => ({ ...entry, node: article.blocks[entry.block] }))
}

/** Take the block out; an embed whose post has a link leaves that link in its place. */
export function pastedFix(article: Article, entry: PastedBlock & { node: Block }): Edit[] {
  if (entry.post?.holdsLink) return [{ start: entry.node.start, end: entry.node.end, text: `<${entry.post.link}>` }]
  return [removeBlock(article.text, entry.node.start, entry.node.end)]
}
