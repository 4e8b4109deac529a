import { kappa } from './agreement.js'
import { add, emptyScore, matchSpans, precision, recall } from './metrics.js'
import { isUnsourcedClaim, loadSilver, type SilverArticle } from './silver-labels.js'
import type { Row } from './types.js'

// How far two labellers agree on the fresh rows labelled twice: the second labelling read as if it
// were a rule judged against the first. Its figures are about the ceiling a rule can reach on
// these labels, for the same spans and sentences `npm run eval` scores the rules on.

export function evaluateFreshAgreement(): Row[] {
  const firsts = new Map(loadSilver('fresh').map((article) => [article.row, article]))
  const seconds = loadSilver('freshSecond')
  const [cues, vague, claims] = [emptyScore(), emptyScore(), emptyScore()]
  let sentences = 0
  for (const second of seconds) {
    const first = firsts.get(second.row)
    if (!first) throw new Error(`fresh-labels-second.json: row ${second.row} is not in fresh-labels.json`)
    for (const [index, other] of second.sentences.entries()) {
      const label = sameSentence(first, index, other.start, other.end)
      sentences++
      add(cues, matchSpans(label.cues, other.cues))
      add(vague, matchSpans(label.vague, other.vague))
      add(claims, matchSpans(isUnsourcedClaim(label) ? [label] : [], isUnsourcedClaim(other) ? [other] : []))
    }
  }
  const note = `${seconds.length} articles, ${sentences} sentences`
  return [
    { rule: 'labellers', metric: 'hedge cues: 2nd vs 1st precision', value: precision(cues), n: cues.tp + cues.fp, note },
    { rule: 'labellers', metric: 'hedge cues: 2nd vs 1st recall', value: recall(cues), n: cues.tp + cues.fn },
    { rule: 'labellers', metric: 'vague spans: 2nd vs 1st precision', value: precision(vague), n: vague.tp + vague.fp },
    { rule: 'labellers', metric: 'vague spans: 2nd vs 1st recall', value: recall(vague), n: vague.tp + vague.fn },
    { rule: 'labellers', metric: 'unsourced claim: 2nd vs 1st precision', value: precision(claims), n: claims.tp + claims.fp },
    { rule: 'labellers', metric: 'unsourced claim: 2nd vs 1st recall', value: recall(claims), n: claims.tp + claims.fn },
    { rule: 'labellers', metric: "unsourced claim: Cohen's kappa", value: kappa(claims, sentences), n: sentences }
  ]
}

/** The first labelling's sentence at the same place: both label the packet's sentences as split. */
function sameSentence(first: SilverArticle, index: number, start: number, end: number) {
  const label = first.sentences[index]
  if (label?.start !== start || label.end !== end)
    throw new Error(`fresh-labels-second.json: row ${first.row} sentence ${index} is not split as in fresh-labels.json`)
  return label
}
