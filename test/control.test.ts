import { describe, expect, it } from 'vitest'
import { recommendedConfig } from '../src/config/config.js'
import { analyze } from '../src/engine/analyze.js'
import { createSuppressor, findDirectives } from '../src/lint/control.js'
import { lintSource } from '../src/lint/lint.js'
import { countStringWork } from './helpers/string-work.js'

const lint = (text: string) => lintSource('t.md', text, recommendedConfig()).findings.map((finding) => `${finding.line}:${finding.ruleId}`)

describe('inline control comments', () => {
  it('disable and enable a rule for a stretch of the article', () => {
    const text =
      'Er sagte: "Eins."\n\n<!-- newslint-disable quotes -->\n\nEr sagte: "Zwei."\n\n<!-- newslint-enable quotes -->\n\nEr sagte: "Drei."\n'
    expect(lint(text)).toEqual(['1:quotes', '9:quotes'])
  })

  it('disable without rule ids switches every rule off', () => {
    expect(lint('<!-- newslint-disable -->\n\nEr sagte: "Zwei."\n')).toEqual([])
  })

  it('disable-next-line covers only the next line with text', () => {
    const text = '<!-- newslint-disable-next-line quotes -->\n\nEr sagte: "Eins."\n\nEr sagte: "Zwei."\n'
    expect(lint(text)).toEqual(['5:quotes'])
  })

  it('disable-next-line skips blank lines whatever line breaks the file uses', () => {
    const text = '<!-- newslint-disable-next-line quotes -->\n\nEr sagte: "Eins."\n\nEr sagte: "Zwei."\n'
    expect(lint(text.replace(/\n/g, '\r'))).toEqual(['5:quotes'])
    expect(lint(text.replace(/\n/g, '\r\n'))).toEqual(['5:quotes'])
  })

  it('walks to the next line with text once for all disable-next-line comments on one line', () => {
    let walks = 0
    const comments = Array.from({ length: 7000 }, (_, i) => ({
      kind: 'disable-next-line' as const,
      rules: ['quotes'],
      start: i * 40,
      end: i * 40 + 39
    }))
    const suppressor = createSuppressor(
      comments,
      () => 1,
      (line) => {
        walks++
        return line + 100_000
      }
    )
    expect(suppressor.isDisabled('quotes', 0, 100_001)).toBe(true)
    expect(suppressor.isDisabled('quotes', 0, 2)).toBe(false)
    expect(walks).toBe(1)
  })

  it('a switch for another rule leaves the state of this one as the last switch for it set it', () => {
    const text =
      '<!-- newslint-disable -->\n\n<!-- newslint-enable quotes -->\n\n<!-- newslint-disable frontmatter -->\n\nEr sagte: "Eins."\n\n<!-- newslint-disable quotes -->\n\n<!-- newslint-enable frontmatter -->\n\nEr sagte: "Zwei."\n'
    expect(lint(text)).toEqual(['7:quotes'])
  })

  it('leaves other rules on when one is named', () => {
    expect(lint('<!-- newslint-disable frontmatter -->\n\nEr sagte: "Eins."\n')).toEqual(['3:quotes'])
  })

  it('reports an unknown rule id in a comment', () => {
    const findings = lintSource('t.md', '<!-- newslint-disable qoutes -->\n\nText.\n', recommendedConfig()).findings
    expect(findings).toMatchObject([{ ruleId: 'inline-config', severity: 2, message: expect.stringContaining('„qoutes“') }])
  })

  it('reports the first ten unknown ids of a comment, each shown by its first characters', () => {
    const ids = ['q'.repeat(66000), ...Array.from({ length: 5000 }, (_, i) => `regel-${i}`), 'qoutes', 'qoutes']
    const findings = lintSource('t.md', `<!-- newslint-disable ${ids.join(' ')} -->\n\nText.\n`, recommendedConfig()).findings
    expect(findings).toHaveLength(10)
    expect(findings[0].message).toMatch(/„q{39}…“/)
    expect(findings[9].message).toContain('„regel-8“')
    expect(Math.max(...findings.map((finding) => finding.message.length))).toBeLessThan(100)
  })

  it('ignores ordinary HTML comments', () => {
    expect(lint('<!-- disable quotes -->\n\nEr sagte: "Eins."\n')).toEqual(['3:quotes'])
  })

  it('reads each HTML block once looking for comments, however many blocks there are', () => {
    // Each block's search once ran on to the end of the file: 64,000 HTML blocks (900 KB) took 33 s.
    const text = '<div>Kasten</div>\n\n'.repeat(4000) + '<!-- newslint-disable quotes -->\n\n<p>Ende\n<!-- unclosed\n'
    const article = analyze('t.md', text)
    const { result, characters } = countStringWork('indexOf', () => findDirectives(article))
    expect(result).toMatchObject([{ kind: 'disable', rules: ['quotes'], start: text.indexOf('<!-- newslint') }])
    expect(characters).toBeLessThan(2 * text.length)
  })
})
