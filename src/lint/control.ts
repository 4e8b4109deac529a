import { firstIndex } from '../engine/arrays.js'
import type { Article } from '../engine/model.js'

// Inline control comments in the article, remark-message-control style but with the names
// editors know from ESLint: `<!-- newslint-disable RULE… -->`, `<!-- newslint-enable RULE… -->`
// and `<!-- newslint-disable-next-line RULE… -->`; no rule ids means every rule.

export interface Directive {
  kind: 'disable' | 'enable' | 'disable-next-line'
  /** Empty for all rules. */
  rules: string[]
  start: number
  end: number
}

const PREFIX = 'newslint-'

/** The control comments in the article's HTML blocks, in order. Each block is searched alone: linear. */
export function findDirectives(article: Article): Directive[] {
  const directives: Directive[] = []
  for (const block of article.blocks) {
    if (block.structure !== 'html') continue
    // Searching the whole text from each block read the rest of the file for every block without a comment.
    const html = article.text.slice(block.start, block.end)
    let at = 0
    for (;;) {
      const open = html.indexOf('<!--', at)
      if (open < 0) break
      const close = html.indexOf('-->', open + 4)
      if (close < 0) break
      const words = html
        .slice(open + 4, close)
        .trim()
        .split(/[\s,]+/)
        .filter(Boolean)
      const kind = words[0]?.startsWith(PREFIX) ? words[0].slice(PREFIX.length) : undefined
      if (kind === 'disable' || kind === 'enable' || kind === 'disable-next-line') {
        directives.push({ kind, rules: words.slice(1), start: block.start + open, end: block.start + close + 3 })
      }
      at = close + 3
    }
  }
  return directives
}

/** Decides whether a finding of `ruleId` on `line` (1-based, at `offset`) is switched off by a comment. */
export interface Suppressor {
  isDisabled(ruleId: string, offset: number, line: number): boolean
}

export function createSuppressor(
  directives: Directive[],
  lineOf: (offset: number) => number,
  nextContentLine: (line: number) => number
): Suppressor {
  const nextLine = new Map<number, string[][]>()
  // Comments on one line share the walk to the next line with text: 7,000 of them before 100,000 blank lines took 25 s.
  const contentLineAfter = new Map<number, number>()
  for (const directive of directives) {
    if (directive.kind !== 'disable-next-line') continue
    const own = lineOf(directive.end)
    let line = contentLineAfter.get(own)
    if (line === undefined) contentLineAfter.set(own, (line = nextContentLine(own)))
    const onLine = nextLine.get(line) ?? []
    onLine.push(directive.rules)
    nextLine.set(line, onLine)
  }
  const ranges = directives.filter((directive) => directive.kind !== 'disable-next-line')
  // Per rule, the switches that concern it in document order, built once, so that each finding
  // costs a binary search and not a walk over every comment before it.
  const switchesByRule = new Map<string, Directive[]>()
  const switchesOf = (ruleId: string): Directive[] => {
    let switches = switchesByRule.get(ruleId)
    if (!switches) {
      switches = ranges.filter((directive) => applies(directive.rules, ruleId))
      switchesByRule.set(ruleId, switches)
    }
    return switches
  }
  return {
    isDisabled(ruleId, offset, line) {
      if (nextLine.get(line)?.some((rules) => applies(rules, ruleId))) return true
      const switches = switchesOf(ruleId)
      return switches[firstIndex(switches, (directive) => directive.start > offset) - 1]?.kind === 'disable'
    }
  }
}

function applies(rules: string[], ruleId: string): boolean {
  return rules.length === 0 || rules.includes(ruleId)
}
