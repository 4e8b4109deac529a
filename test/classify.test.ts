import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { analyze } from '../src/engine/analyze.js'
import { analyzeOptions, recommendedConfig } from '../src/config/config.js'
import { packagePath } from '../src/engine/lexicon.js'
import type { Article } from '../src/engine/model.js'

const SEED = 'fixtures/seed/kim-putin-waffendeal.md'

const PASTED = new Set(['teaser', 'boilerplate', 'embed'])

/** Each block classified as pasted material: its kind and first words. */
function pasted(article: Article): Array<[string, string]> {
  return article.blocks
    .filter((block) => PASTED.has(block.kind))
    .map((block) => [block.kind, article.text.slice(block.start, block.end).slice(0, 30)])
}

describe('block classification', () => {
  it('finds the five pasted pieces of the seed with their kinds, and nothing else', () => {
    const article = analyze(SEED, readFileSync(packagePath(SEED), 'utf8'))
    expect(pasted(article)).toEqual([
      ['teaser', 'Auch zum Pakt Russlands mit No'],
      ['embed', 'Russian propagandists put high'],
      ['embed', '— Anton Gerashchenko (@Gerashc'],
      ['teaser', 'Schon gelesen? Nordkorea-Tyran'],
      ['boilerplate', 'Folgen Sie News.de schon bei F'],
      ['boilerplate', 'Erfahren Sie hier mehr über di']
    ])
    // The markdown kind stays readable; the credit line is the credit analysis's, not boilerplate.
    expect(article.blocks.filter((block) => block.kind === 'embed').map((block) => block.structure)).toEqual(['paragraph', 'paragraph'])
    expect(article.blocks.find((block) => article.text.slice(block.start, block.end) === 'sba/hos/news.de/dpa')?.kind).toBe('credit')
  })

  it('takes a newsroom footer from the boilerplate rule options of the configuration', () => {
    const text =
      'Der Rat hat am Montag den Haushalt beschlossen. Die Opposition stimmte dagegen, weil sie die Kürzungen bei den Schulen ablehnt und mehr Geld für den Nahverkehr verlangt hatte.\n\nDer Lokalkurier dankt für Ihre Treue.\n'
    const config = recommendedConfig()
    expect(pasted(analyze('a.md', text, analyzeOptions(config)))).toEqual([])
    config.rules.set('boilerplate', { severity: 'warn', options: { phrases: ['dankt für Ihre Treue'], outlets: [] } })
    expect(pasted(analyze('a.md', text, analyzeOptions(config)))).toEqual([['boilerplate', 'Der Lokalkurier dankt für Ihre']])
  })

  it('takes the short block above a signature for the post, never the article’s own paragraph a removed post left above it', () => {
    const seed = readFileSync(packagePath(SEED), 'utf8')
    const post = seed.split('\n\n').find((block) => block.startsWith('Russian propagandists'))!
    const signed = (text: string) => pasted(analyze(SEED, text)).filter(([kind]) => kind === 'embed')
    expect(signed(seed.replace(post, 'We will not give up an inch of our land. #Ukraine'))).toEqual([
      ['embed', 'We will not give up an inch of'],
      ['embed', '— Anton Gerashchenko (@Gerashc']
    ])
    // The post's text taken out, as its fix does: its signature stays below a quote the article reports.
    expect(signed(seed.replace(`${post}\n\n`, ''))).toEqual([['embed', '— Anton Gerashchenko (@Gerashc']])
  })

  it('takes an empty outlet name in the vocabulary for none, and goes on', () => {
    const config = recommendedConfig()
    config.vocabulary = { de: { outlets: [''] } }
    // A block that ends in a letter is asked whether it names the outlet.
    const text = 'Der Rat hat am Montag den Haushalt beschlossen.\n\nFolgen Sie uns auf Facebook und Instagram\n\nHallo Welt\n'
    expect(pasted(analyze('a.md', text, analyzeOptions(config)))).toEqual([['boilerplate', 'Folgen Sie uns auf Facebook un']])
  })

  it('leaves a link to a post on its own line alone: that is how a post is linked or embedded', () => {
    const text =
      'Der Minister schrieb am Abend auf X, er werde nicht zurücktreten, und kündigte eine Erklärung für Dienstag an.\n\n<https://twitter.com/example/status/1699>\n'
    expect(pasted(analyze('a.md', text))).toEqual([])
  })
})
