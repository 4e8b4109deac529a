import type { Span } from '../documents.js'
import { overlaps } from './metrics.js'
import { bySentence, findingSpan, hedgePredictions, ruleFindings } from './silver.js'
import { isUnsourcedClaim, type SilverDocument, type SilverSentence } from './silver-labels.js'

// `npm run eval -- --explain RULE --set silver`: the development packets' disagreements for one
// rule, each sentence with the disputed span marked ⟦…⟧. Held-out packets are never explained.

type Explainer = (document: SilverDocument) => string[]

const EXPLAINERS: Record<string, Explainer> = {
  hedge: (document) => spanDisagreements(document, (sentence) => sentence.cues, hedgePredictions(document)),
  'vague-source': (document) =>
    spanDisagreements(document, (sentence) => sentence.vague, ruleFindings(document, 'vague-source').map(findingSpan), sourceReading),
  attribution: claimDisagreements
}

const SILVER_EXPLAINED = Object.keys(EXPLAINERS)

export function explainSilver(documents: SilverDocument[], ruleId: string): void {
  const explainer = EXPLAINERS[ruleId]
  if (!explainer) {
    console.error(`newslint eval: unexpected rule "${ruleId}" for --set silver, expected one of ${SILVER_EXPLAINED.join(', ')}`)
    process.exitCode = 2
    return
  }
  for (const document of documents) for (const line of explainer(document)) console.log(line)
}

type Reading = (document: SilverDocument, sentence: SilverSentence) => string

function spanDisagreements(
  document: SilverDocument,
  labelled: (sentence: SilverSentence) => Span[],
  predictions: Span[],
  reading?: Reading
): string[] {
  const lines: string[] = []
  for (const [sentence, predicted] of bySentence(predictions, document.labels.sentences)) {
    const labels = labelled(sentence)
    const context = () => reading?.(document, sentence) ?? ''
    for (const label of labels)
      if (!predicted.some((prediction) => overlaps(label, prediction))) lines.push(describe('FN', document, sentence, label, context()))
    for (const prediction of predicted)
      if (!labels.some((label) => overlaps(label, prediction))) lines.push(describe('FP', document, sentence, prediction, context()))
  }
  return lines
}

/** The sources stage's mentions in the sentence: what the engine read as named or vague. */
const sourceReading: Reading = (document, sentence) => {
  const article = document.result.article
  const mentions = (article.annotations.sources ?? []).filter((mention) =>
    overlaps(sentence, { start: article.toSource(mention.start), end: article.toSource(mention.end) })
  )
  return `engine sources: ${mentions.map((mention) => `${mention.kind} "${mention.name}"`).join(', ') || 'none'}`
}

function claimDisagreements(document: SilverDocument): string[] {
  const article = document.result.article
  const findings = bySentence(
    ruleFindings(document, 'attribution').map((finding) => ({
      ...findingSpan(finding),
      severity: finding.severity,
      kind: (finding as { kind?: unknown }).kind
    })),
    document.labels.sentences
  )
  const lines: string[] = []
  for (const [sentence, flagged] of findings) {
    const expected = isUnsourcedClaim(sentence)
    if (expected === flagged.length > 0) continue
    const engineSentence = article.sentences.find((candidate) =>
      overlaps(sentence, { start: article.toSource(candidate.start), end: article.toSource(candidate.end) })
    )
    const reading = engineSentence && article.annotations.sourcing?.find((item) => item.sentence === engineSentence.index)
    const found = flagged
      .map((finding) => `severity ${finding.severity}${typeof finding.kind === 'string' ? ` kind ${finding.kind}` : ''}`)
      .join(', ')
    const context = `label ${sentence.role} needs_source=${sentence.needs_source} attribution=${sentence.attribution}; engine ${reading ? `claim=${reading.claim} source=${reading.source}` : 'no reading'}${found ? `; ${found}` : ''}`
    lines.push(describe(expected ? 'FN' : 'FP', document, sentence, undefined, context))
  }
  return lines
}

function describe(verdict: 'FP' | 'FN', document: SilverDocument, sentence: SilverSentence, span?: Span, context = ''): string {
  const text = span
    ? `${document.text.slice(sentence.start, span.start)}⟦${document.text.slice(span.start, span.end)}⟧${document.text.slice(span.end, sentence.end)}`
    : document.text.slice(sentence.start, sentence.end)
  const note = sentence.note ? `  (note: ${sentence.note})` : ''
  return `${verdict} row ${document.labels.row} sentence ${sentence.i}${context ? ` ${context}` : ''}${note}\n   ${text.replace(/\s+/g, ' ')}\n`
}
