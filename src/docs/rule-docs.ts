import { readFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import { packagePath } from '../engine/lexicon.js'
import type { Lang } from '../engine/model.js'
import type { RuleOptions } from '../lint/rule.js'
import type { Vocabulary } from '../engine/vocabulary.js'

/** Where a rule's documentation lives: its markdown page shipped with the package. */
export function ruleDocsPath(id: string): string {
  return packagePath('rules', `${id}.md`)
}

export function ruleDocsUrl(id: string): string {
  let url = docsUrls.get(id)
  if (url === undefined) docsUrls.set(id, (url = pathToFileURL(ruleDocsPath(id)).href))
  return url
}

// Reports and the editor give the link with every finding (hundreds per article), and a file URL is slow to build.
const docsUrls = new Map<string, string>()

export interface DocExample {
  ok: boolean
  markdown: string
  lang?: Lang
  options?: RuleOptions
  vocabulary?: Vocabulary
  /** For `not ok` examples: the findings, one `L:C-L:C: message` line each. */
  expected: string[]
}

/**
 * The examples in a rule's documentation: fenced `markdown` blocks under `### ok` and
 * `### not ok`; a not-ok block is followed by a `text` block listing its findings. The fence's
 * info string may carry JSON: `{"lang": "en", "options": {…}, "vocabulary": {"de": {…}}}`.
 */
export function docExamples(ruleId: string): DocExample[] {
  const doc = readFileSync(ruleDocsPath(ruleId), 'utf8')
  const examples: DocExample[] = []
  let section: 'ok' | 'not ok' | undefined
  // No `$`: a pattern that can fail after `[ \t]*(.*)` backtracks quadratically on long lines.
  const fence = /^(`{3,})(\w*)(.*)/
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
      const info = open[3].trim()
      const meta = info ? (JSON.parse(info) as Pick<DocExample, 'lang' | 'options' | 'vocabulary'>) : {}
      examples.push({ ok: section === 'ok', markdown: body.join('\n') + '\n', ...meta, expected: [] })
    } else if (open[2] === 'text' && examples.length > 0) {
      examples[examples.length - 1].expected = body.filter((line) => line.trim() !== '')
    }
  }
  return examples
}
