import type { TextDocument } from 'vscode-languageserver-textdocument'
import { type Diagnostic, DiagnosticSeverity, type Range } from 'vscode-languageserver/node'
import { ruleById } from '../config/config.js'
import { ruleDocsUrl } from '../docs/rule-docs.js'
import type { Finding } from '../lint/lint.js'

const SOURCE = 'newslint'

/** Suggestions go out as hints, which editors show faintly. */
const DIAGNOSTIC_SEVERITIES = [DiagnosticSeverity.Hint, DiagnosticSeverity.Warning, DiagnosticSeverity.Error] as const

export function rangeOf(document: TextDocument, start: number, end: number): Range {
  return { start: document.positionAt(start), end: document.positionAt(end) }
}

/** A finding as the editor shows it; positions come from the document the finding was made on. */
export function toDiagnostic(document: TextDocument, finding: Finding): Diagnostic {
  const diagnostic: Diagnostic = {
    range: rangeOf(document, finding.offset, finding.endOffset),
    severity: DIAGNOSTIC_SEVERITIES[finding.severity],
    code: finding.ruleId,
    source: SOURCE,
    message: finding.message
  }
  // Engine findings (frontmatter, inline config) have no rule page to link to.
  if (ruleById(finding.ruleId)) diagnostic.codeDescription = { href: ruleDocsUrl(finding.ruleId) }
  // The reason as related information at the finding itself, so that editors show it under the message.
  const related = [...(finding.detail ? [{ ...finding, message: finding.detail }] : []), ...(finding.related ?? [])]
  if (related.length > 0) {
    diagnostic.relatedInformation = related.map((item) => ({
      location: { uri: document.uri, range: rangeOf(document, item.offset, item.endOffset) },
      message: item.message
    }))
  }
  return diagnostic
}

/**
 * Diagnostics an editor is sent for one document: an article has tens, a pasted export of
 * megabytes hundreds of thousands, which went out as one message of 71 MB. The most severe are
 * shown, with a note at the top saying how many were left out.
 */
export const MAX_DIAGNOSTICS = 1000

/** The findings as diagnostics, at most `MAX_DIAGNOSTICS` of them, errors first. */
export function shownDiagnostics(document: TextDocument, findings: readonly Finding[]): Diagnostic[] {
  if (findings.length <= MAX_DIAGNOSTICS) return findings.map((finding) => toDiagnostic(document, finding))
  const shown = [...findings].sort((a, b) => b.severity - a.severity).slice(0, MAX_DIAGNOSTICS - 1)
  const note = topOfDocument(
    'limits',
    `Unexpected ${findings.length} findings, expected at most ${MAX_DIAGNOSTICS - 1} shown here: the most severe are; run newslint on the file for all`
  )
  return [{ ...note, severity: DiagnosticSeverity.Information }, ...shown.map((finding) => toDiagnostic(document, finding))]
}

/** A config that cannot be read: one diagnostic at the top of each document it governs. */
export function configDiagnostic(message: string): Diagnostic {
  return topOfDocument('config', `Unexpected broken newslint config, nothing was checked: ${message}`)
}

/** A document too large or too deep to lint (see the engine's limits): said at its top, instead of findings. */
export function limitDiagnostic(message: string): Diagnostic {
  return topOfDocument('limits', `${message}; nothing was checked`)
}

function topOfDocument(code: string, message: string): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Error,
    code,
    source: SOURCE,
    message
  }
}
