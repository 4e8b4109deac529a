import { spawnSync } from 'node:child_process'
import { chmodSync, readFileSync, readdirSync, statSync, unlinkSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { InputError, readText, writeAtomic } from '../src/cli/files.js'
import { CLI, type Run, tempTree } from './helpers/cli.js'

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

function runUnprivileged(args: string[], cwd: string): Run {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', ...(asRoot ? { uid: NOBODY, gid: NOBODY } : {}) })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
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
