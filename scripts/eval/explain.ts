import type { EvalDocument } from './types.js'
import { overlaps } from './metrics.js'

// `npm run eval -- --explain RULE`: the tuning set's disagreements for one sentence rule, each
// with the label, whether the rule flagged it, and the engine's own reading. The held-out set is
// never explained, so nobody tunes on it.

const LABELLED: Record<string, (label: NonNullable<EvalDocument['labels']['sentences']>[number]) => boolean> = {
  attribution: (label) => label.claim === true && label.source === 'none',
  'vague-source': (label) => (label.vague ?? []).length > 0
}

export function explain(documents: EvalDocument[], ruleId: string): void {
  const labelled = LABELLED[ruleId]
  if (!labelled) {
    console.error(`newslint eval: --explain knows ${Object.keys(LABELLED).join(', ')}`)
    process.exitCode = 2
    return
  }
  for (const document of documents) {
    const article = document.result.article
    for (const label of document.labels.sentences ?? []) {
      if (label.claim === undefined && label.vague === undefined) continue
      const flagged = document.result.findings.some(
        (finding) =>
          finding.ruleId === ruleId && overlaps(label, { start: finding.offset, end: Math.max(finding.endOffset, finding.offset + 1) })
      )
      const expected = labelled(label)
      if (flagged === expected) continue
      const sentence = article.sentences.find((candidate) =>
        overlaps(label, { start: article.toSource(candidate.start), end: article.toSource(candidate.end) })
      )
      const reading = sentence ? article.annotations.sourcing?.find((item) => item.sentence === sentence.index) : undefined
      const text = document.text.slice(label.start, label.end).replace(/\s+/g, ' ')
      console.log(
        `${flagged ? 'FP' : 'FN'} ${document.labels.document} [${label.start}] label claim=${label.claim} source=${label.source}; engine ${reading ? `claim=${reading.claim} source=${reading.source}` : 'no reading'}\n   ${text}\n`
      )
    }
  }
}
