import type { TextDocument } from 'vscode-languageserver-textdocument'
import { type CodeAction, CodeActionKind, type Range, StringValue, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver/node'
import { ruleById } from '../config/config.js'
import type { Finding } from '../lint/lint.js'
import { lineBreakOf } from '../engine/line-breaks.js'
import { rangeOf, toDiagnostic } from './diagnostics.js'
import { type BlockSpan, disableComment } from './disable-comment.js'

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.newslint`

/** Builds edits the way the client can take them: versioned when it supports that, so stale edits are refused. */
export type EditBuilder = (document: TextDocument, edits: TextEdit[]) => WorkspaceEdit

export function editBuilder(versioned: boolean): EditBuilder {
  return (document, edits) =>
    versioned
      ? { documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits }] }
      : { changes: { [document.uri]: edits } }
}

/**
 * The rule's own fix, suggested wording (a snippet where the client takes snippets, else the
 * placeholder in brackets) and "disable RULE for this line" (or block) for each finding in `range`.
 */
export function quickFixes(
  document: TextDocument,
  { findings, blocks }: { findings: Finding[]; blocks: BlockSpan[] },
  range: Range,
  edit: EditBuilder,
  snippets = false
): CodeAction[] {
  const from = document.offsetAt(range.start)
  const to = document.offsetAt(range.end)
  const actions: CodeAction[] = []
  const disabled = new Set<string>()
  const lineBreak = lineBreakOf(document.getText())
  for (const finding of findings) {
    if (finding.endOffset < from || finding.offset > to) continue
    const diagnostic = toDiagnostic(document, finding)
    if (finding.fix && finding.fix.length > 0) {
      actions.push({
        title: `Fix: ${finding.message}`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: true,
        edit: edit(
          document,
          finding.fix.map((change) => ({ range: rangeOf(document, change.start, change.end), newText: change.text }))
        )
      })
    }
    if (finding.suggestion) {
      actions.push({
        title: finding.suggestion.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: suggestionEdit(document, finding.suggestion, snippets, edit)
      })
    }
    const comment = ruleById(finding.ruleId) && disableComment(document, blocks, finding.ruleId, finding.offset, lineBreak)
    const key = comment && `${finding.ruleId}:${comment.edits[0].range.start.line}:${comment.scope}`
    if (!comment || !key || disabled.has(key)) continue
    disabled.add(key)
    actions.push({
      title: `Disable ${finding.ruleId} for this ${comment.scope}`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit: edit(document, comment.edits)
    })
  }
  return actions
}

/** The wording with its placeholder as a tab stop the editor selects, or in brackets for a client without snippet edits. */
function suggestionEdit(
  document: TextDocument,
  suggestion: NonNullable<Finding['suggestion']>,
  snippets: boolean,
  edit: EditBuilder
): WorkspaceEdit {
  const range = rangeOf(document, suggestion.start, suggestion.end)
  if (!snippets) return edit(document, [{ range, newText: `${suggestion.text}[${suggestion.placeholder}]` }])
  const escape = (text: string) => text.replace(/[$}\\]/g, '\\$&')
  const snippet = StringValue.createSnippet(`${escape(suggestion.text)}\${1:${escape(suggestion.placeholder)}}`)
  return { documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits: [{ range, snippet }] }] }
}

/** "Fix all auto-fixable": one edit from the first to the last changed character. */
export function fixAll(document: TextDocument, output: string, edit: EditBuilder): CodeAction | undefined {
  const input = document.getText()
  if (output === input) return undefined
  let start = 0
  while (start < input.length && start < output.length && input[start] === output[start]) start++
  let end = 0
  while (end < input.length - start && end < output.length - start && input[input.length - 1 - end] === output[output.length - 1 - end])
    end++
  return {
    title: 'Fix all auto-fixable newslint problems',
    kind: FIX_ALL_KIND,
    edit: edit(document, [{ range: rangeOf(document, start, input.length - end), newText: output.slice(start, output.length - end) }])
  }
}
