import { describe, expect, it, vi } from 'vitest'
import { type Config, recommendedConfig } from '../src/config/config.js'
import { analyze } from '../src/engine/analyze.js'
import { VOCABULARY_KEYS, type Vocabulary } from '../src/engine/vocabulary.js'
import { lintSource } from '../src/lint/lint.js'
import { countStringWork } from './helpers/string-work.js'

// A config from a commit may extend the newsroom's words by 100,000. What the stages make of them
// is made once a run, and a sentence is read once for them, not once per word: 100,000 hedge cues
// cost a second per file, 100,000 accepted sources ten seconds for 500 KB. Work is counted, not timed.
const compiled = vi.hoisted(() => ({ phrases: 0 }))
vi.mock('../src/analysis/hedges/lexicon.js', async (original) => {
  const lexicon = await original<typeof import('../src/analysis/hedges/lexicon.js')>()
  return {
    ...lexicon,
    compilePhrase: (...args: Parameters<typeof lexicon.compilePhrase>) => {
      compiled.phrases++
      return lexicon.compilePhrase(...args)
    }
  }
})

const ARTICLE = 'Der Konzern zahlt angeblich mehr Lohn. Die Gewerkschaft soll zufrieden sein.\n'
const words = (count: number, make: (i: number) => string) => Array.from({ length: count }, (_, i) => make(i))
const withVocabulary = (vocabulary: Vocabulary): Config => ({ ...recommendedConfig(), vocabulary })

describe('a vocabulary of 100,000 words', () => {
  it('has its hedge cues compiled once for a run, not once for each file', () => {
    const config = withVocabulary({ de: { reportativeCues: words(10_000, (i) => `gerüchteweise${i}`) } })
    lintSource('a.md', ARTICLE, config)
    const once = compiled.phrases
    for (let file = 0; file < 5; file++) lintSource(`${file}.md`, ARTICLE, config)
    expect(once).toBeGreaterThanOrEqual(10_000)
    expect(compiled.phrases).toBe(once)
  })

  it('has a sentence read once for its accepted sources, and still finds those it names', () => {
    const text = 'Laut Insidern fehlt das Geld.\n\nDer Konzern zahlt mehr Lohn, heißt es aus Kreisen der Belegschaft.\n\n'.repeat(10)
    const named = ['Insidern', 'Kreisen der Belegschaft']
    const kinds = (vocabulary: Vocabulary) => [
      ...new Set(analyze('a.md', text, { vocabulary }).annotations.sources?.map(({ kind }) => kind))
    ]
    expect(kinds({})).toEqual(['vague'])
    for (const method of ['indexOf', 'startsWith'] as const) {
      const vocabulary = { de: { acceptedSources: [...words(100_000, (i) => `Quelle Nummer ${i}`), ...named] } }
      const { result, characters } = countStringWork(method, () => kinds(vocabulary))
      expect(result).toEqual(['named'])
      const without = countStringWork(method, () => kinds({ de: { acceptedSources: named } }))
      expect(characters).toBeLessThan(without.characters + 10 * text.length)
    }
  })

  // A config listed "der x" 18,000 times: each copy was tried at every "der", and the article took 28 s and 1.8 GB.
  it('has a cue listed many times compiled, tried and found once', () => {
    const text = 'Der Konzern zahlt gerüchteweise mehr Lohn.\n'
    const before = compiled.phrases
    const { annotations } = analyze('a.md', text, { vocabulary: { de: { reportativeCues: words(1000, () => 'gerüchteweise') } } })
    expect(compiled.phrases - before).toBe(1)
    expect(annotations.hedges?.filter(({ lemma }) => lemma === 'gerüchteweise')).toHaveLength(1)
  })

  it('is read whatever its words: blank, punctuation, regular-expression characters, a thousand letters', () => {
    const odd = ['', ' ', '\t', ' \n ', '…', '.', '(', '[a-z]*', '(a+)+$', '\\', 'wort'.repeat(250)]
    const text = 'Laut Polizei soll der Minister angeblich (a+)+ gelogen haben, sagte ein Sprecher. […] Wort.\n'
    for (const key of VOCABULARY_KEYS) {
      const vocabulary = { de: { [key]: odd } }
      expect(() => lintSource('a.md', text, withVocabulary(vocabulary)), key).not.toThrow()
    }
  })
})
