import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadConfig } from '../src/config/config.js'
import { refusalOf, repository, runCli } from './helpers/cli.js'
import { lintWith } from './helpers/rule-tester.js'

// A newsroom's words are configured once, in `vocabulary`, and every rule sees the same model.

const CHEERED = 'Der Konzern zahlt angeblich fünf Prozent mehr Lohn, jubelte die Gewerkschaft.\n'
const JUBELN = { de: { verbs: ['jubeln'] } }
const UNSOURCED = { unsourced: 'on' }

function messages(root: string, rule: string): string[] {
  const run = runCli(['a.md', '--format', 'json'], { cwd: root })
  return JSON.parse(run.stdout)[0]
    .messages.filter((message: { ruleId: string }) => message.ruleId === rule)
    .map((message: { message: string }) => message.message)
}

describe('vocabulary', () => {
  it('a verb of saying gives the sentence a source for attribution and hedge alike', () => {
    expect(lintWith('attribution', CHEERED)).toHaveLength(1)
    // hedge's unsourced check is off by default (attribution reports a hedged claim); switched on here.
    expect(lintWith('hedge', CHEERED, UNSOURCED)).toHaveLength(1)
    expect(lintWith('attribution', CHEERED, {}, undefined, JUBELN)).toEqual([])
    expect(lintWith('hedge', CHEERED, UNSOURCED, undefined, JUBELN)).toEqual([])
  })

  it('the deprecated attribution option verbs still works, now for hedge too, with a warning', () => {
    const root = repository({ 'a.md': CHEERED, '.newslintrc.yaml': 'rules:\n  attribution: [warn, { verbs: [jubeln] }]\n' })
    expect(messages(root, 'attribution')).toEqual([])
    expect(messages(root, 'hedge')).toEqual([])
    const run = runCli(['a.md'], { cwd: root })
    expect(run.stderr).toMatch(
      /\.newslintrc\.yaml \(rules\.attribution\.verbs\): deprecated option, expected its words under vocabulary\.de\.verbs/
    )
    expect(loadConfig(join(root, '.newslintrc.yaml')).warnings).toHaveLength(1)
  })

  it('an accepted source is named for attribution and vague-source alike', () => {
    const text = 'Wie Recherchen des STANDARD zeigen, fehlt das Geld.\n\nUnser Korrespondent hat die Lager gesehen.\n'
    const accepted = { de: { acceptedSources: ['Recherchen des STANDARD', 'unser Korrespondent'] } }
    expect(lintWith('vague-source', text, {}, undefined, accepted)).toEqual([])
    expect(lintWith('attribution', text, {}, undefined, accepted)).toEqual([])
  })

  it('words of one language do not apply to another', () => {
    expect(lintWith('hedge', CHEERED, UNSOURCED, undefined, { en: { verbs: ['jubeln'] } })).toHaveLength(1)
  })

  it('adds to the vocabulary of the config it extends', () => {
    const root = repository({
      'a.md': `${CHEERED}\nMehr aus der Region\n`,
      'base.yaml': 'vocabulary:\n  de:\n    verbs: [jubeln]\n',
      '.newslintrc.yaml': 'extends: [newslint:recommended, ./base.yaml]\nvocabulary:\n  de:\n    teaserPhrases: [Mehr aus der Region]\n'
    })
    expect(loadConfig(join(root, '.newslintrc.yaml')).vocabulary).toEqual({
      de: { verbs: ['jubeln'], teaserPhrases: ['Mehr aus der Region'] }
    })
    expect(messages(root, 'hedge')).toEqual([])
    expect(messages(root, 'teaser')).toHaveLength(1)
  })

  it.each([
    [
      'an unknown key',
      { de: { verb: ['jubeln'] } },
      /\(vocabulary\.de\.verb\): unexpected key "verb", expected one of verbs, sourcePhrases/
    ],
    ['an unknown language', { fr: { verbs: ['dire'] } }, /\(vocabulary\.fr\): unexpected language "fr", expected one of de, en/],
    [
      'a word that is not a string',
      { de: { verbs: ['jubeln', 3] } },
      /\(vocabulary\.de\.verbs\[1\]\): unexpected number 3, expected a string/
    ],
    ['a list instead of languages', ['jubeln'], /\(vocabulary\): unexpected list, expected a mapping of languages/],
    // An empty outlet matched at every place; an agency name of 40,000 words took the registry minutes and gigabytes.
    ['an empty word', { de: { outlets: ['Kurier', ' '] } }, /\(vocabulary\.de\.outlets\[1\]\): unexpected empty string, expected a word/],
    [
      'an agency name longer than any agency’s',
      { de: { agencies: ['a '.repeat(40_000)] } },
      /\(vocabulary\.de\.agencies\[0\]\): unexpected 80000 characters, expected at most 60 for a word or phrase/
    ],
    // Cues are tried wherever their first word occurs: 45,000 of them opening with "der" aborted the process on a 16 KB article.
    [
      'more hedge cues than a newsroom lists',
      { de: { reportativeCues: Array.from({ length: 201 }, (_, i) => `der q${i}`) } },
      /\(vocabulary\.de\.reportativeCues\): unexpected 201 words or phrases, expected at most 200/
    ],
    [
      'more source phrases than a newsroom lists',
      { en: { sourcePhrases: Array.from({ length: 300 }, () => 'the') } },
      /\(vocabulary\.en\.sourcePhrases\): unexpected 300 words or phrases, expected at most 200/
    ],
    // A review: 200 cues of 99 words opening alike took a 120 KB article 10 s.
    [
      'a hedge cue longer than a cue is',
      { en: { epistemicCues: ['a '.repeat(98) + 'z'] } },
      /\(vocabulary\.en\.epistemicCues\): unexpected a cue of 99 words \("a a a/
    ],
    [
      'more hedge cues opening with one word than a newsroom lists',
      { de: { reportativeCues: Array.from({ length: 31 }, (_, i) => `es|wie q${i}`) } },
      /\(vocabulary\.de\.reportativeCues\): unexpected more than 30 cues opening with "es", expected at most 30/
    ]
  ])('refuses %s, naming the file and key, exit 2', (_, vocabulary, message) => {
    const root = repository({ 'a.md': CHEERED, '.newslintrc.json': JSON.stringify({ vocabulary }) })
    expect(refusalOf(() => loadConfig(join(root, '.newslintrc.json')))).toMatch(message)
    const run = runCli(['a.md'], { cwd: root })
    expect(run.status).toBe(2)
    expect(run.stderr.trim().split('\n')).toHaveLength(1)
    expect(run.stderr).toMatch(message)
  })
})
