import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { MAX_CONFIG_FILES, MAX_EXTENDS_DEPTH, analyzeOptions, loadConfig } from '../src/config/config.js'
import { ConfigResolver } from '../src/config/resolver.js'
import { runCli, tempTree } from './helpers/cli.js'

const QUOTED = 'Er sagte: "Ja."\n'

describe('configuration', () => {
  it('works without any config (recommended preset)', () => {
    const root = tempTree({ 'a.md': QUOTED })
    mkdirSync(join(root, '.git'))
    const run = runCli(['a.md', '--format', 'json'], { cwd: root })
    expect(JSON.parse(run.stdout)[0].messages[0]).toMatchObject({ ruleId: 'quotes', severity: 'warning' })
    expect(run.status).toBe(0)
  })

  it.each([
    ['.newslintrc.json', JSON.stringify({ rules: { quotes: 'error' } })],
    ['.newslintrc.yaml', 'rules:\n  quotes: error\n'],
    ['.newslintrc.yml', 'rules:\n  quotes: error\n'],
    ['package.json', JSON.stringify({ name: 'content', newslint: { rules: { quotes: 'error' } } })],
    ['package.json with a byte-order mark', '\uFEFF' + JSON.stringify({ name: 'content', newslint: { rules: { quotes: 'error' } } })],
    ['.newslintrc.json with a byte-order mark', '\uFEFF' + JSON.stringify({ rules: { quotes: 'error' } })]
  ])('finds %s from the file upward', (file, content) => {
    const name = file.split(' ')[0]
    const root = tempTree({ [name]: content, 'articles/2024/a.md': QUOTED })
    mkdirSync(join(root, '.git'))
    const run = runCli(['articles', '--format', 'json'], { cwd: root })
    expect(JSON.parse(run.stdout)[0].messages[0].severity).toBe('error')
    expect(run.status).toBe(1)
  })

  it('uses the nearest config: a folder can switch a rule off', () => {
    const root = tempTree({
      '.newslintrc.json': JSON.stringify({ rules: { quotes: 'error' } }),
      'opinion/.newslintrc.json': JSON.stringify({ rules: { quotes: 'off' } }),
      'news/a.md': QUOTED,
      'opinion/b.md': QUOTED
    })
    mkdirSync(join(root, '.git'))
    const results = JSON.parse(runCli(['.', '--format', 'json'], { cwd: root }).stdout)
    expect(results.map((result: { path: string; messages: unknown[] }) => [result.path, result.messages.length])).toEqual([
      ['news/a.md', 1],
      ['opinion/b.md', 0]
    ])
  })

  it('extends another config file and overrides it', () => {
    const root = tempTree({
      'base.yaml': 'rules:\n  quotes: error\nignore: ["drafts/"]\n',
      'desk/.newslintrc.json': JSON.stringify({ extends: '../base.yaml', rules: { quotes: 'warn' } }),
      'desk/a.md': QUOTED,
      'desk/drafts/b.md': QUOTED
    })
    mkdirSync(join(root, '.git'))
    const resolver = new ConfigResolver()
    expect(resolver.forFile(join(root, 'desk/a.md')).rules.get('quotes')?.severity).toBe('warn')
    expect(resolver.isIgnored(join(root, 'desk/drafts/b.md'))).toBe(true)
    expect(resolver.isIgnored(join(root, 'desk/a.md'))).toBe(false)
  })

  it('gives the folders whose configs extend one newsroom vocabulary one vocabulary, built once a run', () => {
    // The stages build their matchers once per vocabulary object: a copy per folder rebuilt a
    // 10 MB word list for each of 20 folders (23 s).
    const root = tempTree({
      'newsroom.json': JSON.stringify({ vocabulary: { de: { outlets: ['Lokalblatt'] } } }),
      ...Object.fromEntries(
        ['sport', 'politik'].flatMap((desk) => [
          [`${desk}/.newslintrc.json`, JSON.stringify({ extends: '../newsroom.json', rules: { quotes: 'warn' } })],
          [`${desk}/a.md`, QUOTED]
        ])
      )
    })
    mkdirSync(join(root, '.git'))
    const resolver = new ConfigResolver()
    const [sport, politik] = ['sport', 'politik'].map((desk) => analyzeOptions(resolver.forFile(join(root, desk, 'a.md'))))
    expect(sport.vocabulary?.de?.outlets).toEqual(['Lokalblatt'])
    expect(politik.vocabulary).toBe(sport.vocabulary)
  })

  it('honours .newslintignore and ignore globs', () => {
    const root = tempTree({
      '.newslintignore': 'archive/\n',
      '.newslintrc.json': JSON.stringify({ ignore: ['**/*.draft.md'] }),
      'archive/old.md': QUOTED,
      'news/a.md': QUOTED,
      'news/b.draft.md': QUOTED
    })
    mkdirSync(join(root, '.git'))
    const results = JSON.parse(runCli(['.', '--format', 'json'], { cwd: root }).stdout)
    expect(results.map((result: { path: string }) => result.path)).toEqual(['news/a.md'])
  })

  it('says so when a file named on the command line is ignored, and only then', () => {
    const root = tempTree({ '.newslintignore': 'archive/\n', 'archive/old.md': QUOTED, 'news/a.md': QUOTED })
    mkdirSync(join(root, '.git'))
    const named = runCli(['archive/old.md', 'news/a.md', '--format', 'json'], { cwd: root })
    expect(JSON.parse(named.stdout).map((result: { path: string }) => result.path)).toEqual(['news/a.md'])
    expect(named.stderr).toBe(
      'newslint: archive/old.md: not linted, its path is ignored (by a config\'s "ignore", a .newslintignore or node_modules)\n'
    )
    expect(named.status).toBe(0)
    // A folder or a glob holds ignored files as a matter of course: nothing to say.
    for (const args of [['.'], ['**/*.md']]) expect(runCli([...args, '--format', 'json'], { cwd: root }).stderr).toBe('')
  })

  it.each([
    ['broken JSON', '{ "rules": { "quotes": ', /\.newslintrc\.json: cannot parse config/],
    ['an unknown setting', JSON.stringify({ rulez: {} }), /\.newslintrc\.json \(rulez\): unknown setting "rulez"/],
    ['an unknown rule', JSON.stringify({ rules: { qoutes: 'error' } }), /\(rules\.qoutes\): unknown rule "qoutes"/],
    ['a wrong severity', JSON.stringify({ rules: { quotes: 'loud' } }), /\(rules\.quotes\): unexpected severity "loud"/],
    [
      'an unknown option',
      JSON.stringify({ rules: { quotes: ['warn', { colour: 1 }] } }),
      /\(rules\.quotes\.colour\): unknown option "colour"/
    ],
    ['a config that extends itself', JSON.stringify({ extends: './.newslintrc.json' }), /\(extends\): extends itself/],
    [
      'an extends outside the repository',
      JSON.stringify({ extends: '../../../../etc/newslint.json' }),
      /\(extends\): .* outside the repository/
    ],
    // A review: the name came twice in one line of 18 MB, and the path took 5 s and 400 MB to resolve.
    [
      'a rule name of 100,000 characters, cut in the message',
      JSON.stringify({ rules: { ['h'.repeat(100_000)]: 'off' } }),
      /^newslint: \S+ \(rules\.h{73}… \(100006 characters\)\): unknown rule "h{79}… \(100000 characters\)"\n$/
    ],
    [
      'an extends path of 100,000 characters',
      JSON.stringify({ extends: 'a/'.repeat(50_000) }),
      /\(extends\): unexpected path of 100000 characters, expected at most 4096\n$/
    ]
  ])('refuses %s with a clear one-line error and exit 2', (_, content, message) => {
    const root = tempTree({ '.newslintrc.json': content, 'a.md': QUOTED })
    mkdirSync(join(root, '.git'))
    const run = runCli(['a.md'], { cwd: root })
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(message)
    expect(run.stderr.trim().split('\n')).toHaveLength(1)
    expect(run.stderr).not.toMatch(/\n\s+at /)
  })

  it('refuses a package.json that is not JSON instead of dropping the settings it may hold', () => {
    const root = tempTree({
      '.newslintrc.json': JSON.stringify({ rules: { quotes: 'off' } }),
      'desk/package.json': '{ "name": "desk", "newslint": { "rules": { "quotes": "error" } ',
      'desk/a.md': QUOTED
    })
    mkdirSync(join(root, '.git'))
    const run = runCli(['desk/a.md'], { cwd: root })
    expect(run.stderr).toMatch(/desk\/package\.json: cannot parse config/)
    expect(run.stderr.trim().split('\n')).toHaveLength(1)
    expect(run.status).toBe(2)
  })

  it('reports an ignore file that is a folder once and lints the files outside it', () => {
    const root = tempTree({ 'a.md': QUOTED, 'archive/b.md': QUOTED, 'archive/c.md': QUOTED })
    mkdirSync(join(root, '.git'))
    mkdirSync(join(root, 'archive/.newslintignore'))
    const run = runCli(['.', '--format', 'json'], { cwd: root })
    expect(run.stderr).toBe(
      `newslint: ${join(root, 'archive/.newslintignore')}: cannot read ignore file: unexpected folder, expected a regular file\n`
    )
    expect(run.status).toBe(2)
    expect(JSON.parse(run.stdout).map((result: { path: string }) => result.path)).toEqual(['a.md'])
  })

  it('refuses a config name that is a folder, as it would a pipe or a device, instead of applying the config above it', () => {
    const root = tempTree({ '.newslintrc.json': JSON.stringify({ rules: { quotes: 'off' } }), 'desk/a.md': QUOTED })
    mkdirSync(join(root, '.git'))
    mkdirSync(join(root, 'desk/.newslintrc.yaml'))
    const run = runCli(['desk/a.md'], { cwd: root })
    expect(run.stderr).toBe(
      `newslint: ${join(root, 'desk/.newslintrc.yaml')}: cannot read config: unexpected folder, expected a regular file\n`
    )
    expect(run.status).toBe(2)
  })

  // From a sweep of hostile inputs: a Latin-1 config was read with its "Grüße" mangled, and its phrase matched nothing.
  it.each([
    ['a config', '.newslintrc.yml', 'cannot read config'],
    ['an ignore file', '.newslintignore', 'cannot read ignore file']
  ])('refuses %s that is not UTF-8, as it would an article', (_, name, what) => {
    const latin1 = Buffer.from(
      name.endsWith('.yml') ? 'vocabulary:\n  de:\n    boilerplatePhrases: ["Grüße aus Köln"]\n' : 'Grüße/\n',
      'latin1'
    )
    const root = tempTree({ [name]: latin1, 'a.md': QUOTED })
    mkdirSync(join(root, '.git'))
    const run = runCli(['a.md'], { cwd: root })
    expect(run.stderr).toBe(`newslint: ${join(root, name)}: ${what}: not valid UTF-8, expected UTF-8 text (re-save the file as UTF-8)\n`)
    expect(run.status).toBe(2)
  })

  it('reads a config extended along many paths once', () => {
    // Each level extends the next one twice: 2^12 paths to the last file, twelve files.
    const levels = 12
    const files = Object.fromEntries(
      Array.from({ length: levels }, (_, level) => [
        `level${level}.json`,
        JSON.stringify({ extends: [`./level${level + 1}.json`, `./level${level + 1}.json`] })
      ])
    )
    const root = tempTree({ ...files, [`level${levels}.json`]: JSON.stringify({ rules: { quotes: 'error' }, ignore: ['drafts/'] }) })
    mkdirSync(join(root, '.git'))
    const config = loadConfig(join(root, 'level0.json'))
    expect(config.files).toEqual(Array.from({ length: levels + 1 }, (_, level) => join(root, `level${level}.json`)))
    expect(config.ignore).toEqual([{ base: root, pattern: 'drafts/' }])
    expect(config.rules.get('quotes')?.severity).toBe('error')
  })

  it('refuses a chain of extends deeper than the limit, and more config files than the limit', () => {
    const chain = Object.fromEntries(
      Array.from({ length: MAX_EXTENDS_DEPTH + 1 }, (_, level) => [
        `deep/${level}.json`,
        JSON.stringify(level < MAX_EXTENDS_DEPTH ? { extends: `./${level + 1}.json` } : {})
      ])
    )
    const many = Object.fromEntries(Array.from({ length: MAX_CONFIG_FILES }, (_, index) => [`wide/${index}.json`, '{}']))
    const root = tempTree({
      ...chain,
      ...many,
      'wide/all.json': JSON.stringify({ extends: Object.keys(many).map((path) => `./${path.slice('wide/'.length)}`) })
    })
    mkdirSync(join(root, '.git'))
    expect(() => loadConfig(join(root, 'deep/0.json'))).toThrow(
      `deep/0.json (extends): unexpected chain of more than ${MAX_EXTENDS_DEPTH} configs extending each other, expected at most ${MAX_EXTENDS_DEPTH}`
    )
    expect(() => loadConfig(join(root, 'wide/all.json'))).toThrow(
      `wide/all.json (extends): unexpected more than ${MAX_CONFIG_FILES} config files, expected at most ${MAX_CONFIG_FILES}`
    )
  })

  it('checks option types against the rule defaults', () => {
    const root = tempTree({ '.newslintrc.yaml': 'rules:\n  quotes: [warn, {}]\n', 'a.md': QUOTED })
    mkdirSync(join(root, '.git'))
    expect(runCli(['a.md'], { cwd: root }).status).toBe(0)
  })

  it('--config uses one file for everything and --rule overrides it', () => {
    const root = tempTree({ 'team.json': JSON.stringify({ rules: { quotes: 'error' } }), 'a.md': QUOTED })
    expect(runCli(['a.md', '--config', 'team.json'], { cwd: root }).status).toBe(1)
    expect(runCli(['a.md', '--config', 'team.json', '--rule', 'quotes=off', '--format', 'json'], { cwd: root }).stdout).toContain(
      '"messages": []'
    )
  })
})
