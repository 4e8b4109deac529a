import { ParseLatin } from 'parse-latin'
import { describe, expect, it } from 'vitest'
import { TabledParseLatin } from '../src/engine/latin-tokenizer.js'

describe('tabled parse-latin tokenizer', () => {
  it('builds the same tree as parse-latin: kinds, runs, positions, line breaks, surrogates', () => {
    const texts = [
      'Laut dpa sagte Dr. Müller: „Wir gehen.“ Er sei zuversichtlich, hieß es.',
      'Zeile eins\r\nZeile zwei\rZeile drei\n\n  Einzug\t— Strich … (Klammer) [x] {y} !!! ??? ...',
      '5:0-Sieg, 24. Mai, 3,5 % – 1.000.000 € / $ 12 ¼ ²',
      'Emoji 👍🏽 und 𝔘𝔫𝔦𝔠𝔬𝔡𝔢, ein \uD800 einsamer Teil, 🎉🎉 zwei',
      'Арабский текст, ελληνικά, 中文。 עִבְרִית and English: "quoted" — it\'s done.',
      '\u00a0\u2003\u3000Leerzeichen\u200b ohne Breite\u00ad Trennstrich'
    ]
    for (const text of texts) expect(new TabledParseLatin().parse(text)).toEqual(new ParseLatin().parse(text))
  })
})
