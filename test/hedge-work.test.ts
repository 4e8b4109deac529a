import { describe, expect, it, vi } from 'vitest'
import { recommendedConfig } from '../src/config/config.js'
import { lintSource } from '../src/lint/lint.js'
import { SHAPES } from '../scripts/shapes.js'

// Counts the tokens the hedge checks turn into word units: the work that once grew with the
// square of a sentence's hedges (each hedge on a noun re-read its whole sentence), so a 3 MB
// paragraph of "angeblich" took over ten minutes. A count, not a timing: it holds on any machine.
const visited = vi.hoisted(() => ({ tokens: 0 }))
vi.mock('../src/analysis/clauses.js', async (original) => {
  const clauses = await original<typeof import('../src/analysis/clauses.js')>()
  return {
    ...clauses,
    wordUnits: (tokens: Parameters<typeof clauses.wordUnits>[0]) => {
      visited.tokens += tokens.length
      return clauses.wordUnits(tokens)
    }
  }
})

function tokensVisited(hedges: number): number {
  visited.tokens = 0
  lintSource('a.md', SHAPES[3].make(hedges), recommendedConfig())
  return visited.tokens
}

describe('a sentence of many hedges', () => {
  it('is read in work that grows with its length, not with the square of its hedges', () => {
    const small = tokensVisited(1000)
    const large = tokensVisited(4000)
    expect(small).toBeGreaterThan(0)
    expect(large / small).toBeLessThan(4.5)
  })
})
