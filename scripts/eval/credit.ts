import type { CreditLabel } from '../documents.js'
import { add, emptyScore, overlaps, precision, recall, type Score } from './metrics.js'
import type { EvalDocument, Evaluator, Row } from './types.js'

// Credit-line recognition: every document labelled with a `credit` key (a span with its
// agencies, or null). A prediction matches when it overlaps the labelled span and credits
// exactly the labelled agencies; any prediction on a document labelled null is a false positive.

const sameAgencies = (label: CreditLabel, predicted: string[]) =>
  label.agencies.length === predicted.length && label.agencies.every((agency) => predicted.includes(agency))

export function scoreDocument(document: EvalDocument): Score {
  const label = document.labels.credit
  const predicted = document.result.article.annotations.credit ?? null
  const score = emptyScore()
  if (!label) {
    if (predicted) score.fp++
    return score
  }
  if (predicted && overlaps(label, predicted) && sameAgencies(label, predicted.agencies)) score.tp++
  else {
    score.fn++
    if (predicted) score.fp++
  }
  return score
}

export const evaluateCredit: Evaluator = (documents) => {
  const labelled = documents.filter((document) => document.labels.credit !== undefined)
  const score = emptyScore()
  for (const document of labelled) add(score, scoreDocument(document))
  const credited = labelled.filter((document) => document.labels.credit).length
  const note = `${labelled.length} documents, ${credited} with a credit line`
  const rows: Row[] = [
    { rule: 'credit-line', metric: 'recognition precision', value: precision(score), target: { atLeast: 0.98 }, n: score.tp + score.fp, note },
    { rule: 'credit-line', metric: 'recognition recall', value: recall(score), target: { atLeast: 0.98 }, n: score.tp + score.fn }
  ]
  return rows
}
