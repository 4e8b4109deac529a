import type { TextDocument } from 'vscode-languageserver-textdocument'
import { type Hover, MarkupKind, type Position } from 'vscode-languageserver/node'
import { ruleById } from '../config/config.js'
import { type DocExample, docExamples, ruleDocsUrl } from '../docs/rule-docs.js'
import { type Finding, severityName } from '../lint/lint.js'
import { describeSources } from '../lint/source-overview.js'
import type { Linted } from './documents.js'
import { rangeOf } from './diagnostics.js'

const examples = new Map<string, DocExample[]>()

/**
 * What the rule under the cursor checks, the standard behind it, and a bad and a good example
 * from its docs; over the headline, the article's sources too.
 */
export function hoverAt(document: TextDocument, findings: Finding[], position: Position, sources?: Linted['sources']): Hover | null {
  const offset = document.offsetAt(position)
  const here = findings.filter((finding) => finding.offset <= offset && offset <= finding.endOffset)
  const headline =
    sources?.overview.headline && sources.overview.headline.offset <= offset && offset <= sources.overview.headline.endOffset
      ? sources.overview.headline
      : undefined
  if (here.length === 0 && !headline) return null
  const sections = [...(headline ? [describeSources(sources!.overview, sources!.locale)] : []), ...here.map(describe)]
  const range = here[0] ?? headline!
  return {
    contents: { kind: MarkupKind.Markdown, value: sections.join('\n\n---\n\n') },
    range: rangeOf(document, range.offset, range.endOffset)
  }
}

function describe(finding: Finding): string {
  const rule = ruleById(finding.ruleId)
  const heading = `**newslint \`${finding.ruleId}\`** (${severityName(finding.severity)}): ${finding.message}`
  const why = finding.detail ? ['', finding.detail] : []
  if (!rule) return [heading, ...why].join('\n')
  const lines = [heading, ...why, '', `**Checks:** ${rule.meta.summary}`, '', `**Standard:** ${rule.meta.standard}`]
  const ruleExamples = examplesOf(finding.ruleId)
  const bad = ruleExamples.find((example) => !example.ok)
  const good = ruleExamples.find((example) => example.ok && example.lang === bad?.lang)
  if (bad) lines.push('', 'Not ok:', fenced(bad.markdown))
  if (good) lines.push('', 'Ok:', fenced(good.markdown))
  lines.push('', `[Rule documentation](${ruleDocsUrl(finding.ruleId)})`)
  return lines.join('\n')
}

function examplesOf(ruleId: string): DocExample[] {
  let found = examples.get(ruleId)
  if (!found) {
    try {
      found = docExamples(ruleId)
    } catch {
      found = []
    }
    examples.set(ruleId, found)
  }
  return found
}

function fenced(markdown: string): string {
  const fence = markdown.includes('```') ? '~~~~' : '```'
  return `${fence}markdown\n${markdown.trimEnd()}\n${fence}`
}
