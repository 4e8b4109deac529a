import { describe, expect, it, vi } from 'vitest'
import { recommendedConfig } from '../src/config/config.js'
import { lintSource } from '../src/lint/lint.js'
import { SHAPES } from '../scripts/shapes.js'

// Counts the look-ups of a verb's separable particles: each particle after a verb of saying once
// re-read the words back to the verb for a coordinated verb that takes it ("… und gab damit … ab"),
// work that grew with the square of the sentence. A count, not a timing: it holds on any machine.
const looked = vi.hoisted(() => ({ up: 0 }))
vi.mock('../src/analysis/german-verbs.js', async (original) => {
  const verbs = await original<typeof import('../src/analysis/german-verbs.js')>()
  return {
    ...verbs,
    separableParticles: (form: string) => {
      looked.up++
      return verbs.separableParticles(form)
    }
  }
})

const SHAPE = SHAPES.find(({ name }) => name.includes('coordinated words between two verbs of saying'))!

function lookUps(n: number): number {
  looked.up = 0
  lintSource('a.md', SHAPE.make(n), recommendedConfig())
  return looked.up
}

describe('a sentence of many particles after a verb of saying', () => {
  it('is read for coordinated verbs in work that grows with its length', () => {
    const small = lookUps(150)
    const large = lookUps(600)
    expect(small).toBeGreaterThan(0)
    expect(large / small).toBeLessThan(4.5)
  })
})
