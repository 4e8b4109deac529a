import { describe, expect, it, vi } from 'vitest'
import { recommendedConfig } from '../src/config/config.js'
import { analyze } from '../src/engine/analyze.js'
import { lintSource } from '../src/lint/lint.js'

// Counts the tokens the credit-line parser reads: a bracket that closes nowhere near once made it
// read the rest of its paragraph, so 60 KB of "(a " took over a minute. A count, not a timing.
const read = vi.hoisted(() => ({ tokens: 0 }))
vi.mock('../src/analysis/credit/parse.js', async (original) => {
  const parse = await original<typeof import('../src/analysis/credit/parse.js')>()
  return {
    ...parse,
    parseCredit: (...args: Parameters<typeof parse.parseCredit>) => {
      read.tokens += args[0].length
      return parse.parseCredit(...args)
    }
  }
})

function tokensRead(text: string): number {
  read.tokens = 0
  lintSource('a.md', text, recommendedConfig())
  return read.tokens
}

describe('a paragraph of many brackets', () => {
  it.each([
    ['opening brackets', (n: number) => '(a '.repeat(n)],
    ['unclosed links', (n: number) => '[a]('.repeat(n)]
  ])('is read for a credit line in work that grows with its length: %s', (_, make) => {
    const small = tokensRead(make(500))
    const large = tokensRead(make(2000))
    expect(small).toBeGreaterThan(0)
    expect(large / small).toBeLessThan(4.5)
  })

  it.each(['(APA, 12.3.2016)', '(APA, 12.3.2016'])('still reads a bracketed credit line at the end of a paragraph: %s', (credit) => {
    const article = analyze('a.md', `Die Polizei meldete am Montag drei Festnahmen. ${'(a) '.repeat(20)}Mehr folgt. ${credit}\n`)
    expect(article.annotations.credit?.agencies).toEqual(['APA'])
  })
})
