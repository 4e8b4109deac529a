import { describe, expect, it } from 'vitest'
import { PhraseIndex } from '../src/analysis/phrase-index.js'

describe('phrase index', () => {
  it('offers the phrases that can start at a word, in list order, an empty phrase everywhere', () => {
    const phrases = [['laut'], ['nach', 'angaben'], [], ['laut', 'einem', 'bericht'], ['nach', 'informationen']]
    const index = new PhraseIndex(phrases)
    expect(index.startingWith('laut')).toEqual([['laut'], [], ['laut', 'einem', 'bericht']])
    expect(index.startingWith('nach')).toEqual([['nach', 'angaben'], [], ['nach', 'informationen']])
    expect(index.startingWith('polizei')).toEqual([[]])
    expect(new PhraseIndex([['laut']]).startingWith('polizei')).toEqual([])
  })
})
