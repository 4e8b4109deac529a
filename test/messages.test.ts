import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { RULES } from '../rules/index.js'
import { ruleById, type Config } from '../src/config/config.js'
import { packagePath } from '../src/engine/lexicon.js'
import type { Lang } from '../src/engine/model.js'
import { lintSource } from '../src/lint/lint.js'
import { catalogue, renderMessage } from '../src/lint/messages.js'
import { ruleDocsPath } from '../src/docs/rule-docs.js'
import { withRuleMessages } from '../src/docs/rule-messages.js'
import { docExamples, lintWith } from './helpers/rule-tester.js'
import { runCli, tempTree } from './helpers/cli.js'

const LOCALES: Lang[] = ['de', 'en']

/** Every `group.case` key of a catalogue with its placeholders, sorted. */
function keysWithPlaceholders(locale: Lang): Record<string, string[]> {
  const keys: Record<string, string[]> = {}
  for (const [group, entries] of Object.entries(catalogue(locale))) {
    for (const [name, entry] of Object.entries(entries)) {
      const text = `${entry.message} ${entry.detail ?? ''}`
      keys[`${group}.${name}`] = [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]))].sort()
    }
  }
  return keys
}

describe('message catalogues', () => {
  it('hold the same keys with the same placeholders in German and English', () => {
    expect(keysWithPlaceholders('en')).toEqual(keysWithPlaceholders('de'))
  })

  it('give every kind of unsourced claim its own message, short enough for one line', () => {
    const kinds = Object.keys(ruleById('attribution')!.meta.defaults).filter((option) => !['genre', 'genres'].includes(option))
    for (const locale of LOCALES) {
      for (const kind of kinds) expect(Object.keys(catalogue(locale).attribution)).toContain(kind)
      for (const entries of Object.values(catalogue(locale)))
        for (const entry of Object.values(entries)) expect(entry.message.length).toBeLessThanOrEqual(100)
    }
  })

  it('refuse a key a rule does not have in them', () => {
    expect(() => renderMessage({ key: 'hedge.nonsense' }, 'de')).toThrow('no message "hedge.nonsense" in the de catalogue')
    expect(() => renderMessage({ key: 'toString.call' }, 'en')).toThrow('no message')
  })

  it.each(RULES.map((rule) => [rule.meta.id]))('are listed on the page of %s as they are (npm run docs)', (id) => {
    const page = readFileSync(ruleDocsPath(id), 'utf8')
    expect(page).toBe(withRuleMessages(page, id))
  })

  describe.each(RULES.map((rule) => [rule.meta.id]))('every finding of %s has its message in both languages', (id) => {
    it.each(LOCALES)('%s', (locale) => {
      for (const example of docExamples(id).filter((item) => !item.ok)) {
        const findings = lintWith(id, example.markdown, example.options, example.lang, example.vocabulary, locale)
        expect(findings.length).toBeGreaterThan(0)
        for (const finding of findings) {
          expect(finding.message).not.toMatch(/\{\w+\}|^Unexpected /)
          expect(finding.detail ?? '').not.toMatch(/\{\w+\}/)
          for (const related of finding.related ?? []) expect(related.message).not.toMatch(/\{\w+\}/)
        }
      }
    })
  })
})

describe('the language of findings', () => {
  const english = 'The plant will close next year and 400 jobs will go.\n'

  it('follows the article by default and the config locale when set', () => {
    const config = (locale?: Lang): Config => ({
      rules: new Map([['attribution', { severity: 'warn', options: { ...ruleById('attribution')!.meta.defaults, leadClaim: 'on' } }]]),
      ignore: [],
      files: [],
      lang: 'en',
      ...(locale ? { locale } : {})
    })
    expect(lintSource('a.md', english, config()).findings.map((finding) => finding.message)).toEqual([
      'Lead without a source: who says so?'
    ])
    expect(lintSource('a.md', english, config('de')).findings.map((finding) => finding.message)).toEqual([
      'Vorspann ohne Quelle: Wer sagt das?'
    ])
  })

  it('is a config setting that refuses other languages', () => {
    const run = runCli(['a.md'], { cwd: tempTree({ '.newslintrc.json': JSON.stringify({ lang: 'en', locale: 'fr' }), 'a.md': english }) })
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('unexpected locale "fr", expected "de" or "en"')
    const german = runCli(['a.md', '--suggestions'], {
      cwd: tempTree({ '.newslintrc.json': JSON.stringify({ lang: 'en', locale: 'de' }), 'a.md': english })
    })
    expect(german.stdout).toContain('Vorspann ohne Quelle: Wer sagt das?')
  })

  it('says what gave pasted material away in the locale too', () => {
    const teaser = '# Titel\n\nDer Minister reist am Dienstag nach Brüssel.\n\nNordkorea:Kim plant Waffendeal mit Putin\n'
    const [de] = lintWith('teaser', teaser, {}, undefined, undefined, 'de')
    const [en] = lintWith('teaser', teaser, {}, undefined, undefined, 'en')
    expect(de.detail).toMatch(/^Erkannt an: eine an die Überschrift geklebte Dachzeile\./)
    expect(en.detail).toMatch(/^Found by: a kicker glued to a headline\./)
  })
})

describe('the reason behind a finding', () => {
  // The Konjunktiv carries Müller's statement over; the indicative sentence after it does not.
  const ended = 'Die Firma spart, sagte Konzernchef Anton Müller. Sie baue 400 Stellen ab. Das Werk schließt im Herbst.\n'

  it('names the source that stopped carrying over, in JSON and under the finding with --verbose', () => {
    const root = tempTree({ 'a.md': ended })
    const [file] = JSON.parse(runCli(['a.md', '--format', 'json', '--suggestions'], { cwd: root }).stdout)
    const finding = file.messages.find((message: { ruleId: string }) => message.ruleId === 'attribution')
    expect(finding.message).toBe('Quelle fehlt: Wer sagt das?')
    expect(finding.detail).toContain('Die Quelle davor (Konzernchef Anton Müller) trägt nicht bis hierher')
    expect(runCli(['a.md', '--suggestions'], { cwd: root }).stdout).not.toContain('trägt nicht bis hierher')
    const verbose = runCli(['a.md', '--suggestions', '--verbose'], { cwd: root }).stdout
    expect(verbose.replace(/\n {4}/g, ' ')).toContain('Die Quelle davor (Konzernchef Anton Müller) trägt nicht bis hierher')
  })

  it("links the rule's page in JSON, and only for findings of a rule", () => {
    const root = tempTree({ 'a.md': ended, 'b.md': '---\ntitle: [\n---\n\nText.\n' })
    const files = JSON.parse(runCli(['a.md', 'b.md', '--format', 'json', '--suggestions'], { cwd: root }).stdout)
    const attribution = files[0].messages.find((message: { ruleId: string }) => message.ruleId === 'attribution')
    expect(existsSync(fileURLToPath(attribution.url))).toBe(true)
    expect(attribution.url).toMatch(/\/rules\/attribution\.md$/)
    const broken = files[1].messages.find((message: { ruleId: string }) => message.ruleId === 'frontmatter')
    expect(broken).toBeDefined()
    expect(broken.url).toBeUndefined()
  })

  it('goes into SARIF as a property', () => {
    const log = JSON.parse(runCli(['a.md', '--format', 'sarif'], { cwd: tempTree({ 'a.md': ended }) }).stdout)
    expect(log.runs[0].results.find((result: { ruleId: string }) => result.ruleId === 'attribution').properties.detail).toContain(
      'Konzernchef Anton Müller'
    )
  })
})

describe('the stylish report', () => {
  const seed = packagePath('fixtures', 'seed', 'kim-putin-waffendeal.md')
  const sites = packagePath('fixtures', 'eval', 'articles', 'sites')
  const german = readdirSync(sites)
    .filter((name) => name.endsWith('.md') && /^lang: de$/m.test(readFileSync(join(sites, name), 'utf8')))
    .map((name) => join(sites, name))
  const LIMIT = 120

  it(`keeps every line but the file names within ${LIMIT} columns on the seed and the German fixtures, with reasons and suggestions too`, () => {
    const files = [seed, ...german]
    expect(files.length).toBeGreaterThan(40)
    const headers = new Set(files.map((file) => file.slice(packagePath().length + 1)))
    for (const flags of [[], ['--verbose', '--suggestions']]) {
      const run = runCli([...files, ...flags], { cwd: packagePath() })
      const long = run.stdout.split('\n').filter((line) => !headers.has(line) && [...line].length > LIMIT)
      expect(long).toEqual([])
      expect(run.stdout).toContain('Vage Quelle „Berichten zufolge“: Wer genau?')
    }
  })

  it('ends each file with its sources and how many claims have a named one', () => {
    const run = runCli([seed], { cwd: packagePath() })
    expect(run.stdout).toMatch(/\n {2}Quellen: Kim Jong-un, New York Post, .*· 11 von 25 Aussagen mit benannter Quelle\n\n\d+ messages/)
    const english = runCli(['a.md'], {
      cwd: tempTree({ '.newslintrc.json': JSON.stringify({ lang: 'en' }), 'a.md': 'The plant will close, the mayor said. Prices rose.\n' })
    })
    expect(english.stdout).toMatch(/ {2}Sources: the mayor · 1 of 1 claims with a named source\n/)
  })
})
