import { ruleById } from '../../config/config.js'
import { ruleDocsUrl } from '../../docs/rule-docs.js'
import { ERROR, type Finding, SUGGESTION, WARNING, severityName } from '../../lint/lint.js'
import type { ReportedResult, Reporter } from './reporter.js'
import { displayPath } from './paths.js'

/** One entry per file, documented in the README under "JSON output". */
export const formatJson: Reporter = (results, { cwd, quiet }) => ({
  json: results.map((result) => {
    const messages = visible(result, quiet)
    return {
      path: displayPath(result.path, cwd),
      errorCount: messages.filter((finding) => finding.severity === ERROR).length,
      warningCount: messages.filter((finding) => finding.severity === WARNING).length,
      suggestionCount: messages.filter((finding) => finding.severity === SUGGESTION).length,
      sources: result.sources,
      messages: messages.map((finding) => ({
        ruleId: finding.ruleId,
        severity: severityName(finding.severity),
        ...(finding.kind ? { kind: finding.kind } : {}),
        message: finding.message,
        ...(finding.detail ? { detail: finding.detail } : {}),
        line: finding.line,
        column: finding.column,
        endLine: finding.endLine,
        endColumn: finding.endColumn,
        offset: finding.offset,
        endOffset: finding.endOffset,
        ...(finding.fix ? { fix: finding.fix } : {}),
        ...(finding.related ? { related: finding.related } : {}),
        ...(ruleById(finding.ruleId) ? { url: ruleDocsUrl(finding.ruleId) } : {})
      }))
    }
  })
})

export function visible(result: ReportedResult, quiet: boolean): Finding[] {
  return quiet ? result.findings.filter((finding) => finding.severity === ERROR) : result.findings
}
