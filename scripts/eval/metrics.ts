import type { Span } from '../documents.js'

export interface Score {
  tp: number
  fp: number
  fn: number
}

export const emptyScore = (): Score => ({ tp: 0, fp: 0, fn: 0 })

export function precision(score: Score): number {
  return score.tp + score.fp === 0 ? 1 : score.tp / (score.tp + score.fp)
}

export function recall(score: Score): number {
  return score.tp + score.fn === 0 ? 1 : score.tp / (score.tp + score.fn)
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end
}

/** Count matches between labelled and predicted spans: each label and prediction matches at most once. */
export function matchSpans<L extends Span, P extends Span>(
  labels: L[],
  predictions: P[],
  same: (label: L, prediction: P) => boolean = () => true
): Score {
  const used = new Set<number>()
  let tp = 0
  for (const label of labels) {
    const index = predictions.findIndex((prediction, i) => !used.has(i) && overlaps(label, prediction) && same(label, prediction))
    if (index >= 0) {
      used.add(index)
      tp++
    }
  }
  return { tp, fp: predictions.length - used.size, fn: labels.length - tp }
}

export function add(into: Score, from: Score): void {
  into.tp += from.tp
  into.fp += from.fp
  into.fn += from.fn
}
