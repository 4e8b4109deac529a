import { VFile } from 'vfile'
import { reporter } from 'vfile-reporter'
import { compareMessage } from 'vfile-sort'
import { ERROR, type Finding, SUGGESTION, WARNING, addVfileMessage, vfileFatal } from '../../lint/lint.js'
import { sourcingSummary } from '../../lint/sourcing-summary.js'
import { printableLine, printablePathLine } from '../printable.js'
import type { ReportOptions, ReportedResult, Reporter } from './reporter.js'
import { displayPath } from './paths.js'

/**
 * Findings per call of vfile-reporter, which holds every row of what it is given at once (45 MB
 * for 40,000 findings) and pads each column to its widest cell: a file with more findings is
 * reported in sections of this many, each padded on its own.
 */
const SECTION = 1000

/**
 * The familiar terminal report, by vfile-reporter, file by file and written out as it is made:
 * each file ends with its sourcing summary, `--verbose` puts each finding's reason under it;
 * suggestions only on request, as vfile's "info".
 */
export const formatStylish: Reporter = (results, options) => ({ pieces: stylishPieces(results, options) })

function* stylishPieces(results: ReportedResult[], options: ReportOptions): Generator<string> {
  const shown = { errors: 0, warnings: 0, suggestions: 0, hidden: 0 }
  let blocks = 0
  for (const result of results) {
    const findings = shownFindings(result, options, shown)
    const summary = options.quiet ? undefined : sourcingSummary(result.sources, result.locale)
    let started = false
    for (const section of fileSections(result, findings, options)) {
      if (!section) continue
      yield (started ? '\n' : blocks > 0 ? '\n\n' : '') + section
      started = true
    }
    if (!started) continue
    if (summary) yield `\n  ${printableLine(summary)}`
    blocks++
  }
  const total = byline(shown)
  const note = shown.hidden > 0 ? `${shown.hidden} suggestion${shown.hidden === 1 ? '' : 's'} hidden (show them with --suggestions)\n` : ''
  yield (blocks > 0 ? '\n' : '') + (total ? `\n${total}\n` : '') + note
}

/** The findings the report shows, counted by level; suggestions left out unless asked for. */
function shownFindings(result: ReportedResult, { quiet, suggestions = false }: ReportOptions, shown: Record<string, number>): Finding[] {
  const findings: Finding[] = []
  for (const finding of result.findings) {
    if (quiet && finding.severity < ERROR) continue
    if (finding.severity === SUGGESTION && !suggestions) {
      shown.hidden++
      continue
    }
    findings.push(finding)
    shown[finding.severity === ERROR ? 'errors' : finding.severity === WARNING ? 'warnings' : 'suggestions']++
  }
  return findings
}

/** The file's report: its name line and its findings' lines, a section at a time. */
function* fileSections(result: ReportedResult, findings: Finding[], options: ReportOptions): Generator<string> {
  const path = printablePathLine(displayPath(result.path, options.cwd))
  if (findings.length <= SECTION) return yield fileReport(path, result.source, findings, options)
  const sorted = inReportOrder(findings)
  // The name line's colour tells the worst finding of the whole file.
  const worst = sorted.reduce((most, finding) => (finding.severity > most.severity ? finding : most))
  yield fileReport(path, result.source, [worst], options).split('\n')[0]
  for (let from = 0; from < sorted.length; from += SECTION) {
    const section = fileReport(path, result.source, sorted.slice(from, from + SECTION), options)
    yield section.slice(section.indexOf('\n') + 1)
  }
}

/** vfile-reporter's lines for one file with these findings, without its closing total. */
function fileReport(path: string, source: string, findings: Finding[], { quiet, verbose }: ReportOptions): string {
  const file = new VFile({ path, value: source })
  for (const finding of findings) {
    const message = addVfileMessage(file, finding, printableLine(finding.message))
    if (finding.detail) message.note = wrap(printableLine(finding.detail))
  }
  // vfile-reporter ends a file with findings with a blank line and its total: the summary takes their place.
  return reporter([file], { quiet, verbose }).split('\n\n')[0]
}

/** The findings in the order vfile-reporter gives them, so that sections follow on from each other. */
function inReportOrder(findings: Finding[]): Finding[] {
  const keyed = findings.map((finding) => ({
    finding,
    line: finding.line,
    column: finding.column,
    fatal: vfileFatal(finding.severity),
    source: 'newslint',
    ruleId: finding.ruleId,
    reason: printableLine(finding.message)
  }))
  return keyed.sort((a, b) => compareMessage(a as never, b as never)).map(({ finding }) => finding)
}

/** Columns of a reason's line: vfile-reporter indents it by four, and the report stays within 120. */
const NOTE_WIDTH = 116

/** A reason in lines that fit the terminal, broken between words (a word longer than a line keeps its own). */
function wrap(text: string): string {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > NOTE_WIDTH) {
      lines.push(line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  return [...lines, line].join('\n')
}

/** The total vfile-reporter prints after all files ("3 messages (✖ 1 error, ⚠ 2 warnings)"), only when there are errors or warnings. */
function byline({ errors, warnings, suggestions }: Record<string, number>): string {
  const counts = [
    errors ? `✖ ${errors} error${errors === 1 ? '' : 's'}` : '',
    warnings ? `⚠ ${warnings} warning${warnings === 1 ? '' : 's'}` : ''
  ].filter(Boolean)
  const total = errors + warnings + suggestions
  if (counts.length === 0) return ''
  return total !== errors && total !== warnings ? `${total} messages (${counts.join(', ')})` : counts.join('')
}
