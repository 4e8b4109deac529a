import type { Root } from 'mdast'
import type { Annotations, Article, Lang } from './model.js'
import type { Vocabulary } from './vocabulary.js'

export interface AnalyzeOptions {
  /** The language from configuration; the frontmatter's `lang` still wins for its article. */
  lang?: Lang
  /** The newsroom's words, added to the built-in lexicons; without it, stages use those alone. */
  vocabulary?: Vocabulary
  /**
   * The markdown already parsed from exactly `source` (with frontmatter and GFM), as a remark
   * pipeline has it; used when the text needs no normalising, else the source is parsed again.
   */
  tree?: Root
}

/** What a stage reads or writes: an annotation, or the kinds of the blocks (classification changes them). */
export type ModelPart = keyof Annotations | 'blockKinds'

/** An analysis step run once per article after blocks and sentences exist; it adds to the model. */
export interface Stage {
  id: string
  reads: ModelPart[]
  writes: ModelPart[]
  run(article: Article, options: AnalyzeOptions): void
}
