import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { RULES } from '../rules/index.js'
import { loadConfig } from '../src/config/config.js'
import { ruleDocsPath } from '../src/docs/rule-docs.js'
import { schemaProblem } from '../src/engine/schema.js'
import { refusalOf, repository, runCli } from './helpers/cli.js'
import { lintWith } from './helpers/rule-tester.js'

// Every option a rule takes has a schema in its meta; the config is checked against it when it
// is read, so a wrong option is a one-line error naming file, rule and key (exit 2), and no rule
// ever meets an option it cannot use.

const TEXT = 'Berichten zufolge soll Kim nach Russland reisen.\n\ndpa/XYZ\n'

/** The option names a rule page lists under `## Options` (each item starts with them in backticks). */
function documentedOptions(id: string): string[] {
  const page = readFileSync(ruleDocsPath(id), 'utf8')
  const section = page.slice(page.indexOf('## Options'), page.indexOf('## Examples'))
  return section
    .split('\n')
    .filter((line) => line.startsWith('- `'))
    .flatMap((line) =>
      [
        ...line
          .slice(2)
          .split(/[:(]/)[0]
          .matchAll(/`(\w+)`/g)
      ].map((match) => match[1])
    )
}

describe.each(RULES.map((rule) => [rule.meta.id, rule] as const))('options of %s', (id, rule) => {
  it('documents exactly the options its schema declares, and its defaults fit them', () => {
    expect(documentedOptions(id).sort()).toEqual(Object.keys(rule.meta.schema).sort())
    for (const [name, schema] of Object.entries(rule.meta.schema))
      expect(schemaProblem(schema, rule.meta.defaults[name]), name).toBeUndefined()
  })

  it('runs with every value its schema allows', () => {
    for (const [name, schema] of Object.entries(rule.meta.schema)) {
      const values = schema.type === 'enum' ? schema.values : schema.type === 'boolean' ? [true, false] : [rule.meta.defaults[name]]
      for (const value of values) expect(() => lintWith(id, TEXT, { [name]: value }), `${name}: ${String(value)}`).not.toThrow()
    }
  })
})

describe('wrong options', () => {
  it.each([
    ['hedge', { unsourced: 'bogus' }, 'unsourced', /unexpected string "bogus", expected one of "on", "off", "suggestion", "warn", "error"/],
    ['hedge', { stacked: true }, 'stacked', /unexpected boolean true, expected one of "on"/],
    ['credit-line', { initials: 'shouty' }, 'initials', /unexpected string "shouty", expected one of "lower", "upper", "any"/],
    ['credit-line', { required: 'yes' }, 'required', /unexpected string "yes", expected a boolean/],
    ['credit-line', { outlet: ['news.de'] }, 'outlet', /unexpected list, expected a string/],
    ['hedge', { reportativeCues: { fr: ['on dit'] } }, 'reportativeCues.fr', /unexpected language "fr", expected one of de, en/],
    ['hedge', { epistemicCues: { de: 'vermutlich' } }, 'epistemicCues.de', /unexpected string "vermutlich", expected a list of strings/],
    ['attribution', { verbs: ['jubeln', 7] }, 'verbs[1]', /unexpected number 7, expected a string/],
    ['teaser', { phrases: 'Mehr dazu' }, 'phrases', /unexpected string "Mehr dazu", expected a list of strings/],
    ['quotes', { colour: 1 }, 'colour', /unknown option "colour" for rule quotes/]
  ])('%s %j is refused at load, naming file, rule and key, exit 2', (id, options, key, message) => {
    const root = repository({ 'a.md': TEXT, '.newslintrc.json': JSON.stringify({ rules: { [id]: ['warn', options] } }) })
    const refusal = refusalOf(() => loadConfig(join(root, '.newslintrc.json')))
    expect(refusal).toContain(`.newslintrc.json (rules.${id}.${key}): `)
    expect(refusal).toMatch(message)
    const run = runCli(['a.md'], { cwd: root })
    expect(run.status).toBe(2)
    expect(run.stderr.trim().split('\n')).toEqual([`newslint: ${refusal}`])
  })
})
