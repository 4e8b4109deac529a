import { append } from './arrays.js'
import type { Article, Block, Token } from './model.js'

/** The tokens of all sentences of a block, in order. */
export function blockTokens(article: Article, block: Block): Token[] {
  const tokens: Token[] = []
  for (const index of block.sentences) append(tokens, article.sentences[index].tokens)
  return tokens
}
