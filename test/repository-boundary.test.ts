import { symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { inRepository } from '../src/config/repository.js'
import { tempTree } from './helpers/cli.js'

// A committed link's target may spell git's folder as a case-insensitive file system finds it
// (macOS, Windows): the guard must refuse every such spelling, or `.git/config` (the CI job's
// credentials) could be read into a report and rewritten by --fix.
describe('git’s own folder lies outside the repository, however a link spells it', () => {
  const root = join('/', 'r')

  it.each(['.git', '.GIT', '.Git', '.git.', '.git ', 'GIT~1'])('refuses %j/config', (folder) => {
    expect(inRepository(join(root, folder, 'config'), root)).toBe(false)
    expect(inRepository(join(root, 'sub', folder, 'hooks', 'pre-commit'), root)).toBe(false)
  })

  it('refuses a path through any other name of git’s folder: the same folder, however the file system spells it', () => {
    const repository = tempTree({ '.git/config': '[core]\n', 'a.md': 'Text.\n' })
    // A link stands in for a spelling a case-insensitive file system resolves to `.git`.
    symlinkSync('.git', join(repository, 'Gitfolder'))
    expect(inRepository(join(repository, 'Gitfolder', 'config'), repository)).toBe(false)
    expect(inRepository(join(repository, 'a.md'), repository)).toBe(true)
  })

  it.each(['.github', 'git-notes', '.gitignore', 'my.git'])('keeps %j, which is no git folder', (name) => {
    expect(inRepository(join(root, name, 'a.md'), root)).toBe(true)
  })
})
