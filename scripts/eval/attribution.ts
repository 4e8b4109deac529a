import type { SentenceLabel } from '../documents.js'
import { emptyScore, overlaps, precision, recall, type Score } from './metrics.js'
import type { EvalDocument, Evaluator, Row } from './types.js'

// Sourcing, judged per labelled sentence and per language.
// attribution: a sentence labelled `claim: true, source: none` is an unsourced claim; the rule
// predicts one when an `attribution` finding overlaps the sentence.
// vague-source: a sentence with `vague` spans has a vague source; the rule predicts one when a
// `vague-source` finding lies in the sentence.

type Lang = 'de' | 'en'

interface Scores {
  attribution: Score
  vague: Score
  sentences: number
}

function langAt(document: EvalDocument, offset: number): Lang {
  const article = document.result.article
  const block = article.blocks.find((candidate) => article.toSource(candidate.start) <= offset && offset < article.toSource(candidate.end))
  return block?.lang ?? article.lang
}

function count(score: Score, labelled: boolean, predicted: boolean): void {
  if (labelled && predicted) score.tp++
  else if (predicted) score.fp++
  else if (labelled) score.fn++
}

function scoreSentence(document: EvalDocument, label: SentenceLabel, into: Scores): void {
  const findings = document.result.findings
  const flagged = (ruleId: string) =>
    findings.some(
      (finding) =>
        finding.ruleId === ruleId && overlaps(label, { start: finding.offset, end: Math.max(finding.endOffset, finding.offset + 1) })
    )
  into.sentences++
  if (label.claim !== undefined && label.source !== undefined)
    count(into.attribution, label.claim && label.source === 'none', flagged('attribution'))
  count(into.vague, (label.vague ?? []).length > 0, flagged('vague-source'))
}

export const evaluateAttribution: Evaluator = (documents) => {
  const byLang = new Map<Lang, Scores>()
  for (const document of documents) {
    for (const label of document.labels.sentences ?? []) {
      if (label.source === undefined && label.vague === undefined) continue
      const lang = langAt(document, label.start)
      const scores = byLang.get(lang) ?? { attribution: emptyScore(), vague: emptyScore(), sentences: 0 }
      byLang.set(lang, scores)
      scoreSentence(document, label, scores)
    }
  }
  const rows: Row[] = []
  for (const lang of ['de', 'en'] as const) {
    const scores = byLang.get(lang)
    if (!scores) continue
    // The targets are set for German; English is measured on its own, smaller set.
    const target = (atLeast: number) => (lang === 'de' ? { target: { atLeast } } : {})
    const note = `${lang}, ${scores.sentences} sentences`
    rows.push(
      {
        rule: 'attribution',
        metric: `${lang} unsourced-claim precision`,
        value: precision(scores.attribution),
        ...target(0.8),
        n: scores.attribution.tp + scores.attribution.fp,
        note
      },
      {
        rule: 'attribution',
        metric: `${lang} unsourced-claim recall`,
        value: recall(scores.attribution),
        ...target(0.75),
        n: scores.attribution.tp + scores.attribution.fn
      },
      {
        rule: 'vague-source',
        metric: `${lang} vague-source precision`,
        value: precision(scores.vague),
        ...target(0.85),
        n: scores.vague.tp + scores.vague.fp
      },
      {
        rule: 'vague-source',
        metric: `${lang} vague-source recall`,
        value: recall(scores.vague),
        ...target(0.85),
        n: scores.vague.tp + scores.vague.fn
      }
    )
  }
  return rows
}
