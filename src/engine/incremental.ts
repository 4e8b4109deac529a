import type { Root } from 'mdast'
import { analyze, type Reuse } from './analyze.js'
import type { Article, Lang, Token } from './model.js'
import { parseMarkdown } from './parse.js'
import { reparse } from './reparse.js'
import { type RawSentence, splitSentences } from './sentences.js'
import type { AnalyzeOptions } from './stage.js'

// A document being edited is analysed again at every pause in typing, and an edit changes a block
// or two. What costs most before the stages run is kept from the analysis before: the markdown
// tree, parsed again only around the edit (reparse.ts), and the sentences of every unchanged
// paragraph, which depend on its text and language alone. The stages then run over the whole
// article as in a fresh analysis: what crosses blocks (sourcing carried from the paragraph
// before, the headline, the credit line) is decided over the new model.

/** Sentences of one unit, offsets counted from the unit's start. */
type Split = RawSentence[]

/** One document's analyses in turn, each reusing what the text before it allows. */
export class DocumentAnalysis {
  private text?: string
  private tree?: Root
  private splits = new Map<string, Split>()
  private nextSplits = new Map<string, Split>()

  /** `beforeStage` runs before each stage and may throw to stop an analysis gone stale. */
  constructor(private readonly beforeStage?: () => void) {}

  analyze(path: string, source: string, options: AnalyzeOptions = {}): Article {
    const reuse: Reuse = {
      parse: (text) => this.parse(text),
      split: (plain, from, to, lang) => this.split(plain, from, to, lang),
      ...(this.beforeStage ? { beforeStage: this.beforeStage } : {})
    }
    this.nextSplits = new Map()
    try {
      return analyze(path, source, options, reuse)
    } finally {
      // Only the units of this text are kept: the memory stays that of one analysis.
      this.splits = this.nextSplits
    }
  }

  private parse(text: string): Root {
    const tree = (this.text !== undefined && this.tree && reparse(this.text, this.tree, text)) || parseMarkdown(text)
    // The old tree's nodes now belong to the new one (reparse moves them): keep only the new.
    this.text = text
    this.tree = tree
    return tree
  }

  private split(plain: string, from: number, to: number, lang: Lang): RawSentence[] {
    const key = `${lang}\u0000${plain.slice(from, to)}`
    let split = this.splits.get(key) ?? this.nextSplits.get(key)
    if (!split) split = moved(splitSentences(plain, from, to, lang), -from)
    this.nextSplits.set(key, split)
    // Later steps mark tokens (quoted, verbatim): each analysis gets tokens of its own.
    return moved(split, from)
  }
}

function moved(sentences: RawSentence[], by: number): RawSentence[] {
  return sentences.map((sentence) => ({
    start: sentence.start + by,
    end: sentence.end + by,
    tokens: sentence.tokens.map((token): Token => ({ ...token, start: token.start + by, end: token.end + by }))
  }))
}
