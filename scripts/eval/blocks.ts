import type { RuleSetting } from '../../src/config/config.js'
import { ruleById } from '../../src/config/config.js'
import { lintSource } from '../../src/lint/lint.js'
import type { Article } from '../../src/engine/model.js'
import { readCorpus } from '../corpus.js'
import type { Span } from '../documents.js'
import { overlaps, precision, recall } from './metrics.js'
import type { EvalDocument, Evaluator, Row } from './types.js'

// Block classification, block by block: every document whose label lists `blocks` is labelled
// completely (unlisted blocks are article text). The corpus is plain text, one block per
// article, so its pasted posts are spans inside a block: the posts the model finds inside
// paragraphs count as predictions too. A classified block counts as right when it
// overlaps a labelled block of the same kind; a labelled block counts as found when a block of
// its kind overlaps it (labels and model may cut a post into one block or two). Then the false
// findings of the three rules on every article of the clean corpus, where only the labelled
// pasted spans (pasted tweets) may be found.

const KINDS = ['teaser', 'boilerplate', 'embed'] as const
type PastedKind = (typeof KINDS)[number]
interface KindSpan extends Span {
  kind: PastedKind
}

const isPasted = (kind: string): kind is PastedKind => (KINDS as readonly string[]).includes(kind)

/** The model's pasted blocks and the posts it found pasted inside paragraphs, in the document's offsets. */
function predictedBlocks(article: Article): KindSpan[] {
  const inline = (article.annotations.pasted ?? []).flatMap((entry) => (entry.span ? [{ ...entry.span, kind: entry.kind }] : []))
  const blocks = article.blocks
    .filter((block) => isPasted(block.kind))
    .map((block) => ({ start: block.start, end: block.end, kind: block.kind as PastedKind }))
  return [...blocks, ...inline].map((span) => ({ start: article.toSource(span.start), end: article.toSource(span.end), kind: span.kind }))
}

function labelledBlocks(document: EvalDocument): KindSpan[] {
  return (document.labels.blocks ?? []).filter((label): label is KindSpan => isPasted(label.kind))
}

interface Tally {
  right: number
  predicted: number
  found: number
  labelled: number
}

export const evaluateBlocks: Evaluator = (documents) => {
  const labelled = documents.filter((document) => document.labels.blocks !== undefined)
  const tallies = new Map<PastedKind | 'all', Tally>(
    [...KINDS, 'all' as const].map((kind) => [kind, { right: 0, predicted: 0, found: 0, labelled: 0 }])
  )
  for (const document of labelled) {
    const labels = labelledBlocks(document)
    const predictions = predictedBlocks(document.result.article)
    for (const kind of [...KINDS, 'all' as const]) {
      const tally = tallies.get(kind)!
      const ofKind = <T extends KindSpan>(spans: T[]) => (kind === 'all' ? spans : spans.filter((span) => span.kind === kind))
      const same = (a: KindSpan, b: KindSpan) => a.kind === b.kind && overlaps(a, b)
      for (const prediction of ofKind(predictions)) {
        tally.predicted++
        if (labels.some((label) => same(label, prediction))) tally.right++
      }
      for (const label of ofKind(labels)) {
        tally.labelled++
        if (predictions.some((prediction) => same(label, prediction))) tally.found++
      }
    }
  }
  const rows: Row[] = []
  for (const [kind, tally] of tallies) {
    const p = precision({ tp: tally.right, fp: tally.predicted - tally.right, fn: 0 })
    const r = recall({ tp: tally.found, fp: 0, fn: tally.labelled - tally.found })
    const targets = kind === 'all'
    rows.push(
      {
        rule: 'blocks',
        metric: `${kind} precision`,
        value: p,
        ...(targets ? { target: { atLeast: 0.95 } } : {}),
        n: tally.predicted,
        ...(targets ? { note: `${labelled.length} documents` } : {})
      },
      { rule: 'blocks', metric: `${kind} recall`, value: r, ...(targets ? { target: { atLeast: 0.9 } } : {}), n: tally.labelled }
    )
  }
  rows.push(...corpusFalseFindings(documents))
  return rows
}

/**
 * On every article of the clean corpus: findings of teaser, boilerplate and embed per 100 articles
 * that overlap no labelled pasted span, and findings that reach beyond the labelled span into the
 * article's own text (a letter outside every labelled span): what their fix would delete of it.
 * The corpus holds each article as one line; a content repository holds paragraphs, where the
 * tests for short blocks apply: so again with a paragraph break after every third sentence.
 */
function corpusFalseFindings(documents: EvalDocument[]): Row[] {
  const pastedSpans = new Map<number, Span[]>()
  for (const document of documents) {
    if (!document.labels.document.startsWith('corpus:')) continue
    const row = Number(document.labels.document.slice('corpus:'.length))
    pastedSpans.set(row, [...(pastedSpans.get(row) ?? []), ...labelledBlocks(document)])
  }
  const rules = new Map<string, RuleSetting>(KINDS.map((id) => [id, { severity: 'warn', options: { ...ruleById(id)!.meta.defaults } }]))
  const corpus = readCorpus()
  const lint = (path: string, text: string) => lintSource(path, text, { rules, ignore: [], files: [] })
  const counts = { asLines: emptyCounts(), asParagraphs: emptyCounts() }
  for (const article of corpus) {
    const spans = pastedSpans.get(article.row) ?? []
    const result = lint(`corpus-${article.row}.md`, article.text)
    count(counts.asLines, article.text, result.findings, spans, (offset) => offset)
    const { text, original } = inParagraphs(article.text, result.article)
    count(counts.asParagraphs, article.text, lint(`corpus-${article.row}.md`, text).findings, spans, original)
  }
  return [...countRows('corpus', counts.asLines, corpus.length), ...countRows('corpus in paragraphs', counts.asParagraphs, corpus.length)]
}

interface Counts {
  falseFindings: number
  beyond: number
  findings: number
}

const emptyCounts = (): Counts => ({ falseFindings: 0, beyond: 0, findings: 0 })

/** Tally the pasted findings of one article; `original` maps an offset of the linted text to the article's. */
function count(
  counts: Counts,
  text: string,
  findings: Array<{ ruleId: string; offset: number; endOffset: number }>,
  spans: Span[],
  original: (offset: number) => number
): void {
  for (const finding of findings) {
    if (!isPasted(finding.ruleId)) continue
    counts.findings++
    const range = { start: original(finding.offset), end: original(finding.endOffset) }
    if (!spans.some((span) => overlaps(span, range))) counts.falseFindings++
    else if (reachesBeyond(text, range, spans)) counts.beyond++
  }
}

function countRows(what: string, counts: Counts, articles: number): Row[] {
  return [
    {
      rule: 'blocks',
      metric: `${what} false findings per 100`,
      value: (100 * counts.falseFindings) / articles,
      target: { atMost: 1 },
      n: articles,
      note: `${counts.falseFindings} findings`
    },
    {
      rule: 'blocks',
      metric: `${what} findings into article text`,
      value: counts.beyond,
      target: { atMost: 0 },
      n: counts.findings,
      note: `of ${counts.findings} findings on labelled pasted spans`
    }
  ]
}

/** The article with a blank line for the space after every third sentence, and the way back to its offsets. */
function inParagraphs(text: string, article: Article): { text: string; original: (offset: number) => number } {
  const cuts = article.sentences
    .filter((_, index) => index > 0 && index % 3 === 0)
    .map((sentence) => article.toSource(sentence.start) - 1)
    .filter((at) => text[at] === ' ')
  let from = 0
  const parts: string[] = []
  for (const at of cuts) {
    parts.push(text.slice(from, at), '\n\n')
    from = at + 1
  }
  parts.push(text.slice(from))
  // Each cut turns one space into two characters: an offset after k cuts stood k places earlier.
  const shifted = cuts.map((at, index) => at + index + 1)
  return { text: parts.join(''), original: (offset) => offset - shifted.filter((at) => at < offset).length }
}

/** A letter of `range` lies outside every labelled span. */
function reachesBeyond(text: string, range: Span, spans: Span[]): boolean {
  for (let at = range.start; at < range.end; at++) {
    if (/\p{L}/u.test(text[at]) && !spans.some((span) => span.start <= at && at < span.end)) return true
  }
  return false
}
