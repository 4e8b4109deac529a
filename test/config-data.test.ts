import { existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { RULES } from '../rules/index.js'
import { loadConfig } from '../src/config/config.js'
import { type Run, refusalOf, repository, runCli, tempTree } from './helpers/cli.js'
import { git } from './helpers/git.js'

// Configuration and articles are data: nothing in them runs, and config paths stay inside the
// repository unless the user names a config on the command line.

const QUOTED = 'Er sagte: "Ja."\n'

/** JavaScript that leaves a marker file if anything ever runs it. */
const payload = (marker: string) => `require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'ran')`

describe('nothing in a config file or an article is executed', () => {
  it.each(['.newslintrc.js', '.newslintrc.cjs', '.newslintrc.mjs', 'newslint.config.js'])(
    'a %s beside the article is not loaded',
    (name) => {
      const root = repository({ 'a.md': QUOTED })
      const marker = join(root, 'ran')
      tempWrite(root, name, `${payload(marker)}\nmodule.exports = { rules: { quotes: 'off' } }\n`)
      const run = runCli(['a.md', '--format', 'json'], { cwd: root })
      expect(existsSync(marker)).toBe(false)
      // The recommended preset applies: the script's `quotes: off` was never read.
      expect(JSON.parse(run.stdout)[0].messages.map((message: { ruleId: string }) => message.ruleId)).toEqual(['quotes'])
    }
  )

  it('extends naming a script reads it as data and refuses it', () => {
    const root = repository({ 'a.md': QUOTED, '.newslintrc.json': JSON.stringify({ extends: './preset.js' }) })
    const marker = join(root, 'ran')
    tempWrite(root, 'preset.js', `${payload(marker)}\n`)
    const run = runCli(['a.md'], { cwd: root })
    expect(existsSync(marker)).toBe(false)
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/preset\.js: /)
  })

  it('YAML tags such as !!js/function do nothing in a config file', () => {
    const root = repository({ 'a.md': QUOTED })
    const marker = join(root, 'ran')
    tempWrite(root, '.newslintrc.yaml', `rules: !!js/function >-\n  function () { ${payload(marker)} }\n`)
    const run = runCli(['a.md'], { cwd: root })
    expect(existsSync(marker)).toBe(false)
    expect(run.status).toBe(2)
    // Refused as a tag, in one line: the parser's own warning never reaches standard error.
    expect(run.stderr).toMatch(
      /^newslint: \S*\.newslintrc\.yaml: cannot parse config: unexpected YAML tag tag:yaml\.org,2002:js\/function, expected plain data\n$/
    )
  })

  it('YAML tags and alias bombs in frontmatter do nothing but a finding', () => {
    const root = repository({})
    const marker = join(root, 'ran')
    const aliases = [
      'a: &a [x, x, x, x, x, x, x, x, x]',
      ...'bcdefghijk'.split('').map((name, i) => `${name}: &${name} [${Array(9).fill(`*${'abcdefghijk'[i]}`).join(', ')}]`)
    ]
    tempWrite(root, 'tag.md', `---\nlang: de\ntitle: !!js/function >-\n  function () { ${payload(marker)} }\n---\n\n${QUOTED}`)
    tempWrite(root, 'bomb.md', `---\n${aliases.join('\n')}\n---\n\n${QUOTED}`)
    const run = runCli(['tag.md', 'bomb.md', '--format', 'json'], { cwd: root })
    expect(existsSync(marker)).toBe(false)
    const results = JSON.parse(run.stdout) as Array<{ path: string; messages: Array<{ ruleId: string; message: string }> }>
    const bomb = results.find((result) => result.path === 'bomb.md')!
    expect(bomb.messages.map((message) => message.ruleId)).toEqual(['frontmatter', 'quotes'])
    expect(bomb.messages[0].message).toMatch(/^Ungültiges YAML im Frontmatter: .*alias/)
    expect(results.find((result) => result.path === 'tag.md')!.messages.map((message) => message.ruleId)).toContain('quotes')
  })
})

describe('YAML nested deeper than any config or frontmatter', () => {
  // The parser reads nesting by recursion; at these depths the process used to die out of memory.
  const deep = {
    brackets: `rules: ${'['.repeat(10_000)}\n`,
    indentation: `rules:\n${Array.from({ length: 600 }, (_, i) => `${' '.repeat(i)}- \n`).join('')}`,
    // Brackets in quotes closed what those outside opened; "- " after an explicit ": " went uncounted.
    'brackets around quoted brackets': `rules: ${'["]", '.repeat(20_000)}${']'.repeat(20_000)}\n`,
    'sequences after an explicit value': `? rules\n: ${'- '.repeat(20_000)}x\n`,
    // A quote in a block scalar's text was read as opening a quoted scalar, and every bracket after it went uncounted.
    'brackets after a block scalar with a quote in its text': `note: |\n  'Twas brillig\nrules: ${'['.repeat(5_000)}\n`
  }

  it.each(Object.entries(deep))('is refused in a config in one line: %s', (_, yaml) => {
    const root = repository({ 'a.md': QUOTED, '.newslintrc.yaml': yaml })
    const run = runCli(['a.md'], { cwd: root })
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(
      /^newslint: \S*\.newslintrc\.yaml: cannot parse config: Unexpected YAML nested \d+ deep, expected at most 64\n$/
    )
  })

  it('is a finding in frontmatter, and the article is still linted', () => {
    const root = repository({ 'a.md': `---\ntitle: ${'['.repeat(10_000)}\n---\n\n${QUOTED}` })
    const run = runCli(['a.md', '--format', 'json'], { cwd: root })
    const [result] = JSON.parse(run.stdout) as Array<{ messages: Array<{ ruleId: string; message: string }> }>
    expect(result.messages.map((message) => message.ruleId)).toEqual(['frontmatter', 'quotes'])
    expect(result.messages[0].message).toBe('Ungültiges YAML im Frontmatter: Unexpected YAML nested 10001 deep, expected at most 64')
  })

  // Lines of 120,000 items with blank lines between: 9.6 MB took 177 s and 4.3 GB to parse.
  it('is a finding for frontmatter too long for an article, read no further', () => {
    const line = (key: string) => `${key}: [${Array(20_000).fill('a').join(',')}]\n\n`
    const root = repository({ 'a.md': `---\n${line('k1')}${line('k2')}---\n\n${QUOTED}` })
    const [result] = JSON.parse(runCli(['a.md', '--format', 'json'], { cwd: root }).stdout) as Array<{
      messages: Array<{ ruleId: string; message: string }>
    }>
    expect(result.messages.map((message) => message.ruleId)).toEqual(['frontmatter', 'quotes'])
    expect(result.messages[0].message).toBe('Ungültiges YAML im Frontmatter: Unexpected frontmatter of 79 KB, expected at most 64 KB')
  })

  it('leaves frontmatter alone whose block scalar has brackets in its text', () => {
    const root = repository({ 'a.md': `---\nteaser: >-\n  Wie es weitergeht ${'[['.repeat(40)}\n  und mehr\nlang: de\n---\n\n${QUOTED}` })
    const [result] = JSON.parse(runCli(['a.md', '--format', 'json'], { cwd: root }).stdout) as Array<{
      messages: Array<{ ruleId: string }>
    }>
    expect(result.messages.map((message) => message.ruleId)).toEqual(['quotes'])
  })

  it('leaves a config of ordinary depth alone', () => {
    const root = repository({
      'a.md': QUOTED,
      '.newslintrc.yaml': 'rules:\n  quotes:\n    - warn\n    - {}\n  hedge: [warn, { headline: off }]\n'
    })
    expect(runCli(['a.md'], { cwd: root }).status).toBe(0)
  })
})

describe('a YAML config longer than a newsroom writes', () => {
  // 20,000 outlets: the YAML parser's cost per item made a 10 MB list a minute and 2.3 GB.
  const outlets = Array.from({ length: 20_000 }, (_, i) => `Lokalblatt Nummer ${i}`)
  // As many as a list may hold, with long names: more than a YAML config may be.
  const longOutlets = Array.from(
    { length: 1000 },
    (_, i) =>
      `Lokalblatt Nummer ${i} für den Landkreis an der oberen Donau, seine Gemeinden, Märkte und Städte sowie die Nachbarkreise im Norden und im Süden`
  )

  it('is refused in one line, pointing to JSON', () => {
    const yaml = `vocabulary:\n  de:\n    outlets:\n${outlets.map((outlet) => `      - ${outlet}\n`).join('')}`
    const root = repository({ 'a.md': QUOTED, '.newslintrc.yaml': yaml })
    const run = runCli(['a.md'], { cwd: root })
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(
      /^newslint: \S*\.newslintrc\.yaml: cannot parse config: Unexpected YAML config of \d+ KB, expected at most 256 KB \(a longer one can be JSON\)\n$/
    )
  })

  it('is read as JSON', () => {
    const json = JSON.stringify({ vocabulary: { de: { outlets: longOutlets }, en: { outlets: longOutlets } } })
    expect(json.length).toBeGreaterThan(256 * 1024)
    const root = repository({ 'a.md': QUOTED, '.newslintrc.json': json })
    expect(runCli(['a.md'], { cwd: root }).status).toBe(0)
  })
})

describe('a vocabulary word that is a number too large for JSON', () => {
  // JSON writes 1e400 as null: the message named "number null".
  it('is named as written', () => {
    const root = repository({ 'a.md': QUOTED, '.newslintrc.json': '{"vocabulary":{"de":{"verbs":[1e400]}}}' })
    const run = runCli(['a.md'], { cwd: root })
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/\(vocabulary\.de\.verbs\[0\]\): unexpected number Infinity, expected a string\n$/)
  })
})

describe('a vocabulary longer than a newsroom writes', () => {
  // Each list is matched against every line or sentence: 300,000 outlet names took a 100 KB article 94 s.
  it('is refused in one line, a list at a time', () => {
    const outlets = Array.from({ length: 1001 }, (_, i) => `Lokalblatt ${i}`)
    const root = repository({ 'a.md': QUOTED, '.newslintrc.json': JSON.stringify({ vocabulary: { de: { outlets } } }) })
    const run = runCli(['a.md'], { cwd: root })
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(
      /^newslint: \S*\.newslintrc\.json \(vocabulary\.de\.outlets\): unexpected 1001 words or phrases, expected at most 1000\n$/
    )
  })

  // 99 files of 200 hedge cues, extended by one config, took a 100 KB article 62 s: each file was within the limit.
  it('is refused with the words of the configs it extends and of its rules’ options', () => {
    // Each opening with a word of its own: cues that open alike are bounded apart (see vocabulary.test.ts).
    const cues = (from: number) => Array.from({ length: 200 }, (_, i) => `gerüchteweise${from + i} verbreitet`)
    const part = (from: number) => JSON.stringify({ extends: [], vocabulary: { de: { reportativeCues: cues(from) } } })
    const root = repository({
      'a.md': QUOTED,
      'one.json': part(0),
      'two.json': part(1000),
      'three.json': part(2000),
      '.newslintrc.json': JSON.stringify({ extends: ['newslint:recommended', './one.json', './two.json', './three.json'] })
    })
    expect(runCli(['a.md'], { cwd: root }).stderr).toMatch(
      /\.newslintrc\.json \(vocabulary\.de\.reportativeCues\): unexpected 600 words or phrases with those of the configs it extends and of its rules' options, expected at most 400/
    )
    const options = JSON.stringify({
      extends: ['newslint:recommended', './one.json', './two.json'],
      rules: { hedge: ['warn', { reportativeCues: { de: cues(2000) } }] }
    })
    const viaOptions = repository({ 'a.md': QUOTED, 'one.json': part(0), 'two.json': part(1000), '.newslintrc.json': options })
    expect(runCli(['a.md'], { cwd: viaOptions }).stderr).toMatch(/unexpected 600 words or phrases with those of the configs it extends/)
    // A desk's words over a shared list: within twice a file's limit.
    const desk = repository({
      'a.md': QUOTED,
      'one.json': part(0),
      '.newslintrc.json': JSON.stringify({
        extends: ['newslint:recommended', './one.json'],
        vocabulary: { de: { reportativeCues: cues(1000).slice(0, 60) } }
      })
    })
    expect(runCli(['a.md'], { cwd: desk }).status).toBe(0)
    // The same file extended twice counts once.
    const twice = repository({
      'a.md': QUOTED,
      'one.json': part(0),
      '.newslintrc.json': JSON.stringify({ extends: ['newslint:recommended', './one.json', './one.json'] })
    })
    expect(runCli(['a.md'], { cwd: twice }).status).not.toBe(2)
  })
})

describe('a key given twice in a JSON config', () => {
  // JSON.parse keeps the last without a word: the first "rules" of a config was dropped.
  it('is refused with its line, escaped spellings of one key included', () => {
    const json = '{\n  "rules": { "quotes": "off" },\n  "ignore": ["a/**"],\n  "ru\\u006ces": { "hedge": "off" }\n}\n'
    const root = repository({ 'a.md': QUOTED, '.newslintrc.json': json })
    const run = runCli(['a.md'], { cwd: root })
    expect(run.stderr).toMatch(
      /^newslint: \S*\.newslintrc\.json: cannot parse config: Unexpected key "rules" twice in one object at line 4, expected each key once\n$/
    )
    expect(run.status).toBe(2)
  })

  it('in a package.json only matters inside its newslint settings', () => {
    const elsewhere = '{"scripts": {}, "scripts": {}, "newslint": {"rules": {"quotes": "off"}}}'
    expect(runCli(['a.md'], { cwd: repository({ 'a.md': QUOTED, 'package.json': elsewhere }) }).status).toBe(0)
    const inside = '{"newslint": {"rules": {"quotes": "off", "quotes": "error"}}}'
    const run = runCli(['a.md'], { cwd: repository({ 'a.md': QUOTED, 'package.json': inside }) })
    expect(run.stderr).toMatch(/package\.json: cannot parse config: Unexpected key "quotes" twice in one object at line 1/)
    expect(run.status).toBe(2)
  })
})

describe('config paths stay inside the repository', () => {
  it('refuses extends through a link inside the repository that points outside it', () => {
    const outside = tempTree({ 'shared.json': JSON.stringify({ rules: { quotes: 'off' } }) })
    const root = repository({ 'a.md': QUOTED, '.newslintrc.json': JSON.stringify({ extends: './shared.json' }) })
    symlinkSync(join(outside, 'shared.json'), join(root, 'shared.json'))
    const run = runCli(['a.md'], { cwd: root })
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/\.newslintrc\.json \(extends\): "\.\/shared\.json" lies outside the repository/)
  })

  it.each([
    ['extended', (root: string) => tempWrite(root, '.newslintrc.json', JSON.stringify({ extends: './.git/config' }))],
    ['linked', (root: string) => symlinkSync('.git/config', join(root, '.newslintrc.json'))]
  ])('refuses git’s own config %s as a config: in CI it holds the job’s credentials', (_how, use) => {
    const root = repository({ 'a.md': QUOTED })
    tempWrite(root, '.git/config', '[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic c2VjcmV0LXRva2Vu\n')
    use(root)
    const run = runCli(['a.md'], { cwd: root })
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/\.newslintrc\.json.*outside the repository/)
    expect(run.stderr).not.toMatch(/AUTHORIZATION|c2Vj|extraheader/)
  })

  // A review: a looping link aborted the whole run with "internal error", and a looping ignore file was passed over.
  it.each([
    ['a link to itself', (path: string) => symlinkSync(basename(path), path)],
    ['a link whose target’s name is too long', (path: string) => symlinkSync('x'.repeat(300), path)]
  ])('reports a config or ignore file that is %s for the files below it only', (_how, link) => {
    const root = repository({ 'a.md': QUOTED, 'sub/b.md': QUOTED, 'other/c.md': QUOTED })
    link(join(root, 'sub', '.newslintrc.json'))
    link(join(root, 'other', '.newslintignore'))
    const run = runCli(['.'], { cwd: root })
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/sub\/\.newslintrc\.json: cannot read config: (too many levels of links|a name too long)/)
    expect(run.stderr).toMatch(/other\/\.newslintignore: cannot read ignore file: (too many levels of links|a name too long)/)
    expect(run.stderr).not.toMatch(/internal error/)
    expect(run.stdout).toMatch(/a\.md/)
  })

  it('refuses a discovered config that links outside the repository, and reads it when named with --config', () => {
    const outside = tempTree({ 'secret.yaml': 'rules: {quotes: off' })
    const root = repository({ 'a.md': QUOTED })
    symlinkSync(join(outside, 'secret.yaml'), join(root, '.newslintrc.yaml'))
    const run = runCli(['a.md'], { cwd: root })
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/\.newslintrc\.yaml: links to a file outside the repository/)
    // Named on the command line, the same file is read (and its broken YAML reported).
    expect(runCli(['a.md', '--config', '.newslintrc.yaml'], { cwd: root }).stderr).toMatch(/newslintrc\.yaml: cannot parse config/)
  })

  // It was read first, to see whether it held a `newslint` key: whether a run went on told a commit
  // that a path outside was a JSON file.
  it.each([
    ['JSON without newslint settings', 'plain.json', '{"name": "outside", "token": "hunter2"}'],
    ['no JSON', 'secret.txt', 'SECRET=hunter2']
  ])('refuses a package.json that links outside the repository, unread, whatever it holds: %s', (_, name, content) => {
    const outside = tempTree({ [name]: content })
    const root = repository({ 'a.md': QUOTED })
    symlinkSync(join(outside, name), join(root, 'package.json'))
    const run = runCli(['a.md'], { cwd: root })
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/package\.json: links to a file outside the repository/)
    expect(run.stderr).not.toMatch(/hunter2/)
  })

  // A dotfiles repository in the home folder, the work folder a link to another disk: the check for a
  // link out took the home folder as the boundary and refused every package.json of the content repository.
  it('reads a package.json that is no link, in a repository reached through a folder link of an outer one', () => {
    const base = tempTree({ 'data/work/R/a.md': QUOTED, 'data/work/R/package.json': '{"name": "site"}', 'home/x': '' })
    git(join(base, 'home'), 'init', '-q')
    git(join(base, 'data/work/R'), 'init', '-q')
    symlinkSync('../data/work', join(base, 'home/work'))
    const run = runCli(['--stdin', '--stdin-filename', join(base, 'home/work/R/a.md')], { cwd: base, input: QUOTED })
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
  })

  it('a config named with --config may extend a file outside the repository', () => {
    const outside = tempTree({ 'house.json': JSON.stringify({ rules: { quotes: 'error' } }) })
    const root = repository({ 'a.md': QUOTED, 'team.json': JSON.stringify({ extends: join(outside, 'house.json') }) })
    expect(runCli(['a.md', '--config', 'team.json'], { cwd: root }).status).toBe(1)
    // The same file found by discovery is held to the repository.
    tempWrite(root, '.newslintrc.json', JSON.stringify({ extends: join(outside, 'house.json') }))
    expect(runCli(['a.md'], { cwd: root }).stderr).toMatch(/outside the repository/)
  })
})

describe('bad config', () => {
  it('a broken config in one folder still lets the others be linted', () => {
    const root = repository({ 'desk/.newslintrc.json': '{ "rules": ', 'desk/a.md': QUOTED, 'news/b.md': QUOTED })
    const run = runCli(['.', '--format', 'json'], { cwd: root })
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/desk\/\.newslintrc\.json: cannot parse config/)
    expect(JSON.parse(run.stdout).map((file: { path: string; messages: unknown[] }) => [file.path, file.messages.length])).toEqual([
      ['news/b.md', 1]
    ])
  })

  it('a wrong option type for any option of any rule names the file and key, exit 2', () => {
    const root = repository({ 'a.md': QUOTED })
    const file = join(root, '.newslintrc.json')
    let checked = 0
    for (const rule of RULES) {
      for (const [name, value] of Object.entries(rule.meta.defaults)) {
        writeFileSync(file, JSON.stringify({ rules: { [rule.meta.id]: ['warn', { [name]: wrongType(value) }] } }))
        expect(
          refusalOf(() => loadConfig(file)),
          `${rule.meta.id}.${name}`
        ).toMatch(new RegExp(`\\.newslintrc\\.json \\(rules\\.${rule.meta.id}\\.${name}\\): unexpected .*, expected`))
        checked++
      }
    }
    // The command line turns the last of them into one line and exit code 2.
    if (checked > 0) expectRefused(runCli(['a.md'], { cwd: root }), /\(rules\..*\): unexpected .*, expected/)
  })
})

function expectRefused(run: Run, message: RegExp): void {
  expect(run.status).toBe(2)
  expect(run.stderr).toMatch(message)
  expect(run.stderr.trim().split('\n')).toHaveLength(1)
}

function wrongType(value: unknown): unknown {
  return typeof value === 'number' ? 'many' : typeof value === 'string' || Array.isArray(value) ? { not: 'this' } : 42
}

function tempWrite(root: string, name: string, content: string): void {
  mkdirSync(join(root, name, '..'), { recursive: true })
  writeFileSync(join(root, name), content)
}
