import type { Article, Lang } from '../../src/engine/model.js'
import type { HedgeLabel, Span } from '../documents.js'
import { add, emptyScore, matchSpans, overlaps, precision, recall, type Score } from './metrics.js'
import type { Evaluator, Row } from './types.js'

// Hedge cues, cue by cue, in every labelled sentence that lists `hedges` (an empty list means the
// sentence has none). A predicted cue matches a labelled one it overlaps; predictions count only
// inside labelled sentences. Then the `soll` family: of the soll/sollen/sollte… tokens in labelled
// sentences that no label marks as a hedge, how many the stage wrongly flags. Last, hedged claims
// without a source (attribution's `hedged` kind, which took over the hedge rule's check 1) against
// hedged sentences labelled `source: none` (the presumption-of-innocence hedges, never reported
// by design, are left out).

const SOLL_FAMILY = new Set(['soll', 'sollen', 'sollst', 'sollt', 'solle', 'sollest', 'sollte', 'sollten', 'solltest', 'solltet'])

interface Tally {
  cues: Score
  kindAgrees: number
  sollNonHedges: number
  sollFlagged: number
}

const emptyTally = (): Tally => ({ cues: emptyScore(), kindAgrees: 0, sollNonHedges: 0, sollFlagged: 0 })

export const evaluateHedges: Evaluator = (documents) => {
  const tallies = new Map<Lang | 'all', Tally>([['all', emptyTally()]])
  const unsourced = emptyScore()
  let sentences = 0
  for (const document of documents) {
    const article = document.result.article
    // Hedged claims without a source; the sentences it should find are hedged ones labelled `source: none`.
    const unsourcedFindings = document.result.findings
      .filter((finding) => finding.ruleId === 'attribution' && finding.kind === 'hedged')
      .map((finding) => ({ start: finding.offset, end: finding.endOffset }))
    for (const sentence of document.labels.sentences ?? []) {
      const writersHedge = sentence.hedges?.some((hedge) => !hedge.quoted && !/^mutmaßlich|^suspected/i.test(hedge.cue))
      if (!writersHedge || !sentence.source) continue
      const expected = sentence.source === 'none'
      const found = unsourcedFindings.some((finding) => overlaps(finding, sentence))
      if (expected && found) unsourced.tp++
      else if (expected) unsourced.fn++
      else if (found) unsourced.fp++
    }
    const predictions = (article.annotations.hedges ?? []).map((cue) => ({
      start: article.toSource(cue.start),
      end: article.toSource(cue.end),
      kind: cue.kind
    }))
    for (const sentence of document.labels.sentences ?? []) {
      if (!sentence.hedges) continue
      sentences++
      const lang = langAt(article, sentence.start)
      if (!tallies.has(lang)) tallies.set(lang, emptyTally())
      const inside = predictions.filter((prediction) => overlaps(prediction, sentence))
      const score = matchSpans(sentence.hedges, inside)
      const kindAgrees = sentence.hedges.filter((label) =>
        inside.some((prediction) => overlaps(label, prediction) && prediction.kind === label.kind)
      ).length
      const soll = sollTally(document.text, sentence, sentence.hedges, inside)
      for (const tally of [tallies.get('all')!, tallies.get(lang)!]) {
        add(tally.cues, score)
        tally.kindAgrees += kindAgrees
        tally.sollNonHedges += soll.nonHedges
        tally.sollFlagged += soll.flagged
      }
    }
  }
  const rows: Row[] = []
  for (const [lang, tally] of tallies) {
    const { cues } = tally
    if (lang !== 'all' && cues.tp + cues.fp + cues.fn === 0) continue
    rows.push(
      {
        rule: 'hedge',
        metric: `cue precision (${lang})`,
        value: precision(cues),
        target: { atLeast: 0.9 },
        n: cues.tp + cues.fp,
        ...(lang === 'all' ? { note: `${sentences} labelled sentences` } : {})
      },
      { rule: 'hedge', metric: `cue recall (${lang})`, value: recall(cues), target: { atLeast: 0.9 }, n: cues.tp + cues.fn },
      {
        rule: 'hedge',
        metric: `cue kind agrees (${lang})`,
        value: cues.tp + cues.fn === 0 ? 1 : tally.kindAgrees / (cues.tp + cues.fn),
        n: cues.tp + cues.fn
      }
    )
    if (tally.sollNonHedges > 0 || lang === 'all') {
      rows.push({
        rule: 'hedge',
        metric: `non-hedge soll flagged (${lang})`,
        value: tally.sollNonHedges === 0 ? 0 : tally.sollFlagged / tally.sollNonHedges,
        target: { atMost: 0.05 },
        n: tally.sollNonHedges
      })
    }
  }
  rows.push(
    {
      rule: 'hedge',
      metric: 'hedged, no source: precision',
      value: precision(unsourced),
      n: unsourced.tp + unsourced.fp,
      note: 'attribution kind hedged against hedged sentences labelled source none'
    },
    { rule: 'hedge', metric: 'hedged, no source: recall', value: recall(unsourced), n: unsourced.tp + unsourced.fn }
  )
  return rows
}

/** The language of the block the offset (in the document) falls in. */
function langAt(article: Article, offset: number): Lang {
  const block = article.blocks.find((candidate) => article.toSource(candidate.start) <= offset && offset < article.toSource(candidate.end))
  return block?.lang ?? article.lang
}

/** The soll-family words of a labelled sentence that no label marks as a hedge, and how many of them are predicted. */
export function sollTally(text: string, sentence: Span, labels: HedgeLabel[], predictions: Span[]): { nonHedges: number; flagged: number } {
  let nonHedges = 0
  let flagged = 0
  for (const match of text.slice(sentence.start, sentence.end).matchAll(/\p{L}+/gu)) {
    if (!SOLL_FAMILY.has(match[0].toLowerCase())) continue
    const span = { start: sentence.start + match.index, end: sentence.start + match.index + match[0].length }
    if (labels.some((label) => overlaps(label, span))) continue
    nonHedges++
    if (predictions.some((prediction) => overlaps(prediction, span))) flagged++
  }
  return { nonHedges, flagged }
}
