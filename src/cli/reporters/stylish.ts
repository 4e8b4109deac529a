import { VFile } from 'vfile'
import { reporter } from 'vfile-reporter'
import { ERROR, SUGGESTION, WARNING, addVfileMessage } from '../../lint/lint.js'
import { sourcingSummary } from '../../lint/sourcing-summary.js'
import { printableLine } from '../printable.js'
import type { ReportOptions, ReportedResult, Reporter } from './reporter.js'
import { displayPath } from './paths.js'

/**
 * The familiar terminal report, by vfile-reporter, file by file: each file ends with its sourcing
 * summary, `--verbose` puts each finding's reason under it; suggestions only on request, as
 * vfile's "info".
 */
export const formatStylish: Reporter = (results, options) => {
  const shown = { errors: 0, warnings: 0, suggestions: 0, hidden: 0 }
  const blocks: string[] = []
  for (const result of results) {
    const file = toVFile(result, options, shown)
    // vfile-reporter ends a file with findings with a blank line and its total: the summary takes their place.
    const block = reporter([file], { quiet: options.quiet, verbose: options.verbose }).split('\n\n')[0]
    const summary = options.quiet ? undefined : sourcingSummary(result.sources, result.locale)
    if (block) blocks.push(summary ? `${block}\n  ${printableLine(summary)}` : block)
  }
  const total = byline(shown)
  const note = shown.hidden > 0 ? `${shown.hidden} suggestion${shown.hidden === 1 ? '' : 's'} hidden (show them with --suggestions)\n` : ''
  return { text: (blocks.length ? `${blocks.join('\n\n')}\n` : '') + (total ? `\n${total}\n` : '') + note }
}

function toVFile(result: ReportedResult, { cwd, quiet, suggestions = false }: ReportOptions, shown: Record<string, number>): VFile {
  const file = new VFile({ path: printableLine(displayPath(result.path, cwd)), value: result.source })
  for (const finding of result.findings) {
    if (quiet && finding.severity < ERROR) continue
    if (finding.severity === SUGGESTION && !suggestions) {
      shown.hidden++
      continue
    }
    const message = addVfileMessage(file, finding, printableLine(finding.message))
    if (finding.detail) message.note = wrap(printableLine(finding.detail))
    shown[finding.severity === ERROR ? 'errors' : finding.severity === WARNING ? 'warnings' : 'suggestions']++
  }
  return file
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
