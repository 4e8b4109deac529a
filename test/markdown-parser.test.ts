import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fullMarkdown } from './helpers/full-markdown.js'
import { markdownParserFor } from '../src/engine/markdown-parser.js'

// Pieces of markdown that make or nearly make each construct the parser may leave out, and what
// sits around them: tables in and out of quotes, e-mail, www and http autolinks, thematic breaks.
const PIECES = [
  'Wort',
  'a',
  ' ',
  '  ',
  '\t',
  '\n',
  '\n\n',
  '\r\n',
  '|',
  '| a |',
  '-',
  '---',
  ':-:',
  '>',
  '> ',
  '*',
  '_',
  '[',
  ']',
  '(',
  ')',
  '!',
  '`',
  '~',
  '#',
  '1. ',
  '- ',
  '<',
  '&amp;',
  '&#64;',
  'x&#46;at',
  ':\\/\\/',
  '\\',
  '.',
  '@',
  'presse@stadt.at',
  'mail@',
  'www.',
  'WWW.',
  'www.orf.at',
  'http://',
  'https://x.at/a',
  'H',
  'ttp',
  '://',
  '^',
  '='
]

describe('the markdown parser for a text', () => {
  it('gives the tree GFM gives, for any text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (parts) => {
        const text = parts.join('')
        expect(markdownParserFor(text).parse(text)).toEqual(fullMarkdown.parse(text))
      }),
      { numRuns: 3000 }
    )
  })

  it('still finds tables and autolinks where the text has them', () => {
    const text =
      '> | Ort | Wert |\n> | :-- | --: |\n> | Wien | 3 |\n\nSchreiben Sie an presse@stadt.at, www.orf.at oder https://orf.at/x.\n'
    const tree = markdownParserFor(text).parse(text)
    expect(tree).toEqual(fullMarkdown.parse(text))
    expect(JSON.stringify(tree)).toContain('"type":"table"')
    expect(JSON.stringify(tree).match(/"type":"link"/g)).toHaveLength(3)
  })

  it('finds literal autolinks that an escape or a character reference spells', () => {
    for (const text of ['presse&#64;stadt.at\n', 'https:\\/\\/orf.at\n', 'www\\.orf.at\n']) {
      const tree = markdownParserFor(text).parse(text)
      expect(tree).toEqual(fullMarkdown.parse(text))
      expect(JSON.stringify(tree)).toContain('"type":"link"')
    }
  })

  it('gives the same tree for one long line of words', () => {
    const text = 'a '.repeat(50_000) + 'Ende.\n'
    expect(markdownParserFor(text).parse(text)).toEqual(fullMarkdown.parse(text))
  })
})
