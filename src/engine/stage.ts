import type { Annotations, Article, Lang } from './model.js'
import type { Vocabulary } from './vocabulary.js'

export interface AnalyzeOptions {
  /** The language from configuration; the frontmatter's `lang` still wins for its article. */
  lang?: Lang
  /** The newsroom's words, added to the built-in lexicons; without it, stages use those alone. */
  vocabulary?: Vocabulary
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
