import type { Root, RootContent } from 'mdast'
import type { ParsedFrontmatter } from './frontmatter.js'
import { countVisible, layoutBlocks, type Layout } from './blocks.js'
import { detectLanguage, parseLang } from './language.js'
import type { Article, Block, Lang, Sentence, Token } from './model.js'
import { normalizeNfc } from './normalize.js'
import { topLevelNodes } from './parse.js'
import { markQuotes, markVerbatim } from './quoted-words.js'
import { type RawSentence, splitSentences } from './sentences.js'
import type { AnalyzeOptions } from './stage.js'
import { STAGES } from './stages.js'
import { checkLimits } from './limits.js'

/**
 * How an analysis parses and splits. An analysis of a document being edited takes what it can
 * from the one before (`incremental.ts`); the answers must be the ones a fresh analysis gives.
 */
export interface Reuse {
  parse(text: string): Iterable<RootContent>
  split(plain: string, from: number, to: number, lang: Lang): RawSentence[]
  /** The language of a block's visible text (`detectLanguage`). */
  detect(visible: string): Lang | undefined
  /** Called before each stage: throws to stop an analysis whose text is already out of date. */
  beforeStage?(): void
}

/** An analysis from nothing: parse, split and detect anew. */
export const FRESH: Reuse = { parse: topLevelNodes, split: splitSentences, detect: detectLanguage }

/** Analyse a file once into the article model that every rule reads; a `LimitError` for input too large or too deep (see `limits.ts`). */
export function analyze(path: string, source: string, options: AnalyzeOptions = {}, reuse: Reuse = FRESH): Article {
  checkLimits(source)
  // micromark drops a byte order mark and counts offsets without it; so does the model.
  const bom = source.charCodeAt(0) === 0xfeff ? 1 : 0
  const normalized = normalizeNfc(bom ? source.slice(1) : source)
  const text = normalized.text
  const toSource = bom ? (offset: number) => normalized.toSource(offset) + 1 : normalized.toSource
  const { parsed, layout } = readStructure(text, options.tree && text === source ? options.tree : undefined, reuse.parse)
  const plain = blankOutSyntax(text, layout.textRanges)
  const lang = parseLang(parsed?.frontmatter.data.lang) ?? options.lang ?? detectLanguage(plain.slice(0, 3000)) ?? 'de'

  const blocks: Block[] = []
  const sentences: Sentence[] = []
  for (const draft of layout.blocks) {
    const visible = plain.slice(draft.start, draft.end)
    const block: Block = {
      index: blocks.length,
      kind: draft.kind,
      structure: draft.kind,
      start: draft.start,
      end: draft.end,
      lang: parsed?.frontmatter.data.lang ? lang : (reuse.detect(visible) ?? lang),
      ...(draft.depth === undefined ? {} : { depth: draft.depth }),
      sentences: [],
      links: draft.links.slice(),
      textLength: countVisible(visible),
      linkTextLength: draft.linkTextLength,
      ...(draft.bold ? { bold: true } : {})
    }
    // Each sentence's tokens, then the block's in one list for marking: the list is built only for
    // a block of several sentences, at its size (grown by `push`, it copied itself as it grew).
    const sentenceTokens: Token[][] = []
    for (const [from, to] of draft.units) {
      for (const raw of reuse.split(plain, from, to, block.lang)) {
        block.sentences.push(sentences.length)
        sentenceTokens.push(raw.tokens)
        sentences.push({
          index: sentences.length,
          block: block.index,
          start: raw.start,
          end: raw.end,
          text: plain.slice(raw.start, raw.end),
          tokens: raw.tokens
        })
      }
    }
    const blockTokens = sentenceTokens.length === 1 ? sentenceTokens[0] : concatenate(sentenceTokens)
    markVerbatim(blockTokens, layout.verbatim)
    markQuotes(blockTokens, block.lang)
    // Arrays filled by `push` keep room to grow (17 slots for one item); a large file has many blocks.
    block.sentences = block.sentences.slice()
    blocks.push(block)
  }

  const article: Article = {
    path,
    source,
    text,
    plain,
    lang,
    ...(parsed ? { frontmatter: parsed.frontmatter } : {}),
    blocks,
    sentences,
    annotations: {},
    toSource
  }
  for (const stage of STAGES) {
    reuse.beforeStage?.()
    stage.run(article, options)
  }
  return article
}

/** The lists one after another, in one list of their total length. */
function concatenate<T>(lists: T[][]): T[] {
  let length = 0
  for (const list of lists) length += list.length
  const all = new Array<T>(length)
  let at = 0
  for (const list of lists) for (const item of list) all[at++] = item
  return all
}

/** The frontmatter and the block layout; the markdown tree (ten times the text or more) is never held whole for a fresh parse, and dropped before sentences are split. */
function readStructure(
  text: string,
  tree: Root | undefined,
  parse: (text: string) => Iterable<RootContent>
): { parsed: ParsedFrontmatter | undefined; layout: Layout } {
  const layout = layoutBlocks(tree?.children ?? parse(text), text)
  return { parsed: layout.frontmatter, layout }
}

/** The text with everything but visible text (markup, URLs, HTML) replaced by spaces; line breaks stay. */
function blankOutSyntax(text: string, ranges: Array<[number, number]>): string {
  // The layout gives its ranges in order; a copy is sorted only if they are not.
  const sorted = isSorted(ranges) ? ranges : [...ranges].sort((a, b) => a[0] - b[0])
  const parts: string[] = []
  let at = 0
  for (const [start, end] of sorted) {
    if (start < at) continue
    parts.push(blank(text.slice(at, start)), text.slice(start, end))
    at = end
  }
  parts.push(blank(text.slice(at)))
  return parts.join('')
}

function isSorted(ranges: Array<[number, number]>): boolean {
  for (let k = 1; k < ranges.length; k++) if (ranges[k][0] < ranges[k - 1][0]) return false
  return true
}

const VISIBLE_CHAR = /[^\r\n]/
const LINE_BREAK = /[\r\n]/

function blank(syntax: string): string {
  // Most syntax between visible text is the line breaks between blocks or a marker without one.
  if (!VISIBLE_CHAR.test(syntax)) return syntax
  if (!LINE_BREAK.test(syntax)) return spaces(syntax.length)
  return syntax.replace(/[^\r\n]/g, ' ')
}

/** Runs of spaces, made once per length that short (a marker, an indent). */
const SPACES: string[] = []

function spaces(length: number): string {
  if (length > 64) return ' '.repeat(length)
  return (SPACES[length] ??= ' '.repeat(length))
}
