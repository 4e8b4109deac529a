import type { Root } from 'mdast'
import type { Annotations, Article, Block, Lang, Sentence } from './model.js'
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
  /** Answers kept from the analysis before, for a document being edited (`incremental.ts`). */
  memo?: SentenceMemo & BlockMemo
}

/** Something a stage found in one sentence: a span of it. */
export interface SentenceSpan {
  start: number
  end: number
  sentence: number
}

/** A stage's answers for single sentences, kept between analyses of a document being edited. */
export interface SentenceMemo {
  /**
   * What `find` answers for the sentence, or the answer it gave before for the same sentence (its
   * text, its tokens and their marks) in the same `context`, moved to where the sentence is now.
   * `find` must read nothing of the article but the sentence and what `context` names.
   */
  inSentence<T extends SentenceSpan>(stage: string, sentence: Sentence, context: string, find: () => T[]): T[]
}

/** A stage's answers for single blocks, kept between analyses of a document being edited. */
export interface BlockMemo {
  /**
   * What `find` answers for the block, or the answer it gave before for the same block (its text
   * as written and as visible, kind, structure, language, links, sentences, their tokens and
   * marks) in the same `context`; `move` places an answer kept from elsewhere at the block's start
   * and index now, as a new value (a kept answer is never changed). `find` must read nothing of
   * the article but the block and what `context` names: a stage whose `reads` are only
   * `blockKinds` reads the block's kind, which the key holds.
   */
  inBlock<T>(stage: string, article: Article, block: Block, context: string, find: () => T, move: Move<T>): T
}

/** An answer for a block moved by `by` characters to the block at `index`. */
export type Move<T> = (found: T, by: number, index: number) => T

/** `find` for one block, through the memo where there is one; a context costly to spell out can be given as a function, called only then. */
export function inBlock<T>(
  options: AnalyzeOptions,
  stage: string,
  article: Article,
  block: Block,
  context: string | (() => string),
  find: () => T,
  move: Move<T>
): T {
  if (!options.memo) return find()
  return options.memo.inBlock(stage, article, block, typeof context === 'string' ? context : context(), find, move)
}

/** `find` for one sentence, through the memo where there is one. */
export function inSentence<T extends SentenceSpan>(
  options: AnalyzeOptions,
  stage: string,
  sentence: Sentence,
  context: string | (() => string),
  find: () => T[]
): T[] {
  if (!options.memo) return find()
  return options.memo.inSentence(stage, sentence, typeof context === 'string' ? context : context(), find)
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
