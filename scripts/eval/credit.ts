import type { CreditLine } from '../../src/engine/model.js'
import type { CreditLabel } from '../documents.js'
import { add, emptyScore, overlaps, precision, recall, type Score } from './metrics.js'
import type { EvalDocument, Evaluator, Row } from './types.js'

// Credit-line recognition: every document labelled with a `credit` key (a span with its
// agencies, or null). A prediction matches when it overlaps the labelled span and credits
// exactly the labelled agencies; any prediction on a document labelled null is a false positive.
// For matched credits, how often the date, initials and outlet agree with the label as well.

const sameAgencies = (label: CreditLabel, predicted: string[]) =>
  label.agencies.length === predicted.length && label.agencies.every((agency) => predicted.includes(agency))

function matches(label: CreditLabel, predicted: CreditLine | null): predicted is CreditLine {
  return predicted !== null && overlaps(label, predicted) && sameAgencies(label, predicted.agencies)
}

function scoreDocument(document: EvalDocument): Score {
  const label = document.labels.credit
  const predicted = document.result.article.annotations.credit ?? null
  const score = emptyScore()
  if (!label) {
    if (predicted) score.fp++
    return score
  }
  if (matches(label, predicted)) score.tp++
  else {
    score.fn++
    if (predicted) score.fp++
  }
  return score
}

type Field = 'date' | 'initials' | 'outlet'

/** Among matched credits whose label has the field: the share where the prediction agrees. */
function fieldAgreement(documents: EvalDocument[], field: Field): Row {
  let agreed = 0
  let n = 0
  for (const document of documents) {
    const label = document.labels.credit
    const predicted = document.result.article.annotations.credit ?? null
    if (!label || label[field] === undefined || !matches(label, predicted)) continue
    n++
    if (JSON.stringify(label[field]) === JSON.stringify(predicted[field])) agreed++
  }
  return { rule: 'credit-line', metric: `${field} agrees (matched credits)`, value: n ? agreed / n : 1, n }
}

export const evaluateCredit: Evaluator = (documents) => {
  const labelled = documents.filter((document) => document.labels.credit !== undefined)
  const score = emptyScore()
  for (const document of labelled) add(score, scoreDocument(document))
  const credited = labelled.filter((document) => document.labels.credit).length
  const note = `${labelled.length} documents, ${credited} with a credit line`
  return [
    {
      rule: 'credit-line',
      metric: 'recognition precision',
      value: precision(score),
      target: { atLeast: 0.98 },
      n: score.tp + score.fp,
      note
    },
    { rule: 'credit-line', metric: 'recognition recall', value: recall(score), target: { atLeast: 0.98 }, n: score.tp + score.fn },
    ...(['date', 'initials', 'outlet'] as const).map((field) => fieldAgreement(labelled, field))
  ]
}
