import { packagePath } from '../../src/engine/lexicon.js'
import { loadLabelledDocuments, type SentenceLabel } from '../documents.js'
import { emptyScore, overlaps, precision, recall, type Score } from './metrics.js'
import type { EvalDocument, Row } from './types.js'

// How far two labellers agree: `fixtures/eval/agreement/` holds a second, independent labelling
// of some tuning-set articles. Read as if the second labeller were a rule judged against the
// first, its precision and recall on unsourced claims are the ceiling a rule can hope for on
// these labels; Cohen's kappa says how much of the agreement is more than chance.

const AGREEMENT_DIR = packagePath('fixtures', 'eval', 'agreement')

const unsourcedClaim = (label: SentenceLabel) => label.claim === true && label.source === 'none'

/** The second labeller's sentence that overlaps most with the first's. */
function counterpart(label: SentenceLabel, others: SentenceLabel[]): SentenceLabel | undefined {
  let best: SentenceLabel | undefined
  let bestOverlap = 0
  for (const other of others) {
    const overlap = Math.min(label.end, other.end) - Math.max(label.start, other.start)
    if (overlap > bestOverlap) [best, bestOverlap] = [other, overlap]
  }
  return best
}

function tally(score: Score, first: boolean, second: boolean): void {
  if (first && second) score.tp++
  else if (second) score.fp++
  else if (first) score.fn++
}

/** Cohen's kappa of two yes/no labellings, from their 2x2 table: agreement beyond what chance would give. */
export function kappa(score: Score, total: number): number {
  const agreed = (total - score.fp - score.fn) / total
  const first = (score.tp + score.fn) / total
  const second = (score.tp + score.fp) / total
  const chance = first * second + (1 - first) * (1 - second)
  return chance === 1 ? 1 : (agreed - chance) / (1 - chance)
}

export function evaluateAgreement(firsts: EvalDocument[]): Row[] {
  const seconds = loadLabelledDocuments(AGREEMENT_DIR)
  const score = emptyScore()
  // The rule on the same sentences, against the first labeller: how far it is from the ceiling.
  const rule = emptyScore()
  let claimAgreed = 0
  let total = 0
  for (const second of seconds) {
    const first = firsts.find((document) => document.labels.document === second.labels.document)
    if (!first) throw new Error(`${second.file}: ${second.labels.document} has no first labelling in fixtures/eval/labels`)
    const others = second.labels.sentences ?? []
    for (const label of first.labels.sentences ?? []) {
      const other = counterpart(label, others)
      if (!other || label.claim === undefined || !overlaps(label, other)) continue
      total++
      if (label.claim === other.claim) claimAgreed++
      const a = unsourcedClaim(label)
      tally(score, a, unsourcedClaim(other))
      tally(
        rule,
        a,
        first.result.findings.some(
          (finding) =>
            finding.ruleId === 'attribution' &&
            overlaps(label, { start: finding.offset, end: Math.max(finding.endOffset, finding.offset + 1) })
        )
      )
    }
  }
  const note = `${seconds.length} articles, ${total} sentences`
  return [
    { rule: 'labellers', metric: 'claim or not: agreement', value: claimAgreed / total, n: total, note },
    { rule: 'labellers', metric: 'unsourced claim: 2nd vs 1st precision', value: precision(score), n: score.tp + score.fp },
    { rule: 'labellers', metric: 'unsourced claim: 2nd vs 1st recall', value: recall(score), n: score.tp + score.fn },
    { rule: 'labellers', metric: "unsourced claim: Cohen's kappa", value: kappa(score, total), n: total },
    { rule: 'attribution', metric: 'same sentences: precision vs 1st', value: precision(rule), n: rule.tp + rule.fp },
    { rule: 'attribution', metric: 'same sentences: recall vs 1st', value: recall(rule), n: rule.tp + rule.fn }
  ]
}
