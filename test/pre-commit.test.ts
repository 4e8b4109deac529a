import { spawnSync } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { packagePath } from '../src/engine/lexicon.js'
import { CLI, onlyRule, tempTree } from './helpers/cli.js'
import { git } from './helpers/git.js'

const QUOTE = 'Er sagte: "Ja." Dann ging er.'
const CLEAN = 'Er sagte: „Ja.“ Dann ging er.'

/** The hook exactly as docs/integrations.md tells users to install it. */
function documentedHook(): string {
  const section = readFileSync(packagePath('docs', 'integrations.md'), 'utf8').split('### Plain git hook')[1]
  const hook = /```sh\n(#!\/bin\/sh\n[\s\S]*?)```/.exec(section)?.[1]
  if (!hook) throw new Error('docs/integrations.md has no plain git hook')
  return hook
}

/** A content repository with newslint "installed" (node_modules/.bin/newslint runs the built CLI) and the hook in place. */
function contentRepository(): string {
  const root = tempTree({ '.newslintrc.json': onlyRule('quotes', 'error'), '.gitignore': 'node_modules/\n' })
  mkdirSync(join(root, 'node_modules', '.bin'), { recursive: true })
  writeFileSync(join(root, 'node_modules', '.bin', 'newslint'), `#!/bin/sh\nexec "${process.execPath}" "${CLI}" "$@"\n`)
  chmodSync(join(root, 'node_modules', '.bin', 'newslint'), 0o755)
  git(root, 'init', '-q')
  writeFileSync(join(root, '.git', 'hooks', 'pre-commit'), documentedHook())
  chmodSync(join(root, '.git', 'hooks', 'pre-commit'), 0o755)
  git(root, 'add', '.')
  git(root, 'commit', '-qm', 'setup')
  return root
}

function commit(root: string, message: string) {
  const run = spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', 'commit', '-m', message], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' }
  })
  return { status: run.status, output: run.stdout + run.stderr }
}

const commits = (root: string) => Number(git(root, 'rev-list', '--count', 'HEAD').trim())

describe('pre-commit hook with real git', () => {
  it('refuses a commit with an error-level finding, with the report on screen, and lets the fixed article through', () => {
    const root = contentRepository()
    writeFileSync(join(root, 'Gespräch mit Ärztin.md'), `# Titel\n\n${QUOTE}\n`)
    git(root, 'add', '.')
    const refused = commit(root, 'article')
    expect(refused.status).not.toBe(0)
    expect(refused.output).toContain('Gespräch mit Ärztin.md')
    expect(refused.output).toMatch(/3:11-3:16\s+error\s+Gerade Anführungszeichen/)
    expect(commits(root)).toBe(1)

    writeFileSync(join(root, 'Gespräch mit Ärztin.md'), `# Titel\n\n${CLEAN}\n`)
    git(root, 'add', '.')
    const accepted = commit(root, 'article')
    expect(accepted.status).toBe(0)
    expect(commits(root)).toBe(2)
  })

  it('lints only the staged markdown files', () => {
    const root = contentRepository()
    writeFileSync(join(root, 'alt.md'), `${CLEAN}\n`)
    git(root, 'add', 'alt.md')
    git(root, 'commit', '-qm', 'old article')
    // Broken but not staged: an edit to a tracked article, a new article, a staged text file.
    writeFileSync(join(root, 'alt.md'), `${QUOTE}\n`)
    writeFileSync(join(root, 'entwurf.md'), `${QUOTE}\n`)
    writeFileSync(join(root, 'notizen.txt'), `${QUOTE}\n`)
    writeFileSync(join(root, 'neu.md'), `${CLEAN}\n`)
    git(root, 'add', 'neu.md', 'notizen.txt')
    expect(commit(root, 'clean article').status).toBe(0)

    // A broken staged article is reported alone, not the broken files around it.
    writeFileSync(join(root, 'kaputt.md'), `${QUOTE}\n`)
    git(root, 'add', 'kaputt.md')
    const refused = commit(root, 'broken article')
    expect(refused.status).not.toBe(0)
    expect(refused.output).toContain('kaputt.md')
    for (const name of ['alt.md', 'entwurf.md', 'notizen.txt']) expect(refused.output).not.toContain(name)
  })

  it('judges what the commit holds, not the file on disk: a partly staged edit, a fix left unstaged', () => {
    const root = contentRepository()
    // Staged broken, fixed on disk only: the commit would hold the straight quotes.
    writeFileSync(join(root, 'artikel.md'), `# Titel\n\n${QUOTE}\n`)
    git(root, 'add', 'artikel.md')
    writeFileSync(join(root, 'artikel.md'), `# Titel\n\n${CLEAN}\n`)
    const refused = commit(root, 'article')
    expect(refused.status).not.toBe(0)
    expect(refused.output).toMatch(/artikel\.md[\s\S]*3:11-3:16\s+error/)
    expect(commits(root)).toBe(1)

    // Staged clean, broken on disk only: the commit holds the clean text.
    git(root, 'add', 'artikel.md')
    writeFileSync(join(root, 'artikel.md'), `# Titel\n\n${QUOTE}\n`)
    expect(commit(root, 'article').status).toBe(0)
    expect(git(root, 'show', 'HEAD:artikel.md')).toBe(`# Titel\n\n${CLEAN}\n`)
  })

  it('lets a commit without markdown files through without running newslint', () => {
    const root = contentRepository()
    // A newslint that always fails: the hook must not call it when no markdown is staged.
    writeFileSync(join(root, 'node_modules', '.bin', 'newslint'), '#!/bin/sh\necho newslint was called; exit 1\n')
    writeFileSync(join(root, 'notizen.txt'), 'Text\n')
    git(root, 'add', 'notizen.txt')
    const run = commit(root, 'notes')
    expect(run.status).toBe(0)
    expect(run.output).not.toContain('newslint was called')
  })
  // What a commit can do to the program the hook starts: track one in place of npm's link (git
  // writes a pulled one over the ignored link), under another case of the folder's name (checked
  // out into it on a case-insensitive file system), or aim a file: dependency at its own files.
  it.each([
    ['git tracks under node_modules', 'node_modules/.bin/newslint'],
    ['git tracks under another case of node_modules', 'Node_Modules/newslint'],
    ['a file: dependency leads to the repository’s own files', undefined]
  ])('never runs a newslint that %s, and says what to do', (_case, tracked) => {
    const root = contentRepository()
    const marker = join(root, 'node_modules', 'ran')
    const program = `#!/bin/sh\ntouch '${marker}'\n`
    const bin = join(root, 'node_modules', '.bin', 'newslint')
    if (tracked) {
      mkdirSync(dirname(join(root, tracked)), { recursive: true })
      writeFileSync(join(root, tracked), program)
      writeFileSync(bin, program)
      git(root, 'add', '-f', tracked)
    } else {
      mkdirSync(join(root, 'tools'))
      writeFileSync(join(root, 'tools', 'newslint'), program, { mode: 0o755 })
      rmSync(bin)
      symlinkSync('../../tools/newslint', bin)
    }
    writeFileSync(join(root, 'neu.md'), `${CLEAN}\n`)
    git(root, 'add', 'neu.md')
    const run = commit(root, 'article')
    expect([run.status, existsSync(marker), commits(root)]).toEqual([1, false, 1])
    expect(run.output).toContain('a commit may have put a program there')
  })
})

describe('.pre-commit-hooks.yaml', () => {
  it('declares a node hook that runs the newslint binary on the staged markdown files', () => {
    const hooks = parse(readFileSync(packagePath('.pre-commit-hooks.yaml'), 'utf8')) as Array<Record<string, unknown>>
    const hook = hooks.find((entry) => entry.id === 'newslint')!
    expect(hook).toMatchObject({ language: 'node', entry: 'newslint', types: ['markdown'] })
    expect(hook.pass_filenames).not.toBe(false)
    const bins = (JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { bin: Record<string, string> }).bin
    expect(Object.keys(bins)).toContain(hook.entry)
  })
})
