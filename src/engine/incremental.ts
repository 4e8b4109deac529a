import type { Root } from 'mdast'
import { FRESH, analyze, type Reuse } from './analyze.js'
import type { Article, Block, Lang, Sentence, Token } from './model.js'
import { detectLanguage } from './language.js'
import { parseMarkdown } from './parse.js'
import { reparse } from './reparse.js'
import { type RawSentence, splitSentences } from './sentences.js'
import type { AnalyzeOptions, BlockMemo, Move, SentenceMemo, SentenceSpan } from './stage.js'

// A document being edited is analysed again at every pause in typing, and an edit changes a block
// or two. What costs most before the stages run is kept from the analysis before: the markdown
// tree, parsed again only around the edit (reparse.ts), and the sentences of every unchanged
// paragraph, which depend on its text and language alone, and their languages. The stages then run
// over the whole article as in a fresh analysis: what crosses blocks (the headline, the credit
// line) is decided over the new model. Within a stage, what it finds in one sentence from that
// sentence alone (its sources, its hedges) is kept too, keyed on the sentence and on everything
// else the stage names as read (`SentenceMemo`); what it finds in one block from that block alone
// (classification, credit lines), keyed on the block (`BlockMemo`). Sourcing, carried from one
// paragraph into the next, is kept per block keyed also on what is carried in: after an edit, the
// blocks from the edit on are decided again until what they carry is what it was.

/** A stage's answer for a block, with the block's start and index when it was found. */
interface BlockAnswer {
  start: number
  index: number
  found: unknown
}

/** The sentences of one unit of text, with the offset they were last placed at. */
interface Split {
  at: number
  sentences: RawSentence[]
}

/**
 * One document's analyses in turn, each reusing what the text before it allows. The sentences and
 * tokens of an analysis move with the text into the next one: an article it returned holds until
 * the next call.
 */
export class DocumentAnalysis implements SentenceMemo, BlockMemo {
  private text?: string
  private tree?: Root
  /** By language, then by the unit's text (a slice of the visible text: no copy is made to key it). */
  private splits = new Map<Lang, Map<string, Split>>()
  private nextSplits = new Map<Lang, Map<string, Split>>()
  /** The language of each block's visible text. */
  private langs = new Map<string, Lang | undefined>()
  private nextLangs = new Map<string, Lang | undefined>()
  // Answers are filed under the stage, the block's kind and the context, then under the sentence's
  // or block's key, worked out once per analysis: nothing is joined for a lookup, and a long key is
  // hashed once.
  /** Spans found in sentences, offsets counted from the sentence's start. */
  private found = new Answers<SentenceSpan[]>()
  private nextFound = new Answers<SentenceSpan[]>()
  private answers = new Answers<BlockAnswer>()
  private nextAnswers = new Answers<BlockAnswer>()
  /** What identifies a sentence or block of this analysis to the memos, worked out once. */
  private keys = new WeakMap<Sentence | Block, string>()
  /**
   * The key of a sentence kept from the analysis before (its tokens, moved along, are the same
   * array): unchanged text and marks give the same key string, not a new one, which spares
   * building, hashing and collecting a copy of the whole text at every analysis.
   */
  private tokenKeys = new WeakMap<Token[], SentenceKey>()
  /** The same for a block, by its first sentence's tokens: the parts its key was joined from. */
  private tokenBlockKeys = new WeakMap<Token[], BlockKey>()
  /** The newsroom's words of the analysis before: every stage's answers depend on them. */
  private vocabulary?: string

  /**
   * `beforeStage` runs before each stage, and before each sentence and block a stage looks up, and
   * may throw to stop an analysis gone stale: a key typed while a long article is analysed stops
   * it within a block, not at the end of a stage.
   */
  constructor(
    private readonly beforeStage?: () => void,
    /**
     * Whether each analysis keeps what it found for the next. One that keeps nothing (a document
     * too long to keep, see kept-analyses.ts) spares the memory of the memo, half again what a
     * fresh analysis holds, and still stops within a block.
     */
    private readonly keeps = true
  ) {}

  analyze(path: string, source: string, options: AnalyzeOptions = {}): Article {
    if (!this.keeps) {
      const stop = this.beforeStage
      return stop
        ? analyze(path, source, { ...options, memo: stoppingMemo(stop) }, { ...FRESH, beforeStage: stop })
        : analyze(path, source, options)
    }
    const reuse: Reuse = {
      parse: (text) => this.parse(text).children,
      split: (plain, from, to, lang) => this.split(plain, from, to, lang),
      detect: (visible) => this.detect(visible),
      ...(this.beforeStage ? { beforeStage: this.beforeStage } : {})
    }
    this.nextSplits = new Map()
    this.nextLangs = new Map()
    this.nextFound = new Answers()
    this.nextAnswers = new Answers()
    this.keys = new WeakMap()
    const vocabulary = JSON.stringify(options.vocabulary ?? {})
    if (vocabulary !== this.vocabulary) {
      // Other words: no answer kept holds.
      this.found = new Answers()
      this.answers = new Answers()
      this.vocabulary = vocabulary
    }
    const article = analyze(path, source, { ...options, memo: this }, reuse)
    // Only what this text has is kept: the memory stays that of one analysis. An analysis stopped
    // half-way (edited again while it ran, typing on) keeps what the one before found instead: that
    // still holds for every block the edit left alone, the new text's answers are only partly there.
    this.splits = this.nextSplits
    this.langs = this.nextLangs
    this.found = this.nextFound
    this.answers = this.nextAnswers
    return article
  }

  inSentence<T extends SentenceSpan>(stage: string, sentence: Sentence, context: string, find: () => T[]): T[] {
    this.beforeStage?.()
    const key = this.sentenceKey(sentence)
    let spans = (this.found.get(stage, '', context, key) ?? this.nextFound.get(stage, '', context, key)) as T[] | undefined
    spans ??= find().map((span) => ({ ...span, start: span.start - sentence.start, end: span.end - sentence.start }))
    this.nextFound.set(stage, '', context, key, spans)
    return spans.map((span) => ({ ...span, start: span.start + sentence.start, end: span.end + sentence.start, sentence: sentence.index }))
  }

  inBlock<T>(stage: string, article: Article, block: Block, context: string, find: () => T, move: Move<T>): T {
    this.beforeStage?.()
    // Classification changes a block's kind while the analysis runs: it is read afresh.
    const key = this.blockKey(article, block)
    const kept = this.answers.get(stage, block.kind, context, key) ?? this.nextAnswers.get(stage, block.kind, context, key)
    const answer = kept ?? { start: block.start, index: block.index, found: find() }
    this.nextAnswers.set(stage, block.kind, context, key, answer)
    return answer.start === block.start && answer.index === block.index
      ? (answer.found as T)
      : move(answer.found as T, block.start - answer.start, block.index)
  }

  /** The sentence's text and its tokens' places, kinds and marks. */
  private sentenceKey(sentence: Sentence): string {
    let key = this.keys.get(sentence)
    if (key === undefined) {
      key = this.tokenKeys.get(sentence.tokens)?.keyFor(sentence)
      if (key === undefined) {
        const built = new SentenceKey(sentence)
        this.tokenKeys.set(sentence.tokens, built)
        key = built.key
      }
      this.keys.set(sentence, key)
    }
    return key
  }

  /** Everything of the block a stage may read but its kind: its text as written and as visible, its fields, its sentences. */
  private blockKey(article: Article, block: Block): string {
    let key = this.keys.get(block)
    if (key === undefined) {
      const sentences = block.sentences.map((index) => article.sentences[index])
      const sentenceKeys = sentences.map((sentence) => this.sentenceKey(sentence))
      // A block whose first sentence moved with the text is most likely the block it was: the same
      // key string again (hashed once, compared by reference) if it still has all it was built from.
      const first = sentences[0]?.tokens
      const kept = first && this.tokenBlockKeys.get(first)
      if (kept && kept.holds(article, block, sentences, sentenceKeys)) key = kept.key
      else {
        const built = new BlockKey(article, block, sentences, sentenceKeys)
        if (first) this.tokenBlockKeys.set(first, built)
        key = built.key
      }
      this.keys.set(block, key)
    }
    return key
  }

  private parse(text: string): Root {
    const tree = (this.text !== undefined && this.tree && reparse(this.text, this.tree, text)) || parseMarkdown(text)
    // The old tree's nodes now belong to the new one (reparse moves them): keep only the new.
    this.text = text
    this.tree = tree
    return tree
  }

  private detect(visible: string): Lang | undefined {
    const lang = this.langs.has(visible) ? this.langs.get(visible) : detectLanguage(visible)
    this.nextLangs.set(visible, lang)
    return lang
  }

  private split(plain: string, from: number, to: number, lang: Lang): RawSentence[] {
    const key = plain.slice(from, to)
    let next = this.nextSplits.get(lang)
    if (!next) this.nextSplits.set(lang, (next = new Map()))
    // The same text twice in one article (a repeated label line) is split again for its second place.
    const repeated = next.has(key)
    const kept = repeated ? undefined : this.splits.get(lang)?.get(key)
    if (kept) {
      moveTo(kept, from)
      next.set(key, kept)
      return kept.sentences
    }
    const sentences = splitSentences(plain, from, to, lang)
    if (!repeated) next.set(key, { at: from, sentences })
    return sentences
  }
}

/**
 * Answers by stage, block kind (empty for sentences) and context, then by what they are about (a
 * sentence's or block's key). The first three have few values in an analysis: a handful of maps,
 * not one for each sentence.
 */
class Answers<T> {
  private readonly byStage = new Map<string, Map<string, Map<string, Map<string, T>>>>()

  get(stage: string, kind: string, context: string, key: string): T | undefined {
    return this.byStage.get(stage)?.get(kind)?.get(context)?.get(key)
  }

  set(stage: string, kind: string, context: string, key: string, answer: T): void {
    let byKind = this.byStage.get(stage)
    if (!byKind) this.byStage.set(stage, (byKind = new Map()))
    let byContext = byKind.get(kind)
    if (!byContext) byKind.set(kind, (byContext = new Map()))
    let byKey = byContext.get(context)
    if (!byKey) byContext.set(context, (byKey = new Map()))
    byKey.set(key, answer)
  }
}

/** A memo that keeps nothing but lets `stop` end the analysis before each sentence and block. */
function stoppingMemo(stop: () => void): SentenceMemo & BlockMemo {
  return {
    inSentence: (_stage, _sentence, _context, find) => (stop(), find()),
    inBlock: (_stage, _article, _block, _context, find) => (stop(), find())
  }
}

/**
 * A block's key with what it was built from: its text as written and as visible, its fields, where
 * its sentences start and their keys; to tell whether it still holds without joining them again.
 */
class BlockKey {
  readonly key: string
  private readonly text: string
  private readonly plain: string
  private readonly structure: Block['structure']
  private readonly lang: Lang
  private readonly depth: number | undefined
  private readonly textLength: number
  private readonly linkTextLength: number
  private readonly links: string[]
  private readonly offsets: number[]
  private readonly sentenceKeys: string[]

  constructor(article: Article, block: Block, sentences: Sentence[], sentenceKeys: string[]) {
    const { structure, lang, depth, textLength, linkTextLength, links } = block
    this.text = article.text.slice(block.start, block.end)
    this.plain = article.plain.slice(block.start, block.end)
    this.structure = structure
    this.lang = lang
    this.depth = depth
    this.textLength = textLength
    this.linkTextLength = linkTextLength
    this.links = links.slice()
    this.offsets = sentences.map(({ start }) => start - block.start)
    this.sentenceKeys = sentenceKeys
    this.key = [
      JSON.stringify([structure, lang, depth, textLength, linkTextLength, links, this.offsets]),
      this.text,
      this.plain,
      ...sentenceKeys
    ].join('\u0000')
  }

  /** Whether the block now has everything the key was built from. */
  holds(article: Article, block: Block, sentences: Sentence[], sentenceKeys: string[]): boolean {
    return (
      block.structure === this.structure &&
      block.lang === this.lang &&
      block.depth === this.depth &&
      block.textLength === this.textLength &&
      block.linkTextLength === this.linkTextLength &&
      sameItems(block.links, this.links) &&
      sameItems(sentenceKeys, this.sentenceKeys) &&
      sentences.every((sentence, k) => sentence.start - block.start === this.offsets[k]) &&
      block.end - block.start === this.text.length &&
      article.text.startsWith(this.text, block.start) &&
      article.plain.startsWith(this.plain, block.start)
    )
  }
}

function sameItems<T>(before: readonly T[], now: readonly T[]): boolean {
  return before.length === now.length && before.every((item, k) => item === now[k])
}

/** A sentence's key with the text and marks it was built from, to tell whether it still holds. */
class SentenceKey {
  readonly key: string
  private readonly text: string
  private readonly marks: Uint8Array

  constructor(sentence: Sentence) {
    this.text = sentence.text
    this.marks = Uint8Array.from(sentence.tokens, marksOf)
    this.key = [sentence.text, ...sentence.tokens.map((token) => tokenShape(token, sentence.start))].join('\u0000')
  }

  /** The key, if the sentence (whose tokens moved with the text) still has the text and marks it was built from. */
  keyFor(sentence: Sentence): string | undefined {
    if (sentence.text !== this.text || sentence.tokens.length !== this.marks.length) return undefined
    for (let k = 0; k < this.marks.length; k++) if (marksOf(sentence.tokens[k]) !== this.marks[k]) return undefined
    return this.key
  }
}

function marksOf(token: Token): number {
  return (token.quoted ? 1 : 0) | (token.verbatim ? 2 : 0)
}

/** What a stage may read of a token beyond the sentence's text: its place in the sentence, its kind and marks. */
function tokenShape(token: Token, from: number): string {
  return `${token.start - from}-${token.end - from}${token.kind[0]}${token.quoted ? 'q' : ''}${token.verbatim ? 'v' : ''}`
}

/** Move a unit's sentences and tokens to its place in the new text (later steps mark its tokens afresh). */
function moveTo(split: Split, at: number): void {
  const by = at - split.at
  split.at = at
  if (by === 0) return
  for (const sentence of split.sentences) {
    sentence.start += by
    sentence.end += by
    for (const token of sentence.tokens) token.start += by
  }
}
