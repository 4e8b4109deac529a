import { describe, expect, it } from 'vitest'
import { applyFixes } from '../src/lint/fix.js'
import { lintWith } from './helpers/rule-tester.js'

const fix = (markdown: string, options = {}) => applyFixes(markdown, lintWith('credit-line', markdown, options)).output

describe('credit-line fixes', () => {
  it('inserts the credit line from the frontmatter after the last paragraph', () => {
    expect(fix('---\nagencies: [dpa, AFP]\n---\n\nDer Bundestag hat beschlossen.\n')).toBe(
      '---\nagencies: [dpa, AFP]\n---\n\nDer Bundestag hat beschlossen.\n\ndpa/AFP\n'
    )
  })

  it('puts the newsroom outlet first when the option names it', () => {
    expect(fix('---\nagencies: [dpa]\n---\n\nDer Bundestag hat beschlossen.\n', { outlet: 'news.de' })).toContain('\n\nnews.de/dpa\n')
  })

  it('does not invent a credit line for an agency only the text cites', () => {
    expect(fix('Der Zug war verspätet, berichtete die dpa.\n')).toBe('Der Zug war verspätet, berichtete die dpa.\n')
  })

  it('completes a bracketed credit in its own style', () => {
    expect(fix('---\nagencies: [APA, dpa]\n---\n\nDer Nationalrat tagt. (APA, 12.3.2016)\n')).toContain('(APA/dpa, 12.3.2016)')
  })

  it('completes the frontmatter credit and reads it as the credit line', () => {
    const article =
      '---\nagencies: [dpa, AFP]\ncredit: sba/hos/news.de/dpa\n---\n\nDer Bundestag hat beschlossen. Die Opposition kündigte eine Klage an.\n\nMehr dazu am Abend, sagte ein Sprecher.\n'
    expect(fix(article)).toBe(article.replace('news.de/dpa', 'news.de/dpa/AFP'))
  })

  it('inserts the credit after the frontmatter, never inside it, when the body has no prose', () => {
    const leadOnly = '---\nagencies: [dpa]\nlead: "Ein Lead."\n---\n'
    expect(fix(leadOnly)).toBe('---\nagencies: [dpa]\nlead: "Ein Lead."\n---\n\ndpa\n')
    const htmlOnly = '---\nagencies: [dpa]\nteaser: Kurz\n---\n\n<div>Karte</div>\n'
    expect(fix(htmlOnly)).toBe(`${htmlOnly}\ndpa\n`)
    expect(lintWith('credit-line', fix(htmlOnly))).toEqual([])
  })

  it('inserts line breaks in the file’s own style', () => {
    const crlf = '---\r\nagencies: [dpa]\r\n---\r\n\r\nDer Bundestag hat beschlossen.\r\n'
    expect(fix(crlf)).toBe('---\r\nagencies: [dpa]\r\n---\r\n\r\nDer Bundestag hat beschlossen.\r\n\r\ndpa\r\n')
    const cr = crlf.replace(/\r\n/g, '\r')
    expect(fix(cr)).toBe('---\ragencies: [dpa]\r---\r\rDer Bundestag hat beschlossen.\r\rdpa\r')
  })

  it('reads the frontmatter, its credit and the last line the same whatever ends the lines', () => {
    const lines = ['---', 'title: Der Rat', 'credit: sba/dpa', '---', '', 'Der Rat tagte lange, wie Reuters meldete.', '']
    const withoutCredit = ['Der Rat tagte lange, wie Reuters meldete.', '', 'Die Opposition stimmte dagegen.', 'Der Antrag scheiterte.', '']
    // A lone "\r" ends a line in markdown: the YAML parser read "title: Der Rat\rcredit: …" as one line and failed.
    for (const eol of ['\n', '\r\n', '\r']) {
      const found = (text: string[]) =>
        lintWith('credit-line', text.join(eol)).map(({ line, column, endLine, message }) => ({ line, column, endLine, message }))
      expect(found(lines)).toEqual([{ line: 6, column: 26, endLine: 6, message: 'Quellenzeile nennt Reuters nicht' }])
      // The missing credit is reported on the last line of the last paragraph.
      expect(found(withoutCredit)).toEqual([{ line: 4, column: 1, endLine: 4, message: 'Quellenzeile fehlt: Reuters nennen' }])
    }
  })

  it('keeps a lone carriage return inside a frontmatter value of a file with line feeds a character', () => {
    // The YAML value holds it; markdown counts a line there.
    const article = '---\ntitle: "Der\rRat tagt"\ncredit: sba/dpa\n---\n\nDer Rat tagte lange, wie Reuters meldete.\n'
    expect(lintWith('credit-line', article).map(({ line, message }) => ({ line, message }))).toEqual([
      { line: 7, message: 'Quellenzeile nennt Reuters nicht' }
    ])
  })

  it('removes stray spaces and evens out the date', () => {
    expect(fix('Die Lage bleibt angespannt. ( APA , 12.2. 2016)\n')).toBe('Die Lage bleibt angespannt. (APA, 12.2.2016)\n')
  })
})

describe('credit-line options', () => {
  const article = '---\nagencies: [dpa, XYZ]\n---\n\nDie Lage bleibt angespannt.\n\ndpa/XYZ\n'

  it('knows the newsroom’s own agency codes from the option agencies', () => {
    expect(lintWith('credit-line', article, { agencies: ['XYZ'] })).toEqual([])
  })

  it('reports an unknown code without it', () => {
    expect(lintWith('credit-line', article).map((finding) => finding.message)).toContain('Unbekanntes Agenturkürzel „XYZ“')
  })
})

describe('a credit line with typing errors', () => {
  const paragraph = 'Die Stadt hat am Montag den neuen Radweg eröffnet, teilte das Verkehrsamt mit. Er ist vier Kilometer lang.'

  it('reports "(APA; 18.8.015)" at the end of the last paragraph: the semicolon before the date and the three-digit year', () => {
    const findings = lintWith('credit-line', `${paragraph} (APA; 18.8.015)\n`)
    expect(findings.map((finding) => finding.message)).toEqual([
      '„;“ vor dem Datum der Quellenzeile: „,“ setzen',
      'Datum „18.8.015“ gibt es nicht: Tag.Monat.Jahr erwartet'
    ])
    expect(fix(`${paragraph} (APA; 18.8.2015)\n`)).toBe(`${paragraph} (APA, 18.8.2015)\n`)
  })

  it('does not take numbered parentheses in prose for a credit line', () => {
    for (const prose of [
      'Die Regel (Absatz 3.4.100) gilt weiter.',
      'Er nannte die Version (Stand 1.2.015), sagte der Sprecher.',
      'Die Werte (3.4.10) stiegen.'
    ]) {
      expect(lintWith('credit-line', `${paragraph} ${prose}\n`), prose).toEqual([])
    }
  })
})
