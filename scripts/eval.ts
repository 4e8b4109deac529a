// `npm run eval`: lint every labelled document and print precision and recall per rule.
import { recommendedConfig, type Config } from '../src/config/config.js'
import { lintSource } from '../src/lint/lint.js'
import { corpusAvailable } from './corpus.js'
import { corpusLoad } from './eval/corpus-load.js'
import { loadLabelledDocuments } from './documents.js'
import { evaluateAgreement } from './eval/agreement.js'
import { evaluateFreshAgreement } from './eval/fresh-agreement.js'
import { explain } from './eval/explain.js'
import { EVALUATORS, SENTENCE_EVALUATORS } from './eval/index.js'
import { scoreSilver } from './eval/silver.js'
import { explainSilver } from './eval/silver-explain.js'
import { lintSilver, loadSilver, silverLabelsAvailable, silverLabelsDir } from './eval/silver-labels.js'
import type { EvalDocument, Row } from './eval/types.js'

if (!corpusAvailable()) {
  console.error('newslint eval: the shared corpus is missing (../shared/corpus/de-news-dev.csv or NEWSLINT_CORPUS)')
  process.exit(2)
}
const config = recommendedConfig()
// Off by default, and measured all the same (per article, apart from the sentence rows), so that its figure stays in view.
const silverConfig = withAttributionKinds(recommendedConfig(), { noNamedSource: 'suggestion' })
const option = (name: string): string | undefined => {
  const at = process.argv.indexOf(name)
  return at >= 0 ? (process.argv[at + 1] ?? '') : undefined
}

const explainRule = option('--explain')
if (explainRule !== undefined) {
  explainSet(explainRule, option('--set') ?? 'tuning')
  process.exit()
}

const documents: EvalDocument[] = loadLabelledDocuments().map((document) => ({
  ...document,
  result: lintSource(document.path, document.text, config)
}))
const tuning = documents.filter((document) => document.labels.split !== 'heldout')
const heldout = documents.filter((document) => document.labels.split === 'heldout')

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
if (silverLabelsAvailable()) {
  missed += printSideBySide(
    'silver labels, German (../shared/labels: development = packets 1–11 and fixtures/eval/dev-labels.json, held out = packets 12–14; fresh = fixtures/eval/fresh-labels.json, labelled later; neither held-out part tuned on)',
    [
      { name: 'dev', rows: scoreSilver(lintSilver(loadSilver('dev'), silverConfig)) },
      { name: 'held-out', rows: scoreSilver(lintSilver(loadSilver('heldout'), silverConfig)) },
      { name: 'fresh', rows: scoreSilver(lintSilver(loadSilver('fresh'), silverConfig)) }
    ]
  )
  printTable(
    'agreement between two labellers on fresh rows (fixtures/eval/fresh-labels-second.json: a second, independent labelling of 56 fresh rows)',
    evaluateFreshAgreement()
  )
} else {
  console.log(`shared silver labels are not there (${silverLabelsDir()}): skipping their evaluation\n`)
}
missed += printTable('what an editor sees on the shared corpus (recommended config)', corpusLoad(config))
console.log(`\n${missed === 0 ? 'all targets met' : `${missed} targets missed`}`)

/** `--explain RULE [--set tuning|silver]`: disagreements of a set that may be tuned on; never the held-out ones. */
function explainSet(ruleId: string, set: string): void {
  if (set === 'tuning') {
    explain(
      loadLabelledDocuments()
        .filter((document) => document.labels.split !== 'heldout')
        .map((document) => ({ ...document, result: lintSource(document.path, document.text, config) })),
      ruleId
    )
  } else if (set === 'silver') {
    if (!silverLabelsAvailable()) {
      console.error(`newslint eval: the shared silver labels are missing (${silverLabelsDir()})`)
      process.exitCode = 2
      return
    }
    explainSilver(lintSilver(loadSilver('dev'), silverConfig), ruleId)
  } else {
    console.error(
      `newslint eval: unexpected set "${set}" for --explain, expected "tuning" or "silver" (the development packets); held-out labels are never explained`
    )
    process.exitCode = 2
  }
}

function heading(title: string, set: EvalDocument[]): string {
  const sentences = set.reduce((sum, document) => sum + (document.labels.sentences?.length ?? 0), 0)
  return `${title}: ${set.length} labelled documents, ${sentences} labelled sentences`
}

function targetText(row: Row): string {
  return row.target?.atLeast !== undefined ? `>=${row.target.atLeast}` : row.target?.atMost !== undefined ? `<=${row.target.atMost}` : ''
}

function meets(row: Row | undefined): boolean {
  if (!row?.target) return true
  return (
    (row.target.atLeast === undefined || row.value >= row.target.atLeast) &&
    (row.target.atMost === undefined || row.value <= row.target.atMost)
  )
}

function printTable(title: string, rows: Row[]): number {
  console.log(`${title}\n`)
  console.log(`${'rule'.padEnd(14)} ${'metric'.padEnd(34)} ${'value'.padStart(6)}  ${'target'.padEnd(7)} ${'n'.padStart(5)}  ok`)
  let failed = 0
  for (const row of rows) {
    const ok = meets(row)
    if (!ok) failed++
    console.log(
      `${row.rule.padEnd(14)} ${row.metric.padEnd(34)} ${row.value.toFixed(3).padStart(6)}  ${targetText(row).padEnd(7)} ${String(row.n).padStart(5)}  ${row.target ? (ok ? 'yes' : 'NO') : ''}${row.note ? `  (${row.note})` : ''}`
    )
  }
  console.log('')
  return failed
}

/** Sets' rows side by side (development | held out | …); a target counts as missed once per set. */
function printSideBySide(title: string, sets: Array<{ name: string; rows: Row[] }>): number {
  const key = (row: Row) => `${row.rule} ${row.metric}`
  const byKey = sets.map((set) => new Map(set.rows.map((row) => [key(row), row])))
  const keys = [...new Set(sets.flatMap((set) => set.rows.map(key)))]
  const cell = (row: Row | undefined) =>
    row ? `${row.value.toFixed(3)} ${`(${row.n})`.padStart(7)}${row.target ? (meets(row) ? '   ' : ' NO') : '   '}` : ''.padEnd(17)
  console.log(`${title}\n`)
  console.log(
    `${'rule'.padEnd(14)} ${'metric'.padEnd(36)} ${'target'.padEnd(7)} ${sets.map((set) => `${set.name} (n)`.padEnd(17)).join(' | ')}`
  )
  let failed = 0
  for (const name of keys) {
    const found = byKey.map((rows) => rows.get(name))
    const row = found.find((candidate) => candidate !== undefined)!
    failed += found.filter((candidate) => candidate && !meets(candidate)).length
    console.log(`${row.rule.padEnd(14)} ${row.metric.padEnd(36)} ${targetText(row).padEnd(7)} ${found.map(cell).join(' | ')}`)
  }
  console.log(`\n(${sets.map((set) => `${set.name}: ${set.rows[0]?.note ?? ''}`).join('; ')})\n`)
  return failed
}

/** `config` with kinds of the attribution rule at other levels. */
function withAttributionKinds(config: Config, kinds: Record<string, string>): Config {
  const attribution = config.rules.get('attribution')!
  config.rules.set('attribution', { ...attribution, options: { ...attribution.options, ...kinds } })
  return config
}
