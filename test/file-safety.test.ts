import { execFileSync, spawnSync } from 'node:child_process'
import {
  chmodSync,
  chownSync,
  existsSync,
  linkSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  truncateSync,
  unlinkSync,
  writeFileSync
} from 'node:fs'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { InputError, readText, writeAtomic } from '../src/cli/files.js'
import { MAX_FILE_BYTES } from '../src/engine/limits.js'
import { CLI, type Run, onlyRule, tempTree } from './helpers/cli.js'
import { git } from './helpers/git.js'

// What --fix must never do to an article: overwrite another writer's edit, write where the user
// may not, bring back a deleted file, or touch a file it has nothing to fix in.

const QUOTED = 'Er sagte: "Ja." Dann ging er.\n'
const FIXED = 'Er sagte: „Ja.“ Dann ging er.\n'
const CLEAN = 'Er sagte: „Ja.“ Dann ging er.\n'

/** The message writeAtomic refuses with, or undefined when it wrote. */
function refusal(write: () => void): string | undefined {
  try {
    write()
  } catch (error) {
    if (error instanceof InputError) return error.message
    throw error
  }
  return undefined
}

// Tests run as root in CI, where permission bits do not stop a write; there the CLI runs as the
// unprivileged user "nobody", for whom they do, when that user can run it at all.
const NOBODY = 65534
const asRoot = process.getuid?.() === 0
const nobodyCanRun = asRoot && spawnSync(process.execPath, [CLI, '--version'], { uid: NOBODY, gid: NOBODY }).status === 0

/** The CLI, stopped after a while: a run that hangs or fills the memory fails instead of stalling the tests. */
function runBounded(args: string[], cwd: string, as: { uid?: number; gid?: number } = {}): Run {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 20_000, ...as })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

function runUnprivileged(args: string[], cwd: string): Run {
  return runBounded(args, cwd, asRoot ? { uid: NOBODY, gid: NOBODY } : {})
}

describe('writing fixes', () => {
  it("refuses a file another process changed after newslint read it, and leaves the other writer's text", () => {
    const root = tempTree({ 'a.md': QUOTED })
    const path = join(root, 'a.md')
    const read = readText(path)
    const theirs = 'Er sagte: "Nein." Die Redaktion hat umgeschrieben.\n'
    // A real second writer, as an editor saving the file would be.
    expect(
      spawnSync(process.execPath, ['-e', `require('node:fs').writeFileSync(${JSON.stringify(path)}, ${JSON.stringify(theirs)})`]).status
    ).toBe(0)
    expect(refusal(() => writeAtomic(path, read, FIXED, 'a.md'))).toBe('a.md: not fixed, the file changed while newslint was reading it')
    expect(readFileSync(path, 'utf8')).toBe(theirs)
    expect(readdirSync(root)).toEqual(['a.md'])
  })

  it("refuses a file another process changed while the fix was written, and leaves the other writer's text", () => {
    const root = tempTree({ 'a.md': QUOTED })
    const path = join(root, 'a.md')
    const read = readText(path)
    const theirs = `${QUOTED}Nachtrag der Redaktion.\n`
    // A real second writer saving once the fix's temporary file is complete, after the first comparison.
    const save = () => {
      spawnSync(process.execPath, ['-e', `require('node:fs').writeFileSync(${JSON.stringify(path)}, ${JSON.stringify(theirs)})`])
      expect(readdirSync(root).some((name) => name.endsWith('.tmp'))).toBe(true)
    }
    expect(refusal(() => writeAtomic(path, read, FIXED, 'a.md', save))).toBe(
      'a.md: not fixed, the file changed while newslint was writing the fix'
    )
    expect(readFileSync(path, 'utf8')).toBe(theirs)
    expect(readdirSync(root)).toEqual(['a.md'])
  })

  it('does not bring back a file deleted while newslint ran', () => {
    const root = tempTree({ 'a.md': QUOTED })
    const path = join(root, 'a.md')
    const read = readText(path)
    unlinkSync(path)
    expect(refusal(() => writeAtomic(path, read, FIXED, 'a.md'))).toMatch(/^a\.md: cannot fix, file is gone \(no such file\)$/)
    expect(readdirSync(root)).toEqual([])
  })

  it.skipIf(asRoot && !nobodyCanRun)(
    'refuses a folder without write permission with a clear message, fixes the other files, writes nothing unneeded',
    () => {
      const root = tempTree({ 'locked/a.md': QUOTED, 'locked/clean.md': CLEAN, 'open/b.md': QUOTED })
      chmodSync(root, 0o777)
      chmodSync(join(root, 'open'), 0o777)
      for (const file of ['locked/a.md', 'locked/clean.md', 'open/b.md']) chmodSync(join(root, file), 0o666)
      // The caller's own file: one of another user's would be refused for its owner.
      if (asRoot) chownSync(join(root, 'open/b.md'), NOBODY, NOBODY)
      chmodSync(join(root, 'locked'), 0o555)
      const run = runUnprivileged(['locked', 'open', '--fix'], root)
      expect(run.stderr).toBe('newslint: locked/a.md: cannot fix (permission denied); the file is unchanged\n')
      expect(run.status).toBe(2)
      expect(readFileSync(join(root, 'locked/a.md'), 'utf8')).toBe(QUOTED)
      expect(readdirSync(join(root, 'locked')).sort()).toEqual(['a.md', 'clean.md'])
      expect(readFileSync(join(root, 'open/b.md'), 'utf8')).toBe(FIXED)
    }
  )

  it('never writes a file it has nothing to fix in, not even the same bytes', () => {
    const root = tempTree({ 'clean.md': CLEAN, 'a.md': QUOTED })
    const before = statSync(join(root, 'clean.md'))
    const run = spawnSync(process.execPath, [CLI, 'clean.md', 'a.md', '--fix'], { cwd: root, encoding: 'utf8' })
    expect(run.status).toBe(0)
    // A write replaces the file by renaming a new one over it: a new inode.
    const after = statSync(join(root, 'clean.md'))
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs])
    expect(readFileSync(join(root, 'a.md'), 'utf8')).toBe(FIXED)
  })
})

/** A run that refused: this one message on standard error, exit code 2. */
function expectRefusal(run: Run, message: string): void {
  expect(run.stderr).toBe(`newslint: ${message}\n`)
  expect(run.status).toBe(2)
}

/** A git repository beside a folder outside it, with the quotes rule only. */
function repositoryWithOutside(): { root: string; outside: string } {
  const base = tempTree({ 'repo/.newslintrc.json': onlyRule('quotes'), 'outside/profile.txt': QUOTED })
  git(join(base, 'repo'), 'init', '-q')
  return { root: join(base, 'repo'), outside: join(base, 'outside') }
}

describe('what --fix and reading may touch', () => {
  it('skips a link that leads out of the repository, with a message, and fixes the rest', () => {
    const { root, outside } = repositoryWithOutside()
    mkdirSync(join(root, 'articles'))
    writeFileSync(join(root, 'articles/b.md'), QUOTED)
    symlinkSync('../../outside/profile.txt', join(root, 'articles/ok.md'))
    // A link to a folder of another repository: its own .git must not make it the boundary.
    writeFileSync(join(outside, 'notes.md'), QUOTED)
    git(outside, 'init', '-q')
    symlinkSync('../../outside', join(root, 'articles/linked'))
    const run = runBounded(['--fix', 'articles/'], root)
    expect(run.stderr).toBe(
      `newslint: articles/linked: skipped, unexpected link to a folder outside the repository (${root}), expected a folder inside it\n` +
        `newslint: articles/ok.md: skipped, unexpected link to a file outside the repository (${root}), expected a file inside it\n`
    )
    expect(run.status).toBe(2)
    expect(readFileSync(join(outside, 'profile.txt'), 'utf8')).toBe(QUOTED)
    expect(readFileSync(join(outside, 'notes.md'), 'utf8')).toBe(QUOTED)
    expect(readFileSync(join(root, 'articles/b.md'), 'utf8')).toBe(FIXED)
  })

  // A content repository cloned inside another working tree (a site's, a dotfiles repository in the home folder).
  it('skips a link to a file of a working tree the repository lies in', () => {
    const { root, outside } = repositoryWithOutside()
    const outer = dirname(root)
    git(outer, 'init', '-q')
    mkdirSync(join(root, 'articles'))
    symlinkSync('../../outside/profile.txt', join(root, 'articles/deploy.md'))
    for (const args of [['articles/'], ['--fix', 'articles/'], ['analyze', 'articles/deploy.md']])
      expectRefusal(
        runBounded(args, root),
        `articles/deploy.md: skipped, unexpected link to a file outside the repository (${root}), expected a file inside it`
      )
    expect(readFileSync(join(outside, 'profile.txt'), 'utf8')).toBe(QUOTED)
  })

  // A dotfiles repository in the home folder, the work folder the user's link to another disk: the
  // home folder was the boundary, so a committed link to a file in it was read and fixed, and the
  // content repository's own articles were refused.
  it('holds a repository reached through the user’s folder link to itself while the run works in it', () => {
    const base = tempTree({
      'data/work/R/.newslintrc.json': onlyRule('quotes'),
      'data/work/R/articles/a.md': QUOTED,
      'home/notes.txt': QUOTED
    })
    git(join(base, 'home'), 'init', '-q')
    git(join(base, 'data/work/R'), 'init', '-q')
    symlinkSync('../data/work', join(base, 'home/work'))
    symlinkSync('../../../../home/notes.txt', join(base, 'data/work/R/articles/notes.md'))
    const inside = join(base, 'home/work/R')
    const run = runBounded(['--fix', 'articles/'], inside)
    expectRefusal(
      run,
      `articles/notes.md: skipped, unexpected link to a file outside the repository (${join(base, 'data/work/R')}), expected a file inside it`
    )
    expect(readFileSync(join(base, 'data/work/R/articles/a.md'), 'utf8')).toBe(FIXED)
    // Run from elsewhere, the path through the link is held to the home folder's repository too: nothing is read.
    rmSync(join(base, 'data/work/R/.newslintrc.json'))
    const elsewhere = runBounded(['analyze', join(inside, 'articles/notes.md')], base)
    expect(elsewhere.status).toBe(2)
    expect(elsewhere.stdout).not.toContain('Dann ging er')
    expect(readFileSync(join(base, 'home/notes.txt'), 'utf8')).toBe(QUOTED)
  })

  it.each([
    ['a folder', ['articles/']],
    ['a glob', ['articles/**/*.md']],
    ['a glob below the link', ['articles/linked/**/*.md']],
    ['the link itself', ['articles/linked']]
  ])('does not look into a folder a link leads out of the repository to, given %s', (_name, args) => {
    const { root, outside } = repositoryWithOutside()
    writeFileSync(join(root, 'a.md'), QUOTED)
    mkdirSync(join(outside, 'Gehaltsliste'))
    writeFileSync(join(outside, 'Gehaltsliste', 'Kündigungen 2025.md'), QUOTED)
    mkdirSync(join(root, 'articles'))
    // A commit could as well link the machine's root folder: every file on it would be listed.
    symlinkSync('../../outside', join(root, 'articles/linked'))
    const run = runBounded(['--fix', 'a.md', ...args], root)
    expect(run.stderr).toContain(
      `newslint: articles/linked: skipped, unexpected link to a folder outside the repository (${root}), expected a folder inside it\n`
    )
    expect(run.stderr).not.toMatch(/Gehaltsliste|Kündigungen|profile/)
    expect(run.status).toBe(2)
    expect(readFileSync(join(outside, 'Gehaltsliste', 'Kündigungen 2025.md'), 'utf8')).toBe(QUOTED)
    expect(readFileSync(join(root, 'a.md'), 'utf8')).toBe(FIXED)
  })

  it('fixes a file whose name starts with two dots: "..notes.md" lies inside the repository', () => {
    const { root } = repositoryWithOutside()
    writeFileSync(join(root, '..notes.md'), QUOTED)
    const run = runBounded(['--fix', '..notes.md'], root)
    expect([run.status, run.stderr]).toEqual([0, ''])
    expect(readFileSync(join(root, '..notes.md'), 'utf8')).toBe(FIXED)
  })

  it('lists a file once for a glob, however many links inside the repository lead back above it', () => {
    const { root } = repositoryWithOutside()
    writeFileSync(join(root, 'a.md'), QUOTED)
    // Each link leads back to the repository root: a glob once walked every path through them.
    for (const folder of ['d1', 'd2', 'd3']) {
      mkdirSync(join(root, folder))
      for (const link of ['x1', 'x2', 'x3']) symlinkSync('..', join(root, folder, link))
    }
    const run = runBounded(['**/*.md', '--format', 'json'], root)
    expect((JSON.parse(run.stdout) as Array<{ path: string }>).map((result) => result.path)).toEqual(['a.md'])
  })

  it('skips a link into the repository’s .git folder: git’s files are neither reported on nor fixed', () => {
    const { root } = repositoryWithOutside()
    writeFileSync(join(root, '.git', 'description'), QUOTED)
    mkdirSync(join(root, 'articles'))
    writeFileSync(join(root, 'articles/b.md'), QUOTED)
    symlinkSync('../.git/description', join(root, 'articles/beschreibung.md'))
    const run = runBounded(['--fix', 'articles/'], root)
    expect(run.stderr).toBe(
      `newslint: articles/beschreibung.md: skipped, unexpected link to a file outside the repository (${root}), expected a file inside it\n`
    )
    expect(run.status).toBe(2)
    expect(readFileSync(join(root, '.git', 'description'), 'utf8')).toBe(QUOTED)
    expect(readFileSync(join(root, 'articles/b.md'), 'utf8')).toBe(FIXED)
  })

  it.skipIf(!asRoot)('keeps the owner and group of a file fixed by root', () => {
    const root = tempTree({ '.newslintrc.json': onlyRule('quotes'), 'a.md': QUOTED })
    chownSync(join(root, 'a.md'), 1234, 5678)
    expect(runBounded(['--fix', 'a.md'], root).status).toBe(0)
    const after = statSync(join(root, 'a.md'))
    expect([after.uid, after.gid, readFileSync(join(root, 'a.md'), 'utf8')]).toEqual([1234, 5678, FIXED])
  })

  it.skipIf(!nobodyCanRun)('refuses a file of another user in a folder the caller may write', () => {
    const root = tempTree({ '.newslintrc.json': onlyRule('quotes'), 'a.md': QUOTED })
    chmodSync(root, 0o777)
    chmodSync(join(root, 'a.md'), 0o644)
    const run = runUnprivileged(['--fix', 'a.md'], root)
    expectRefusal(run, 'a.md: not fixed, unexpected owner (uid 0, gid 0) that a fix could not keep, expected a file of your own')
    expect(statSync(join(root, 'a.md')).uid).toBe(0)
    expect(readFileSync(join(root, 'a.md'), 'utf8')).toBe(QUOTED)
  })

  it('refuses a file with hard links rather than splitting them', () => {
    const root = tempTree({ '.newslintrc.json': onlyRule('quotes'), 'a.md': QUOTED })
    linkSync(join(root, 'a.md'), join(root, 'same.md'))
    const run = runBounded(['--fix', 'a.md'], root)
    expectRefusal(run, 'a.md: not fixed, unexpected 2 hard links to the file, expected one (a fix would split them)')
    expect(statSync(join(root, 'a.md')).nlink).toBe(2)
    expect(readFileSync(join(root, 'same.md'), 'utf8')).toBe(QUOTED)
  })
})

describe('reading only regular files of sensible size', () => {
  const pipes = process.platform !== 'win32'

  it.skipIf(!pipes)('refuses a named pipe as an ignore file and lints the files it does not govern', () => {
    const root = tempTree({ '.newslintrc.json': onlyRule('quotes'), 'a.md': QUOTED, 'archive/b.md': QUOTED })
    execFileSync('mkfifo', [join(root, 'archive/.newslintignore')])
    const run = runBounded(['a.md', 'archive/b.md', '--format', 'json'], root)
    expectRefusal(run, `${join(root, 'archive/.newslintignore')}: cannot read ignore file: unexpected named pipe, expected a regular file`)
    expect(JSON.parse(run.stdout).map((file: { path: string }) => file.path)).toEqual(['a.md'])
  })

  it.skipIf(!pipes)('refuses a named pipe given as the config', () => {
    const root = tempTree({ 'a.md': QUOTED })
    execFileSync('mkfifo', [join(root, 'rc.json')])
    const run = runBounded(['--config', 'rc.json', 'a.md'], root)
    expectRefusal(run, `${join(root, 'rc.json')}: cannot read config: unexpected named pipe, expected a regular file`)
  })

  it.skipIf(!existsSync('/dev/zero'))('refuses an ignore file or an article that is a link to an endless device', () => {
    const root = tempTree({ '.newslintrc.json': onlyRule('quotes'), 'articles/a.md': QUOTED })
    symlinkSync('/dev/zero', join(root, 'articles/zero.md'))
    const article = runBounded(['articles/*.md', '--format', 'json'], root)
    expect(article.stderr).toBe('newslint: articles/zero.md: cannot read (unexpected character device, expected a regular file)\n')
    expect(JSON.parse(article.stdout).map((file: { path: string }) => file.path)).toEqual(['articles/a.md'])
    symlinkSync('/dev/zero', join(root, '.newslintignore'))
    const ignoreFile = runBounded(['articles/a.md'], root)
    expectRefusal(
      ignoreFile,
      `${join(root, '.newslintignore')}: cannot read ignore file: unexpected character device, expected a regular file`
    )
  })

  // A folder walk passed over them without a word, and the run passed.
  it.skipIf(!pipes)('names an article’s broken link or named pipe found by a folder walk, as when it is named', () => {
    const root = tempTree({ '.newslintrc.json': onlyRule('quotes'), 'articles/a.md': QUOTED })
    symlinkSync('missing.md', join(root, 'articles/dangling.md'))
    execFileSync('mkfifo', [join(root, 'articles/pipe.md')])
    const run = runBounded(['articles/', '--format', 'json'], root)
    expect(run.stderr).toBe(
      'newslint: articles/dangling.md: cannot read (no such file)\n' +
        'newslint: articles/pipe.md: cannot read (unexpected named pipe, expected a regular file)\n'
    )
    expect(run.status).toBe(2)
    expect(JSON.parse(run.stdout).map((file: { path: string }) => file.path)).toEqual(['articles/a.md'])
  })

  // Emacs leaves one beside a file with unsaved edits: every folder run failed on it.
  it('passes over an editor’s lock file, a hidden broken link beside the article', () => {
    const root = tempTree({ '.newslintrc.json': onlyRule('quotes'), 'articles/a.md': QUOTED })
    symlinkSync('editor@laptop.4242:1733590000', join(root, 'articles/.#a.md'))
    const run = runBounded(['articles/', '--format', 'json'], root)
    expect(run.stderr).toBe('')
    expect(JSON.parse(run.stdout).map((file: { path: string }) => file.path)).toEqual(['articles/a.md'])
  })

  it('refuses an article larger than the limit without reading it', () => {
    const root = tempTree({})
    const path = join(root, 'huge.md')
    writeFileSync(path, QUOTED)
    // A sparse file: its size without its bytes.
    truncateSync(path, MAX_FILE_BYTES + 1)
    expect(() => readText(path, 'huge.md')).toThrow('huge.md: Unexpected file of 10.01 MB, expected at most 10 MB')
  })
})
