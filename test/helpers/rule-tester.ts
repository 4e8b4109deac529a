import { readFileSync } from 'node:fs'
import { ruleById, type Config, type RuleSetting } from '../../src/config.js'
import { ruleDocsPath } from '../../src/docs.js'
import { type Finding, lintSource } from '../../src/lint.js'
import type { Lang } from '../../src/model.js'
import type { RuleOptions } from '../../src/rule.js'

/** Lint markdown with only `ruleId` switched on (at error level, with these options). */
export function lintWith(ruleId: string, markdown: string, options: RuleOptions = {}, lang?: Lang): Finding[] {
  const rule = ruleById(ruleId)
  if (!rule) throw new Error(`no rule ${ruleId}`)
  const rules = new Map<string, RuleSetting>([[ruleId, { severity: 'error', options: { ...rule.meta.defaults, ...options } }]])
  const config: Config = { rules, ignore: [], files: [], ...(lang ? { lang } : {}) }
  return lintSource('example.md', markdown, config).findings.filter((finding) => finding.ruleId === ruleId)
}

/** `L:C-L:C: message`, the form rule documentation lists expected findings in. */
export function describeFinding(finding: Finding): string {
  return `${finding.line}:${finding.column}-${finding.endLine}:${finding.endColumn}: ${finding.message}`
}

export interface DocExample {
  ok: boolean
  markdown: string
  lang?: Lang
  options?: RuleOptions
  /** For `not ok` examples: the findings, one `L:C-L:C: message` line each. */
  expected: string[]
}

/**
 * The examples in a rule's documentation: fenced `markdown` blocks under `### ok` and
 * `### not ok`; a not-ok block is followed by a `text` block listing its findings. The fence's
 * info string may carry JSON: `{"lang": "en", "options": {…}}`.
 */
export function docExamples(ruleId: string): DocExample[] {
  const doc = readFileSync(ruleDocsPath(ruleId), 'utf8')
  const examples: DocExample[] = []
  let section: 'ok' | 'not ok' | undefined
  const fence = /^(`{3,})(\w*)[ \t]*(.*)$/
  const lines = doc.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const heading = /^###\s+(ok|not ok)\s*$/i.exec(lines[i])
    if (heading) {
      section = heading[1].toLowerCase() as 'ok' | 'not ok'
      continue
    }
    if (/^#{1,2}\s/.test(lines[i])) section = undefined
    const open = fence.exec(lines[i])
    if (!open || !section) continue
    const body: string[] = []
    let j = i + 1
    while (j < lines.length && lines[j] !== open[1]) body.push(lines[j++])
    i = j
    if (open[2] === 'markdown') {
      const meta = open[3] ? (JSON.parse(open[3]) as { lang?: Lang; options?: RuleOptions }) : {}
      examples.push({ ok: section === 'ok', markdown: body.join('\n') + '\n', ...meta, expected: [] })
    } else if (open[2] === 'text' && examples.length > 0) {
      examples[examples.length - 1].expected = body.filter((line) => line.trim() !== '')
    }
  }
  return examples
}
