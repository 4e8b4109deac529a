// `npm run eval`: lint every labelled document and print precision and recall per rule.
import { recommendedConfig } from '../src/config.js'
import { lintSource } from '../src/lint.js'
import { corpusAvailable } from './corpus.js'
import { loadLabelledDocuments } from './documents.js'
import { EVALUATORS, SENTENCE_EVALUATORS } from './eval/index.js'
import type { EvalDocument, Row } from './eval/types.js'

if (!corpusAvailable()) {
  console.error('newslint eval: the shared corpus is missing (../shared/corpus/de-news-dev.csv or NEWSLINT_CORPUS)')
  process.exit(2)
}
const config = recommendedConfig()
const documents: EvalDocument[] = loadLabelledDocuments().map((document) => ({ ...document, result: lintSource(document.path, document.text, config) }))
const tuning = documents.filter((document) => document.labels.split !== 'heldout')
const heldout = documents.filter((document) => document.labels.split === 'heldout')

let missed = printTable('tuning set (the labels the rules were tuned on)', tuning, EVALUATORS.flatMap((evaluate) => evaluate(tuning)))
if (heldout.length > 0) {
  missed += printTable('held-out set (labelled after tuning, never tuned on)', heldout, SENTENCE_EVALUATORS.flatMap((evaluate) => evaluate(heldout)))
}
console.log(`\n${missed === 0 ? 'all targets met' : `${missed} targets missed`}`)

function printTable(title: string, set: EvalDocument[], rows: Row[]): number {
  const sentences = set.reduce((sum, document) => sum + (document.labels.sentences?.length ?? 0), 0)
  console.log(`${title}: ${set.length} labelled documents, ${sentences} labelled sentences\n`)
  console.log(`${'rule'.padEnd(14)} ${'metric'.padEnd(34)} ${'value'.padStart(6)}  ${'target'.padEnd(7)} ${'n'.padStart(5)}  ok`)
  let failed = 0
  for (const row of rows) {
    const target = row.target?.atLeast !== undefined ? `>=${row.target.atLeast}` : row.target?.atMost !== undefined ? `<=${row.target.atMost}` : ''
    const ok = row.target === undefined || ((row.target.atLeast === undefined || row.value >= row.target.atLeast) && (row.target.atMost === undefined || row.value <= row.target.atMost))
    if (!ok) failed++
    console.log(`${row.rule.padEnd(14)} ${row.metric.padEnd(34)} ${row.value.toFixed(3).padStart(6)}  ${target.padEnd(7)} ${String(row.n).padStart(5)}  ${row.target ? (ok ? 'yes' : 'NO') : ''}${row.note ? `  (${row.note})` : ''}`)
  }
  console.log('')
  return failed
}
