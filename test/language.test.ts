import { readdirSync, readFileSync } from 'node:fs'
import fc from 'fast-check'
import { franc } from 'franc-min'
import { describe, expect, it } from 'vitest'
import { detectLanguage } from '../src/engine/language.js'
import { article, propertyParameters } from './helpers/arbitrary-article.js'

// Detection computes franc's answer (franc-min, German or English) its own, faster way; it must
// stay franc's answer, for real articles and for anything else.

const ARTICLES = 'fixtures/eval/articles'
const texts = [
  'fixtures/seed/kim-putin-waffendeal.md',
  ...readdirSync(ARTICLES)
    .filter((name) => name.endsWith('.md'))
    .map((name) => `${ARTICLES}/${name}`)
].map((path) => readFileSync(path, 'utf8'))

/** Text detection reads in full: whitespace collapsed, at most 600 characters. */
const sampled = (text: string) => text.replace(/\s+/g, ' ').trim().slice(0, 600)

function franced(sample: string): string | undefined {
  return { deu: 'de', eng: 'en' }[franc(sample, { only: ['deu', 'eng'], minLength: 60 })]
}

describe('language detection', () => {
  it('tells German from English articles', () => {
    expect(detectLanguage(texts[0])).toBe('de')
    expect(detectLanguage(texts.find((text) => text.includes('according to'))!)).toBe('en')
  })

  it('answers as franc does on every paragraph, sentence and opening of real articles', () => {
    for (const text of texts) {
      const pieces = [...text.split(/\n\s*\n/), ...text.split(/(?<=[.!?])\s+/)]
      for (let length = 40; length < text.length; length += 37) pieces.push(text.slice(0, length))
      for (const piece of pieces.map(sampled)) expect(detectLanguage(piece), piece).toBe(franced(piece))
    }
  })

  it('reads a text with white space of every kind as franc reads its opening collapsed', () => {
    const spaces = [
      ' ',
      '  ',
      '\t',
      '\n',
      '\r\n',
      '\u000b',
      '\u000c',
      '\u00a0',
      '\u1680',
      '\u2003',
      '\u2028',
      '\u202f',
      '\u3000',
      '\ufeff',
      '\u200b'
    ]
    const opening = (text: string) => text.slice(0, 12_000).replace(/\s+/g, ' ').trim().slice(0, 600)
    fc.assert(
      fc.property(article, fc.array(fc.constantFrom(...spaces), { minLength: 1, maxLength: 30 }), fc.nat(), (text, inserted, seed) => {
        const words = text.split(' ')
        const spaced = words.map((word, k) => word + inserted[(seed + k) % inserted.length]).join('')
        expect(detectLanguage(spaced)).toBe(franced(opening(spaced)))
      }),
      propertyParameters()
    )
  })

  it('answers as franc does on generated text: other scripts, digits, markup, emoji', () => {
    fc.assert(
      fc.property(article, fc.nat(), (text, from) => {
        const piece = sampled(text.slice(from % Math.max(1, text.length)))
        expect(detectLanguage(piece)).toBe(franced(piece))
      }),
      propertyParameters()
    )
  })
})
