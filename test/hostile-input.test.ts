import { spawn, spawnSync } from 'node:child_process'
import { closeSync, mkdirSync, openSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { packagePath } from '../src/engine/lexicon.js'
import { CLI, onlyRule, runCli, tempTree } from './helpers/cli.js'

// Inputs a hostile commit or a careless pipe can hand newslint: each gets a clear line on
// standard error and exit 2, never text lost, never a raw control character on the terminal.

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\0-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/
const HOSTILE = '\x1b]0;PWNED\x07\x1b[2J'
const ARTICLE = '# Titel\n\nEr sagte "Ja" am Montag.\n'

function repositoryWith(files: Record<string, string | Buffer>): string {
  const root = tempTree(files)
  mkdirSync(join(root, '.git'))
  return root
}

describe('--stdin --fix hands the text back whatever stops the lint', () => {
  it('with a broken config', () => {
    const root = repositoryWith({ '.newslintrc.yaml': 'rules: {quotes: sometimes}\n' })
    const run = runCli(['--stdin', '--stdin-filename', 'a.md', '--fix'], { cwd: root, input: ARTICLE })
    expect(run.stdout).toBe(ARTICLE)
    expect(run.stderr).toMatch(/^newslint: .*\.newslintrc\.yaml \(rules\.quotes\): unexpected severity "sometimes"/)
    expect(run.status).toBe(2)
  })

  it('with a text too deep to lint', () => {
    const deep = `${'> '.repeat(100)}Er sagte "Ja".\n`
    const run = runCli(['--stdin', '--fix'], { cwd: tempTree({ '.newslintrc.json': onlyRule('quotes') }), input: deep })
    expect(run.stdout).toBe(deep)
    expect(run.stderr).toMatch(/^newslint: <stdin>: Unexpected block quotes or lists nested 100 deep/)
    expect(run.status).toBe(2)
  })

  it('with bytes that are not UTF-8, byte for byte', () => {
    const latin1 = Buffer.from('Er sagte "Ja" in K\xf6ln.\n', 'latin1')
    const run = spawnSync(process.execPath, [CLI, '--stdin', '--fix'], { cwd: tempTree({}), input: latin1 })
    expect(run.stdout.equals(latin1)).toBe(true)
    expect(run.stderr.toString()).toBe('newslint: <stdin>: not valid UTF-8, expected UTF-8 text (re-save the file as UTF-8)\n')
    expect(run.status).toBe(2)
  })

  it('with a binary file, byte for byte', () => {
    const binary = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d])
    const run = spawnSync(process.execPath, [CLI, '--stdin', '--fix'], { cwd: tempTree({}), input: binary })
    expect(run.stdout.equals(binary)).toBe(true)
    expect(run.stderr.toString()).toBe('newslint: <stdin>: binary file (contains NUL bytes), expected UTF-8 text\n')
    expect(run.status).toBe(2)
  })

  // It was called binary, which tells the editor nothing of how to mend it.
  it('with UTF-16 text, byte for byte, saying what to re-save it as', () => {
    for (const utf16 of [Buffer.from(`\ufeff${ARTICLE}`, 'utf16le'), Buffer.from(`\ufeff${ARTICLE}`, 'utf16le').swap16()]) {
      const run = spawnSync(process.execPath, [CLI, '--stdin', '--fix'], { cwd: tempTree({}), input: utf16 })
      expect(run.stdout.equals(utf16)).toBe(true)
      expect(run.stderr.toString()).toBe('newslint: <stdin>: UTF-16 text, expected UTF-8 text (re-save the file as UTF-8)\n')
      expect(run.status).toBe(2)
    }
  })

  // A review: UTF-32 was called UTF-16.
  it('with UTF-32 text, byte for byte, naming it', () => {
    const utf32le = Buffer.alloc(4 * (ARTICLE.length + 1))
    ;[...`\ufeff${ARTICLE}`].forEach((char, index) => utf32le.writeUInt32LE(char.codePointAt(0)!, 4 * index))
    for (const utf32 of [utf32le, Buffer.from(utf32le).swap32()]) {
      const run = spawnSync(process.execPath, [CLI, '--stdin', '--fix'], { cwd: tempTree({}), input: utf32 })
      expect(run.stdout.equals(utf32)).toBe(true)
      expect(run.stderr.toString()).toBe('newslint: <stdin>: UTF-32 text, expected UTF-8 text (re-save the file as UTF-8)\n')
      expect(run.status).toBe(2)
    }
  })

  it('with more than the 10 MB an article may have, byte for byte', () => {
    const large = Buffer.from(`${ARTICLE}\n`.repeat(Math.ceil((11 * 1024 * 1024) / (ARTICLE.length + 1))))
    const run = spawnSync(process.execPath, [CLI, '--stdin', '--fix'], { cwd: tempTree({}), input: large, maxBuffer: 64 * 1024 * 1024 })
    expect(run.stdout.equals(large)).toBe(true)
    expect(run.stderr.toString()).toBe('newslint: <stdin>: Unexpected input of more than 10 MB, expected at most 10 MB\n')
    expect(run.status).toBe(2)
  })

  it('with input that never ends: it flows through as it comes, not held until the end', async () => {
    const endless = openSync('/dev/zero', 'r')
    const child = spawn(process.execPath, [CLI, '--stdin', '--fix'], { cwd: tempTree({}), stdio: [endless, 'pipe', 'ignore'] })
    closeSync(endless)
    const wanted = 30 * 1024 * 1024
    let received = 0
    let zeros = true
    for await (const chunk of child.stdout!) {
      zeros &&= (chunk as Buffer).every((byte) => byte === 0)
      received += (chunk as Buffer).length
      if (received >= wanted) break
    }
    child.kill()
    expect(received).toBeGreaterThanOrEqual(wanted)
    expect(zeros).toBe(true)
  })

  it.each([
    ['an unknown option', ['--stdin', '--fix', '--unbekannt'], /^newslint: Unknown option '--unbekannt'/],
    ['an unknown format', ['--stdin', '--fix', '--format', 'xml'], /^newslint: unknown format "xml"/],
    ['a wrong --rule', ['--stdin', '--fix', '--rule', 'quotes'], /^newslint: --rule expects ID=SEVERITY/]
  ])('with %s', (_name, args, message) => {
    const run = runCli(args, { cwd: tempTree({}), input: ARTICLE })
    expect(run.stdout).toBe(ARTICLE)
    expect(run.stderr).toMatch(message)
    expect(run.status).toBe(2)
  })
})

describe('config text on the terminal', () => {
  it('a deprecation warning names its config without obeying control characters in the path', () => {
    const folder = `desk${HOSTILE}`
    const root = repositoryWith({
      [`${folder}/.newslintrc.json`]: JSON.stringify({ rules: { attribution: ['warn', { verbs: ['jubeln'] }] } }),
      [`${folder}/a.md`]: ARTICLE
    })
    const run = runCli([folder], { cwd: root })
    expect(run.stderr).toContain('deprecated option')
    expect(run.stderr).toContain('desk\\x1B]0;PWNED\\x07\\x1B[2J')
    expect(run.stderr).not.toMatch(CONTROL)
  })

  it.each([
    ['a JavaScript function', 'rules: !!js/function "function () {}"\n', 'tag:yaml.org,2002:js/function'],
    ['a custom tag', 'rules:\n  quotes: !warnung error\n', '!warnung'],
    ['a verbatim tag with escape sequences', `rules:\n  quotes: !<tag:${HOSTILE}> error\n`, 'tag:\\x1B]0;PWNED\\x07\\x1B[2J']
  ])('a YAML tag (%s) is refused in one line: configs are plain data', (_name, yaml, shown) => {
    const root = repositoryWith({ '.newslintrc.yaml': yaml, 'a.md': ARTICLE })
    const run = runCli(['a.md'], { cwd: root })
    expect(run.stderr).toBe(
      `newslint: ${join(root, '.newslintrc.yaml')}: cannot parse config: unexpected YAML tag ${shown}, expected plain data\n`
    )
    expect(run.status).toBe(2)
  })
})

describe('committed files named like options', () => {
  // pre-commit passes the staged files after the hook's arguments, as they are named.
  const files = {
    '--config=evil.md': 'rules: {boilerplate: off}\n',
    'evil.md': 'rules: {boilerplate: off}\n',
    'bad.md': '# Titel\n\nFolgen Sie uns auf Facebook und Twitter!\n'
  }

  it('are never taken as options, which could switch the rules off', () => {
    const root = repositoryWith(files)
    const run = runCli(['--config=evil.md', 'bad.md', 'evil.md'], { cwd: root })
    expect(run.stderr.split('\n')[0]).toBe('newslint: "--config=evil.md" is a file and an option, expected file names after "--"')
    expect(run.stdout).toBe('')
    expect(run.status).toBe(2)
  })

  it('are linted as files after "--", which the pre-commit hook passes before them', () => {
    const hooks = readFileSync(packagePath('.pre-commit-hooks.yaml'), 'utf8')
    const [hook] = parse(hooks) as Array<{ entry: string; args: string[] }>
    const root = repositoryWith(files)
    const run = runCli(['--format', 'json', ...hook.args, ...Object.keys(files)], { cwd: root })
    const results = JSON.parse(run.stdout) as Array<{ path: string; errorCount: number }>
    expect(results.map((result) => [result.path, result.errorCount])).toEqual([
      ['--config=evil.md', 0],
      ['evil.md', 0],
      ['bad.md', 1]
    ])
  })
})

describe('input never starts a line of the report or of standard error', () => {
  // In a GitHub Actions log, a line that starts with `::` is a workflow command.
  const INJECTED = '\n::error file=x.md::PWNED'

  it('not from a config key, nor from a file name', () => {
    const name = `neu${INJECTED}.md`
    const root = repositoryWith({
      'desk/.newslintrc.json': JSON.stringify({ rules: { [`a${INJECTED}`]: 'warn' } }),
      [name]: ARTICLE,
      [`kaputt${INJECTED}.md`]: Buffer.from([0x66, 0xff, 0x0a]),
      'desk/a.md': ARTICLE
    })
    const run = runCli(['.'], { cwd: root })
    expect(run.status).toBe(2)
    expect(run.stdout).toContain('neu\\x0A::error file=x.md::PWNED.md')
    expect(run.stderr).toContain('(rules.a\\x0A::error file=x.md::PWNED): unknown rule')
    expect(run.stderr).toContain('kaputt\\x0A::error file=x.md::PWNED.md: not valid UTF-8')
    for (const output of [run.stdout, run.stderr]) expect(output).not.toMatch(/^::/m)
    expect(run.stderr.trim().split('\n')).toHaveLength(2)
  })
})

describe('settings that say more than they can mean are refused, not half read', () => {
  it('a rule given a list with more than a severity and options', () => {
    const root = repositoryWith({ '.newslintrc.yaml': 'rules:\n  quotes: [error, {}, off]\n', 'a.md': ARTICLE })
    const run = runCli(['a.md'], { cwd: root })
    expect(run.stderr).toContain(
      '.newslintrc.yaml (rules.quotes): unexpected list of 3 items, expected a severity or [severity, { options }]'
    )
    expect(run.status).toBe(2)
  })

  it('--rule with a second "="', () => {
    const run = runCli(['--rule', 'quotes=off=error', 'a.md'], { cwd: repositoryWith({ 'a.md': ARTICLE }) })
    expect(run.stderr.split('\n')[0]).toBe('newslint: --rule expects ID=SEVERITY, got "quotes=off=error"')
    expect(run.status).toBe(2)
  })
})

describe('--fix on a file whose name takes all the bytes a name may have', () => {
  it('fixes it and leaves no temporary file', () => {
    const name = `${'a'.repeat(250)}.md`
    const root = repositoryWith({ '.newslintrc.json': onlyRule('quotes'), [name]: ARTICLE })
    const run = runCli(['--fix', name], { cwd: root })
    expect(run.stderr).toBe('')
    expect(readFileSync(join(root, name), 'utf8')).toBe(ARTICLE.replace('"Ja"', '„Ja“'))
    expect(readdirSync(root).sort()).toEqual(['.git', '.newslintrc.json', name])
  })
})

describe('ignore lists', () => {
  // Each file is matched against every pattern: 300,000 committed patterns took 16 s a file.
  const many = (count: number) => Array.from({ length: count }, (_, i) => `archiv-${i}/*`)

  it('a .newslintignore of more patterns than any newsroom writes is refused in one line', () => {
    const root = repositoryWith({ '.newslintignore': `# Archiv\n\n${many(1001).join('\n')}\n`, 'a.md': ARTICLE })
    const run = runCli(['a.md'], { cwd: root })
    expect(run.stderr).toBe(`newslint: ${join(root, '.newslintignore')}: unexpected 1001 ignore patterns, expected at most 1000\n`)
    expect(run.status).toBe(2)
  })

  it('so is a config ignore list of that many, also when extending adds them up', () => {
    const root = repositoryWith({
      'base.json': JSON.stringify({ ignore: many(600) }),
      '.newslintrc.json': JSON.stringify({ extends: './base.json', ignore: many(1200).slice(600) }),
      'a.md': ARTICLE
    })
    const run = runCli(['a.md'], { cwd: root })
    expect(run.stderr).toBe(
      `newslint: ${join(root, '.newslintrc.json')} (ignore): unexpected 1200 ignore patterns, expected at most 1000\n`
    )
    expect(run.status).toBe(2)
  })

  it('so are nested ignore files that hold that many together, for the files below them; the files above are linted', () => {
    // A file is matched against every ignore file above it: 150 nested files of 1,000 patterns took 21 s over 1,000 articles.
    const root = repositoryWith({
      '.newslintignore': `${many(600).join('\n')}\n`,
      'a.md': ARTICLE,
      'desk/.newslintignore': `${many(1001).slice(600).join('\n')}\n`,
      'desk/b.md': ARTICLE
    })
    const run = runCli(['--format', 'json', '.'], { cwd: root })
    expect(run.stderr).toBe(
      `newslint: ${join(root, 'desk', '.newslintignore')}: unexpected 1001 ignore patterns in this and the ignore files above it, expected at most 1000 in all\n`
    )
    expect((JSON.parse(run.stdout) as Array<{ path: string }>).map((result) => result.path)).toEqual(['a.md'])
    expect(run.status).toBe(2)
  })

  it('a pattern of more than two "**" is refused, in an ignore file and in a config', () => {
    // The matcher backtracks over the path's folders for each "**": ten took 19 s for a file 40 folders deep.
    const steep = `${'a/**/'.repeat(10)}b`
    const fromFile = repositoryWith({ '.newslintignore': `archiv/**/alt/**\n${steep}\n`, 'a.md': ARTICLE })
    const run = runCli(['a.md'], { cwd: fromFile })
    expect(run.stderr).toBe(
      `newslint: ${join(fromFile, '.newslintignore')}: unexpected 10 "**" in the ignore pattern "${steep.slice(0, 39)}…", expected at most 2\n`
    )
    expect(run.status).toBe(2)
    const fromConfig = repositoryWith({ '.newslintrc.json': JSON.stringify({ ignore: ['archiv/**/alt/**', steep] }), 'a.md': ARTICLE })
    expect(runCli(['a.md'], { cwd: fromConfig }).stderr).toContain('(ignore): unexpected 10 "**" in the ignore pattern')
    // Two are what newsrooms write, and work.
    const two = repositoryWith({ '.newslintignore': 'archiv/**/alt/**\n', 'archiv/2019/alt/x.md': ARTICLE, 'a.md': ARTICLE })
    expect(runCli(['.'], { cwd: two }).stdout).not.toContain('x.md')
  })

  it('a config ignore list is read as gitignore reads one: a later "!" pattern takes a file back', () => {
    const root = repositoryWith({
      '.newslintrc.json': JSON.stringify({ rules: { quotes: 'error' }, ignore: ['drafts/**', '!drafts/keep.md'] }),
      'drafts/keep.md': ARTICLE,
      'drafts/skip.md': ARTICLE
    })
    const results = JSON.parse(runCli(['drafts', '--format', 'json'], { cwd: root }).stdout) as Array<{ path: string }>
    expect(results.map((result) => result.path)).toEqual(['drafts/keep.md'])
  })
})

describe('config values nested deeper than any config needs', () => {
  const deepList = `${'['.repeat(100_000)}${']'.repeat(100_000)}`
  const deepMapping = `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`

  it.each([
    ['lang', `{"lang":${deepList}}`, '(lang): unexpected language list, expected "de" or "en"'],
    ['locale', `{"locale":${deepMapping}}`, '(locale): unexpected locale object, expected "de" or "en"'],
    ['a severity', `{"rules":{"quotes":[${deepList}]}}`, '(rules.quotes): unexpected severity list, expected one of'],
    ['an option', `{"rules":{"hedge":["warn",{"stacked":${deepMapping}}]}}`, '(rules.hedge.stacked): unexpected object, expected one of']
  ])('are named, not written out, in the message (%s)', (_name, json, message) => {
    const root = repositoryWith({ '.newslintrc.json': json, 'a.md': ARTICLE })
    const run = runCli(['a.md'], { cwd: root })
    expect(run.stderr).toContain(`.newslintrc.json ${message}`)
    expect(run.stderr.trim().split('\n')).toHaveLength(1)
    expect(run.status).toBe(2)
  })
})

describe('a file name that is not UTF-8', () => {
  it('is named as such, in a folder and as an argument, not as a file that does not exist', () => {
    const root = repositoryWith({ 'a.md': ARTICLE })
    // Latin-1 "café.md": Node takes a file name as bytes only in a Buffer.
    writeFileSync(Buffer.concat([Buffer.from(`${root}/caf`), Buffer.from([0xe9]), Buffer.from('.md')]), ARTICLE)
    const folder = runCli(['.'], { cwd: root })
    expect(folder.stderr).toBe(
      `newslint: ${join(root, 'caf\uFFFD.md')}: skipped, unexpected file name that is not UTF-8, expected a UTF-8 name (rename the file)\n`
    )
    expect(folder.stdout).toContain('a.md')
    expect(folder.status).toBe(2)
    // An argument's bytes come through a shell: Node would write a string's as UTF-8.
    const argument = spawnSync('bash', ['-c', `"${process.execPath}" "${CLI}" "$(printf 'caf\\351.md')"`], { cwd: root, encoding: 'utf8' })
    expect(argument.stderr).toBe(
      'newslint: caf\uFFFD.md: skipped, unexpected file name that is not UTF-8, expected a UTF-8 name (rename the file)\n'
    )
  })
})

describe('a working folder the system cannot name', () => {
  it('is one line and exit 2, not a stack trace, where its path is longer than PATH_MAX', () => {
    const segment = 'd'.repeat(100)
    const root = tempTree({})
    // Each step is short; the whole path grows past the 4,096 bytes the system can return.
    const script = `cd '${root}' && for i in $(seq 1 45); do mkdir ${segment} && cd ${segment}; done && printf 'Text.\\n' > a.md && '${process.execPath}' '${CLI}' a.md`
    try {
      const run = spawnSync('bash', ['-c', script], { encoding: 'utf8' })
      expect(run.stderr).toBe('newslint: cannot read the working folder: ERANGE: result too large, uv_cwd\n')
      expect(run.status).toBe(2)
    } finally {
      // Node cannot name the innermost folders to remove them; rm works down the tree.
      spawnSync('rm', ['-rf', root])
    }
  })
})
