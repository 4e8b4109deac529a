import type { Finding, LintResult } from '../../lint/lint.js'
import { printableJson } from '../printable.js'
import type { Reporter } from './reporter.js'
import { displayPath } from './paths.js'

/** One entry per file, documented in the README under "JSON output". */
export const formatJson: Reporter = (results, { cwd, quiet }) =>
  printableJson(
    results.map((result) => {
      const messages = visible(result, quiet)
      return {
        path: displayPath(result.path, cwd),
        errorCount: messages.filter((finding) => finding.severity === 2).length,
        warningCount: messages.filter((finding) => finding.severity === 1).length,
        messages: messages.map((finding) => ({
          ruleId: finding.ruleId,
          severity: finding.severity === 2 ? 'error' : 'warning',
          message: finding.message,
          line: finding.line,
          column: finding.column,
          endLine: finding.endLine,
          endColumn: finding.endColumn,
          offset: finding.offset,
          endOffset: finding.endOffset,
          ...(finding.fix ? { fix: finding.fix } : {}),
          ...(finding.related ? { related: finding.related } : {})
        }))
      }
    })
  )

export function visible(result: LintResult, quiet: boolean): Finding[] {
  return quiet ? result.findings.filter((finding) => finding.severity === 2) : result.findings
}
