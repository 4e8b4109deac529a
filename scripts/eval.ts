// `npm run eval`: lint every labelled document and print precision and recall per rule.
import { recommendedConfig } from '../src/config/config.js'
import { lintSource } from '../src/lint/lint.js'
import { corpusAvailable } from './corpus.js'
import { loadLabelledDocuments } from './documents.js'
import { evaluateAgreement } from './eval/agreement.js'
import { explain } from './eval/explain.js'
import { EVALUATORS, SENTENCE_EVALUATORS } from './eval/index.js'
import type { EvalDocument, Row } from './eval/types.js'

if (!corpusAvailable()) {
  console.error('newslint eval: the shared corpus is missing (../shared/corpus/de-news-dev.csv or NEWSLINT_CORPUS)')
  process.exit(2)
}
const config = recommendedConfig()
const documents: EvalDocument[] = loadLabelledDocuments().map((document) => ({
  ...document,
  result: lintSource(document.path, document.text, config)
}))
const tuning = documents.filter((document) => document.labels.split !== 'heldout')
const heldout = documents.filter((document) => document.labels.split === 'heldout')

const explainAt = process.argv.indexOf('--explain')
if (explainAt >= 0) {
  explain(tuning, process.argv[explainAt + 1] ?? '')
  process.exit()
}

let missed = printTable(
  heading('tuning set (the labels the rules were tuned on)', tuning),
  EVALUATORS.flatMap((evaluate) => evaluate(tuning))
)
if (heldout.length > 0) {
  missed += printTable(
    heading('held-out set (labelled after tuning, never tuned on)', heldout),
    SENTENCE_EVALUATORS.flatMap((evaluate) => evaluate(heldout))
  )
}
printTable(
  'agreement between two labellers (fixtures/eval/agreement: a second, independent labelling of tuning-set articles)',
  evaluateAgreement(tuning)
)
console.log(`\n${missed === 0 ? 'all targets met' : `${missed} targets missed`}`)

function heading(title: string, set: EvalDocument[]): string {
  const sentences = set.reduce((sum, document) => sum + (document.labels.sentences?.length ?? 0), 0)
  return `${title}: ${set.length} labelled documents, ${sentences} labelled sentences`
}

function printTable(title: string, rows: Row[]): number {
  console.log(`${title}\n`)
  console.log(`${'rule'.padEnd(14)} ${'metric'.padEnd(34)} ${'value'.padStart(6)}  ${'target'.padEnd(7)} ${'n'.padStart(5)}  ok`)
  let failed = 0
  for (const row of rows) {
    const target =
      row.target?.atLeast !== undefined ? `>=${row.target.atLeast}` : row.target?.atMost !== undefined ? `<=${row.target.atMost}` : ''
    const ok =
      row.target === undefined ||
      ((row.target.atLeast === undefined || row.value >= row.target.atLeast) &&
        (row.target.atMost === undefined || row.value <= row.target.atMost))
    if (!ok) failed++
    console.log(
      `${row.rule.padEnd(14)} ${row.metric.padEnd(34)} ${row.value.toFixed(3).padStart(6)}  ${target.padEnd(7)} ${String(row.n).padStart(5)}  ${row.target ? (ok ? 'yes' : 'NO') : ''}${row.note ? `  (${row.note})` : ''}`
    )
  }
  console.log('')
  return failed
}
