import { describe, expect, it } from 'vitest'
import { fullMarkdown } from './helpers/full-markdown.js'
import { parseMarkdown } from '../src/engine/parse.js'
import { independentPieces, PIECE_CHARS } from '../src/engine/pieces.js'

// Each section holds something that a cut after a blank line could break if the pieces were chosen badly.
const SECTIONS = [
  '## Zwischentitel {i}\n\nDer Minister sagte am Montag, das sei gut. *Betont* und [verlinkt](https://example.com/{i}).\n',
  '- Punkt eins\n\n- Punkt zwei, locker\n\n  Fortsetzung im Punkt\n\n1. Erstens\n\n2. Zweitens\n',
  '> Ein Zitat\n\n> Ein zweites Zitat\n',
  '```\nCode {i}\n\nText im Code nach einer Leerzeile\n\n# keine Überschrift\n```\n',
  '~~~~ js\nMehr Code\n\n~~~\nNoch Code\n~~~~\n',
  '<!--\nEin Kommentar\n\nText im Kommentar\n-->\n',
  '<pre>\nVorformatiert\n\nText darin\n</pre>\n',
  '| Ort | Wert |\n| --- | --- |\n| Wien | {i} |\n',
  'Überschrift in Setext\n===\n\nText    mit   Leerzeichen.\n',
  '    eingerückter Code\n\n    noch mehr\n',
  'Absatz mit Zeilenumbruch  \nzweite Zeile {i}.\n',
  '<div>Kasten {i}</div>\n',
  '<div>\nEin Kasten über\nzwei Zeilen\n</div>\n',
  '<span>Inline</span> am Anfang eines Absatzes.\n',
  '<https://example.com/{i}> als Autolink am Anfang.\n',
  '<!-- newslint-disable hedge -->\n',
  '[Verweis {i}] am Absatzanfang und [[[ offene Klammern.\n',
  '„Ein Zitat am Absatzanfang {i}“, sagte er.\n',
  '**Fett** am Anfang, dann _kursiv_.\n\n_ _ _\n',
  '[^fn{i}]: Eine Fußnote {i}.\n\n    Ihr zweiter Absatz.\n',
  '\\# keine Überschrift {i}\n\n= kein Setext\n',
  '![Bild {i}](https://example.com/{i}.png) am Anfang, Fußnote[^fn{i}].\n',
  '```Code` im Text, kein Zaun {i}.\n',
  '2016 begann es. -5 Grad am Morgen {i}.\n\n-5 Grad am Abend.\n\n+49 ist die Vorwahl.\n\n2016. Jahr als Liste\n\n3) Punkt\n\n*\n'
]

function document(frontmatter: boolean): string {
  const parts = frontmatter ? ['---\ntitle: "Ein Titel"\n\nlead: Ein Vorspann\n---\n'] : []
  for (let i = 0, length = 0; length < 2.5 * PIECE_CHARS; i++) {
    parts.push(SECTIONS[i % SECTIONS.length].replaceAll('{i}', String(i)))
    length += parts[parts.length - 1].length + 1
  }
  return parts.join('\n')
}

// Parsing a few hundred KB twice over takes seconds on a loaded machine: not a timing test.
const LIMIT = 300_000

describe('a large file parsed in pieces', () => {
  it(
    'is cut between HTML blocks too, so that a file of thousands of them is not parsed whole, and reads the same',
    () => {
      const blocks = [
        '<div>Kasten {i}</div>\n',
        '<!--\nKommentar {i}\n\n<div>im Kommentar</div>\n-->\n',
        '<b>Fett</b> am Absatzanfang {i}.\n'
      ]
      const text = Array.from({ length: 9_000 }, (_, i) => blocks[i % blocks.length].replaceAll('{i}', String(i))).join('\n')
      const pieces = independentPieces(text)
      expect(pieces.length).toBeGreaterThan(3)
      expect(pieces.slice(1).every((piece) => text[piece.start] === '<')).toBe(true)
      expect(JSON.stringify(parseMarkdown(text))).toBe(JSON.stringify(fullMarkdown.parse(text)))
    },
    LIMIT
  )

  it(
    'is cut between paragraphs that open with punctuation, so that a file of bracket runs is not parsed whole, and reads the same',
    () => {
      // The parser holds about a kilobyte for each "[": parsed whole, 1 MB of such paragraphs took 1 GB.
      const text = Array.from({ length: 4_000 }, (_, i) =>
        (i % 2 ? '„Zitat {i}“' : '['.repeat(20) + ' {i}').replaceAll('{i}', String(i))
      ).join('\n\n')
      const pieces = independentPieces(text)
      expect(pieces.length).toBeGreaterThan(1)
      expect(pieces.slice(1).every((piece) => '[„'.includes(text[piece.start]))).toBe(true)
      expect(JSON.stringify(parseMarkdown(text))).toBe(JSON.stringify(fullMarkdown.parse(text)))
      // Inline code, struck-through text and code fences at the first column open a piece too (1 MB of code spans parsed whole took 800 MB).
      const code = Array.from({ length: 6_000 }, (_, i) =>
        ['`a` `b` {i}', '~~c~~ {i}', '```\nCode {i}\n\n```'][i % 3].replaceAll('{i}', String(i))
      ).join('\n\n')
      const codePieces = independentPieces(code)
      expect(codePieces.length).toBeGreaterThan(1)
      expect(codePieces.slice(1).every((piece) => '`~'.includes(code[piece.start]))).toBe(true)
      expect(JSON.stringify(parseMarkdown(code))).toBe(JSON.stringify(fullMarkdown.parse(code)))
      // A loose list goes on after each blank line: never cut inside one.
      for (const marker of ['-', '+', '*', '1.', '2)']) {
        const list = 'Absatz.\n\n' + Array.from({ length: 6_000 }, (_, i) => `${marker} Punkt ${i}`).join('\n\n')
        expect(independentPieces(list)).toHaveLength(1)
      }
    },
    LIMIT
  )

  it(
    'is cut every few thousand lines as well, so that a small file of thousands of short paragraphs is not parsed whole',
    () => {
      // The parser holds 3–5 KB a line until its piece is done: 99,000 one-letter paragraphs (297 KB) peaked at 345 MB.
      const text = Array.from({ length: 6_000 }, (_, i) => (i % 3 ? 'a' : `[${i}] b`)).join('\n\n') + '\n'
      expect(text.length).toBeLessThan(PIECE_CHARS)
      expect(independentPieces(text).length).toBeGreaterThanOrEqual(3)
      expect(JSON.stringify(parseMarkdown(text))).toBe(JSON.stringify(fullMarkdown.parse(text)))
    },
    LIMIT
  )

  it(
    'is cut by the levels of its quotes and lists as well, so that paragraphs between deep ones are not parsed whole, and reads the same',
    () => {
      // Closing a quote or list costs the parser the piece's length: 540 KB of these took 80 s, 64 KB 7 s.
      const text = Array.from({ length: 600 }, (_, i) => `${'> - '.repeat(8)}Punkt ${i} sagte er.\n\nAbsatz ${i}.\n`).join('\n')
      expect(text.length).toBeLessThan(PIECE_CHARS)
      expect(independentPieces(text).length).toBeGreaterThanOrEqual(4)
      expect(JSON.stringify(parseMarkdown(text))).toBe(JSON.stringify(fullMarkdown.parse(text)))
    },
    LIMIT
  )

  it(
    'gives the same tree as parsing it whole, positions included',
    () => {
      // Lines may end in "\n", "\r\n" or a lone "\r", as the parser reads them.
      for (const text of [document(false), document(true).replaceAll('\n', '\r\n'), document(true).replaceAll('\n', '\r')]) {
        expect(independentPieces(text).length).toBeGreaterThan(1)
        // As JSON: comparing the trees node by node is far slower.
        expect(JSON.stringify(parseMarkdown(text))).toBe(JSON.stringify(fullMarkdown.parse(text)))
      }
    },
    LIMIT
  )

  it(
    'with link and footnote definitions anywhere, references in other pieces read as in the whole file',
    () => {
      const references =
        'Mehr bei [der Quelle][quelle], [QUELLE], [Quelle  Zwei][] und in der Fußnote[^eins]. Nicht: [fehlt] und [^zwei].\n'
      const definitions =
        '[quelle]: https://example.com/quelle\n[quelle zwei]: https://example.com/zwei "Titel"\n\n[^eins]: Eine Fußnote.\n'
      const quoted = '> [zitiert]: https://example.com/zitat\n'
      for (const text of [
        document(true).replace('---\n\n', `---\n\n${references}\nSiehe [zitiert].\n\n`) + quoted + '\n' + definitions + references,
        // The last piece ends in a fence that runs to the end of the file: no stand-in can follow it there.
        definitions + document(false) + references + '```\nCode bis zum Ende\n'
      ]) {
        expect(independentPieces(text).length).toBeGreaterThan(1)
        expect(JSON.stringify(parseMarkdown(text))).toBe(JSON.stringify(fullMarkdown.parse(text)))
      }
    },
    LIMIT
  )
})
