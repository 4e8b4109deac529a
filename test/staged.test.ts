import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { createHash } from 'node:crypto'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { onlyRule, runCli, tempTree } from './helpers/cli.js'
import { git } from './helpers/git.js'

const QUOTE = 'Er sagte: "Ja." Dann ging er.'
const CLEAN = 'Er sagte: „Ja.“ Dann ging er.'

function repository(files: Record<string, string>): string {
  const root = tempTree({ '.newslintrc.json': onlyRule('quotes', 'error'), ...files })
  git(root, 'init', '-q')
  git(root, 'add', '.newslintrc.json')
  git(root, 'commit', '-qm', 'setup')
  return root
}

const reported = (stdout: string) =>
  (JSON.parse(stdout) as Array<{ path: string; errorCount: number }>).map((file) => [file.path, file.errorCount])

describe('--staged', () => {
  it('lints the index’s version of each staged markdown file, each with its own ignore rules, from any folder', () => {
    const root = repository({ '.newslintignore': 'archiv/\n' })
    mkdirSync(join(root, 'news'))
    mkdirSync(join(root, 'archiv'))
    writeFileSync(join(root, 'news', 'a.md'), `${QUOTE}\n`)
    writeFileSync(join(root, 'archiv', 'alt.md'), `${QUOTE}\n`)
    writeFileSync(join(root, 'notiz.txt'), `${QUOTE}\n`)
    writeFileSync(join(root, 'news', 'b.md'), `${CLEAN}\n`)
    git(root, 'add', '.')
    // Neither the working tree's text nor an unstaged file counts.
    writeFileSync(join(root, 'news', 'a.md'), `${CLEAN}\n`)
    writeFileSync(join(root, 'news', 'c.md'), `${QUOTE}\n`)
    const run = runCli(['--staged', '--format', 'json'], { cwd: join(root, 'news') })
    expect(run.status).toBe(1)
    expect(reported(run.stdout)).toEqual([
      ['a.md', 1],
      ['b.md', 0]
    ])
  })

  it('lints nothing when nothing is staged, and skips a staged link', () => {
    const root = repository({ 'ziel.md': `${QUOTE}\n` })
    git(root, 'add', 'ziel.md')
    git(root, 'commit', '-qm', 'article')
    symlinkSync('ziel.md', join(root, 'link.md'))
    expect(runCli(['--staged', '--format', 'json'], { cwd: root }).stdout.trim()).toBe('[]')
    git(root, 'add', 'link.md')
    const run = runCli(['--staged', '--format', 'json'], { cwd: root })
    expect(run.status).toBe(0)
    expect(run.stdout.trim()).toBe('[]')
  })

  it('lints a link turned into an article (a type change), and a file named like the option does not stop it', () => {
    const root = repository({ 'ziel.md': `${CLEAN}\n` })
    symlinkSync('ziel.md', join(root, 'neu.md'))
    writeFileSync(join(root, '--staged'), 'a committed file named like the option\n')
    git(root, 'add', '.')
    git(root, 'commit', '-qm', 'a link')
    rmSync(join(root, 'neu.md'))
    writeFileSync(join(root, 'neu.md'), `${QUOTE}\n`)
    git(root, 'add', 'neu.md')
    const run = runCli(['--staged', '--format', 'json'], { cwd: root })
    expect([run.status, reported(run.stdout)]).toEqual([1, [['neu.md', 1]]])
  })

  it('refuses a crafted index entry that leads out of the repository, and never reads the config out there', () => {
    const outside = tempTree({ '.newslintrc.json': onlyRule('quotes', 'off') })
    const root = join(outside, 'inner', 'repo')
    mkdirSync(root, { recursive: true })
    writeFileSync(join(root, '.newslintrc.json'), onlyRule('quotes', 'error'))
    git(root, 'init', '-q')
    mkdirSync(join(root, 'aa', 'bb'), { recursive: true })
    writeFileSync(join(root, 'aa', 'bb', 'cc.md'), `${QUOTE}\n`)
    git(root, 'add', '.')
    // Rename the index entry to "../../cc.md" and seal the index with its checksum again.
    const index = readFileSync(join(root, '.git', 'index'))
    const at = index.indexOf('aa/bb/cc.md')
    index.write('../../cc.md', at, 'latin1')
    const body = index.subarray(0, index.length - 20)
    writeFileSync(join(root, '.git', 'index'), Buffer.concat([body, createHash('sha1').update(body).digest()]))
    const run = runCli(['--staged', '--format', 'json'], { cwd: root })
    expect(run.status).toBe(2)
    expect(run.stderr).toBe('newslint: ../../cc.md: skipped, staged path leads out of the repository\n')
  })

  it('lints a staged article whose folder is a file on disk now, with the configs above it', () => {
    const root = repository({})
    mkdirSync(join(root, 'news'))
    writeFileSync(join(root, 'news', 'a.md'), `${QUOTE}\n`)
    git(root, 'add', '.')
    rmSync(join(root, 'news'), { recursive: true })
    writeFileSync(join(root, 'news'), 'now a file\n')
    const run = runCli(['--staged', '--format', 'json'], { cwd: root })
    expect([run.status, run.stderr, reported(run.stdout)]).toEqual([1, '', [['news/a.md', 1]]])
  })

  it('with --changed-since compares the staged text with the ref, whatever is on disk at the path', () => {
    const outside = tempTree({ 'profil.txt': 'nicht im Repository\n' })
    const root = repository({})
    writeFileSync(join(root, 'a.md'), `${QUOTE}\n`)
    git(root, 'add', 'a.md')
    git(root, 'commit', '-qm', 'article')
    writeFileSync(join(root, 'a.md'), `${QUOTE}\n\n${QUOTE}\n`)
    git(root, 'add', 'a.md')
    rmSync(join(root, 'a.md'))
    symlinkSync(join(outside, 'profil.txt'), join(root, 'a.md'))
    const run = runCli(['--staged', '--changed-since', 'HEAD', '--format', 'json'], { cwd: root })
    const [file] = JSON.parse(run.stdout) as Array<{ messages: Array<{ line: number }> }>
    expect(file.messages.map((message) => message.line)).toEqual([3])
  })

  it('says in one line what git could not do, exit 2', () => {
    const root = tempTree({ 'a.md': `${CLEAN}\n` })
    mkdirSync(join(root, '.git'))
    const run = runCli(['--staged'], { cwd: root })
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/^newslint: git rev-parse failed: fatal: not a git repository[^\n]*\n$/)
  })

  it('names a staged version that is not UTF-8 in one line, exit 2', () => {
    const root = repository({})
    writeFileSync(join(root, 'a.md'), Buffer.from([0x23, 0x20, 0xe4, 0x0a]))
    git(root, 'add', 'a.md')
    writeFileSync(join(root, 'a.md'), `${CLEAN}\n`)
    const run = runCli(['--staged'], { cwd: root })
    expect(run.status).toBe(2)
    expect(run.stderr).toBe('newslint: a.md: not valid UTF-8, expected UTF-8 text (re-save the file as UTF-8)\n')
  })

  it('refuses file arguments, --fix, --stdin and a folder outside a repository', () => {
    const root = repository({})
    expect(runCli(['--staged', 'a.md'], { cwd: root }).stderr).toContain('--staged takes no file arguments')
    expect(runCli(['--staged', '--fix'], { cwd: root }).stderr).toContain('--staged cannot fix')
    expect(runCli(['--staged', '--stdin'], { cwd: root, input: '' }).stderr).toContain('--stdin and --staged')
    const outside = tempTree({ 'a.md': `${QUOTE}\n` })
    const run = runCli(['--staged'], { cwd: outside })
    expect([run.status, run.stderr]).toEqual([2, 'newslint: --staged: not in a git repository\n'])
  })
})
