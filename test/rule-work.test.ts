import { describe, expect, it } from 'vitest'
import { analyzeOptions, recommendedConfig } from '../src/config/config.js'
import { analyze } from '../src/engine/analyze.js'
import { RULES } from '../rules/index.js'

// Counts what a rule's check reads of the article's lists: attribution once looked up each
// finding's hedge cue and ended source in the article's whole lists, work that grew with its
// findings times the article. A count, not a timing: it holds on any machine.

/** `list`, counting each item read: every index looked up, however the rule iterates. */
function counting<T>(list: T[], reads: { count: number }): T[] {
  return new Proxy(list, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads.count++
      return Reflect.get(target, key, receiver) as unknown
    }
  })
}

/** How many items of the article's hedges and sources attribution's check reads for the text. */
function itemsRead(text: string): number {
  const config = recommendedConfig()
  const article = analyze('a.md', text, analyzeOptions(config))
  const reads = { count: 0 }
  article.annotations.hedges = counting(article.annotations.hedges ?? [], reads)
  article.annotations.sources = counting(article.annotations.sources ?? [], reads)
  const findings: unknown[] = []
  const attribution = RULES.find((rule) => rule.meta.id === 'attribution')!
  attribution.check(article, { options: config.rules.get('attribution')!.options, report: (report) => findings.push(report) })
  expect(findings.length).toBeGreaterThan(0)
  return reads.count
}

describe('a rule that reports many findings', () => {
  it('attribution words each hedged claim in work that grows with the article', () => {
    const make = (n: number) =>
      Array.from({ length: n }, (_, i) => `# Titel ${i}\n\nDer Minister soll angeblich zurückgetreten sein.\n`).join('\n')
    const read = (n: number) => itemsRead(make(n))
    const small = read(200)
    expect(small).toBeGreaterThan(0)
    expect(read(800) / small).toBeLessThan(4.5)
  })
})
