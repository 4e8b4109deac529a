import { describe, expect, it } from 'vitest'
import { PhraseIndex } from '../src/analysis/phrase-index.js'
import { contentTokens } from '../src/analysis/sources/words.js'
import { analyze } from '../src/engine/analyze.js'

/** The content tokens of the text's first sentence, as the source finder reads them. */
function tokensOf(text: string) {
  return contentTokens(analyze('a.md', `${text}\n`).sentences[0])
}

describe('phrase index', () => {
  const phrases = [['laut'], ['nach', 'angaben'], [], ['laut', 'einem', 'bericht'], ['nach', 'informationen']]

  it('gives the phrases whose words match at a token, in list order, an empty phrase everywhere', () => {
    const tokens = tokensOf('Laut einem Bericht kam es nach Angaben der Polizei zu Schäden.')
    const index = new PhraseIndex(phrases)
    expect(index.matchingAt(tokens, 0)).toEqual([['laut'], [], ['laut', 'einem', 'bericht']])
    expect(index.matchingAt(tokens, 5)).toEqual([['nach', 'angaben'], []])
    expect(index.matchingAt(tokens, 1)).toEqual([[]])
    expect(new PhraseIndex([['laut']]).matchingAt(tokens, 1)).toEqual([])
    expect(index.firstAt(tokens, 5)).toEqual(['nach', 'angaben'])
  })

  it('matches no words inside a direct quote, and none past the sentence’s end', () => {
    const tokens = tokensOf('Er sagte: „Laut einem Bericht“ sei das falsch, laut einem')
    const index = new PhraseIndex([
      ['laut', 'einem', 'bericht'],
      ['laut', 'einem']
    ])
    const places = tokens.map((_, i) => index.matchingAt(tokens, i).length)
    expect(places.filter((count) => count > 0)).toEqual([1])
    expect(index.matchingAt(tokens, tokens.length)).toEqual([])
  })

  it('finds the one phrase that matches among a thousand that open alike', () => {
    const opening = Array.from({ length: 90 }, () => 'a')
    const index = new PhraseIndex(Array.from({ length: 1000 }, (_, k) => [...opening, `z${k}`]))
    const tokens = tokensOf(`${[...opening, ...opening, 'z999'].join(' ')}.`)
    expect(index.matchingAt(tokens, 90)).toEqual([[...opening, 'z999']])
    expect(index.matchingAt(tokens, 0)).toEqual([])
  })
})
