import { describe, expect, it, vi } from 'vitest'
import { recommendedConfig } from '../src/config/config.js'
import { analyze } from '../src/engine/analyze.js'
import { lintSource } from '../src/lint/lint.js'
import { sourceLexicon } from '../src/analysis/sources/lexicon.js'
import { SentenceWords } from '../src/analysis/sources/words.js'
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

describe('the clause readings kept per sentence', () => {
  const text =
    'Der Sprecher der Polizei (SPÖ) gab am Montag, Dienstag, die Zahl der Opfer an, und Kyritsis sagte weiter, er habe sich dazu bekannt. ' +
    'Luxemburg gewann das Duell gegen Mazedonien und gab damit die Rote Laterne ab. ' +
    '„Wir kommen“, teilten Scholz, Habeck und Lindner (Grüne (Bund)) am Mittwoch mit, die Sache sei zu bedenken gegeben worden.\n'
  const lexicon = sourceLexicon('de')
  const sentences = analyze('a.md', text).sentences

  it('give what a fresh reading of each token gives, in any order', () => {
    for (const sentence of sentences) {
      const kept = new SentenceWords(sentence, lexicon)
      const order = kept.tokens.map((_, i) => i).sort((a, b) => ((a * 7919) % 13) - ((b * 7919) % 13))
      for (const i of order) {
        const fresh = () => new SentenceWords(sentence, lexicon)
        expect([kept.clauseStart(i), kept.clauseEnd(i)]).toEqual([fresh().clauseStart(i), fresh().clauseEnd(i)])
        const particles = lexicon.verbForms.get(kept.tokens[i].lower)
        if (particles) expect(kept.hasParticle(i, particles)).toBe(fresh().hasParticle(i, particles))
      }
    }
  })
})
