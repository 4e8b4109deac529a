import { describe, expect, it } from 'vitest'
import { analyze } from '../src/engine/analyze.js'
import { recommendedConfig } from '../src/config/config.js'
import { lintSource } from '../src/lint/lint.js'

const kinds = (text: string) => analyze('t.md', text).blocks.map((block) => block.kind)

describe('blocks', () => {
  it('classifies the markdown structure of an article', () => {
    const text =
      '# Titel\n\n**Der Vorspann.**\n\nEin Absatz.\n\n## Zwischentitel\n\n> Ein Zitat.\n\n- eins\n- zwei\n\n```\ncode\n```\n\n<!-- Kommentar -->\n\n---\n'
    expect(kinds(text)).toEqual(['title', 'lead', 'paragraph', 'heading', 'quote', 'list', 'code', 'html', 'break'])
  })

  it('takes title and lead from the frontmatter, pointing into it', () => {
    const text = '---\ntitle: "Kim plant Waffendeal"\nlead: Ein Vorspann.\nlang: de\n---\n\nText.\n'
    const article = analyze('t.md', text)
    const title = article.blocks.find((block) => block.kind === 'title')!
    const lead = article.blocks.find((block) => block.kind === 'lead')!
    expect(text.slice(title.start, title.end)).toBe('Kim plant Waffendeal')
    expect(text.slice(lead.start, lead.end)).toBe('Ein Vorspann.')
    expect(article.sentences[0].text).toBe('Kim plant Waffendeal')
  })

  it('reads the lines of a block quote without their markers, nested and lazy lines too', () => {
    const article = analyze(
      't.md',
      '> Der Rat tagte lange.\n> Die Opposition stimmte dagegen.\n\n> > Es war\n> > ein Fehler,\n> sagte sie.\n'
    )
    expect(article.sentences.map((sentence) => sentence.text.replace(/\s+/g, ' '))).toEqual([
      'Der Rat tagte lange.',
      'Die Opposition stimmte dagegen.',
      'Es war ein Fehler, sagte sie.'
    ])
  })

  it('keeps a ">" that a tab indents past a marker’s place as the text of a lazy line', () => {
    const article = analyze('t.md', '> Der Rat tagte lange\n\t> und die Opposition stimmte dagegen.\n')
    expect(article.sentences.map((sentence) => sentence.text.replace(/\s+/g, ' '))).toEqual([
      'Der Rat tagte lange > und die Opposition stimmte dagegen.'
    ])
  })

  it('keeps every offset where a line of a quote opens with a link, with any line ending', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const text = [
        '> Lesen Sie auch:',
        '> [Wie die Koalition das Budget retten will](https://example.com/budget)',
        '> Die Firma hat die Lücke entdeckt.'
      ].join(eol)
      const article = analyze('t.md', text)
      expect(article.plain.length).toBe(text.length)
      expect(article.sentences.map((sentence) => sentence.text.replace(/\s+/g, ' '))).toEqual([
        'Lesen Sie auch: Wie die Koalition das Budget retten will Die Firma hat die Lücke entdeckt.'
      ])
    }
  })

  it('does not split inside a table cell across cells', () => {
    const article = analyze('t.md', '| Partei | Stimmen |\n| --- | --- |\n| SPÖ | 30 Prozent |\n')
    expect(article.blocks[0].kind).toBe('table')
    expect(article.sentences.map((sentence) => sentence.text)).toEqual(['Partei', 'Stimmen', 'SPÖ', '30 Prozent'])
  })
})

describe('language', () => {
  it('takes the frontmatter language for every block', () => {
    const article = analyze(
      't.md',
      '---\nlang: en\n---\n\nDas ist ein deutscher Satz mit vielen deutschen Wörtern, die jeder Leser sofort erkennt.\n'
    )
    expect(article.lang).toBe('en')
    expect(article.blocks.at(-1)!.lang).toBe('en')
  })

  it('detects the article language and a block in another language', () => {
    const german = 'Die Bundesregierung hat am Mittwoch in Berlin ein neues Gesetz beschlossen, das die Mieten begrenzen soll.'
    const english = 'Russian propagandists put high hopes on the visit of Kim Jong Un to Russia. They count on the millions of rounds.'
    const article = analyze('t.md', `${german} ${german}\n\n${english}\n`)
    expect(article.lang).toBe('de')
    expect(article.blocks.map((block) => block.lang)).toEqual(['de', 'en'])
  })
})

describe('offsets into the file as it is on disk', () => {
  const lintQuotes = (text: string) =>
    lintSource('t.md', text, recommendedConfig()).findings.filter((finding) => finding.ruleId === 'quotes')

  it('with CRLF line endings', () => {
    const text = '# Titel\r\n\r\nEr sagte: "Ja."\r\n'
    const [finding] = lintQuotes(text)
    expect(text.slice(finding.offset, finding.endOffset)).toBe('"Ja."')
    expect([finding.line, finding.column]).toEqual([3, 11])
  })

  it('with a byte order mark', () => {
    const text = '\uFEFFEr sagte: "Ja."\n'
    const [finding] = lintQuotes(text)
    expect(text.slice(finding.offset, finding.endOffset)).toBe('"Ja."')
  })

  it('with NFD umlauts, analysed as NFC', () => {
    const nfd = 'Ü'.normalize('NFD')
    const text = `Fu${'̈'}r Mu${'̈'}ller: "${nfd}ber alles."\n`
    const article = analyze('t.md', text)
    expect(article.text).toBe(text.normalize('NFC'))
    expect(article.sentences[0].tokens.some((token) => token.value === 'Für')).toBe(true)
    const [finding] = lintQuotes(text)
    expect(text.slice(finding.offset, finding.endOffset)).toBe(`"${nfd}ber alles."`)
  })
})

describe('frontmatter', () => {
  it('reports broken YAML as a finding and still lints the body', () => {
    const text = '---\ntitle: [unclosed\n---\n\nEr sagte: "Ja."\n'
    const findings = lintSource('t.md', text, recommendedConfig()).findings
    expect(findings.map((finding) => finding.ruleId)).toEqual(['frontmatter', 'quotes'])
    expect(findings[0].severity).toBe(2)
    expect(findings[0].line).toBeGreaterThanOrEqual(2)
    expect(findings[0].line).toBeLessThanOrEqual(3)
  })

  it('reads the data', () => {
    expect(analyze('t.md', '---\nlang: de\nagencies: [dpa, AFP]\n---\n').frontmatter?.data).toEqual({
      lang: 'de',
      agencies: ['dpa', 'AFP']
    })
  })

  it('an empty file has no blocks and no findings', () => {
    expect(analyze('t.md', '').blocks).toEqual([])
    expect(lintSource('t.md', '', recommendedConfig()).findings).toEqual([])
  })
})
