import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { packagePath } from '../src/engine/lexicon.js'
import { onlyRule, tempTree } from './helpers/cli.js'
import { git } from './helpers/git.js'

// The pre-commit framework (https://pre-commit.com) installs a `language: node` hook by running
// `npm install` and `npm pack` in its own clone of the hook's repository, then `npm install -g` of
// the tarball: a network install of newslint's dependencies that takes minutes on a busy machine.
const INSTALL_TIMEOUT = 480_000

/** pre-commit from the distribution (Debian's package), installed when missing as in CI. */
function ensurePreCommit(): void {
  if (spawnSync('pre-commit', ['--version']).status === 0) return
  const apt = spawnSync('sh', ['-c', 'apt-get install -y pre-commit || (apt-get update && apt-get install -y pre-commit)'], {
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    encoding: 'utf8'
  })
  if (apt.status !== 0) throw new Error(`pre-commit is missing and apt-get could not install it: ${apt.stderr.trim().split('\n').pop()}`)
}

/** A repository whose one commit holds this working tree as it is now (tracked and new files, not the ignored ones). */
function snapshotOfThisRepository(): { path: string; rev: string } {
  const snapshot = tempTree({})
  const files = git(packagePath(), 'ls-files', '-z', '--cached', '--others', '--exclude-standard').split('\0').filter(Boolean)
  for (const file of files) {
    if (!existsSync(packagePath(file))) continue // deleted, not yet committed
    mkdirSync(dirname(join(snapshot, file)), { recursive: true })
    copyFileSync(packagePath(file), join(snapshot, file))
  }
  git(snapshot, 'init', '-q')
  git(snapshot, 'add', '.')
  git(snapshot, 'commit', '-qm', 'snapshot')
  return { path: snapshot, rev: git(snapshot, 'rev-parse', 'HEAD').trim() }
}

/**
 * The environment of a user's shell: no settings of the npm that runs this test, pre-commit's
 * cache in a fresh folder. npm takes the packages from its cache when it has them (`npm ci` has
 * just filled it) instead of asking the registry about each one again.
 */
function userEnvironment(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name)))
  return {
    ...env,
    npm_config_prefer_offline: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    PRE_COMMIT_HOME: tempTree({}),
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 'Test',
    GIT_AUTHOR_EMAIL: 'test@example.org',
    GIT_COMMITTER_NAME: 'Test',
    GIT_COMMITTER_EMAIL: 'test@example.org'
  }
}

describe('pre-commit framework', () => {
  beforeAll(ensurePreCommit, INSTALL_TIMEOUT)

  it(
    'installs the hook from a commit of this repository, refuses a bad article with the findings on screen and lets a good one through',
    () => {
      const newslint = snapshotOfThisRepository()
      const config = `repos:\n  - repo: ${newslint.path}\n    rev: ${newslint.rev}\n    hooks:\n      - id: newslint\n`
      const root = tempTree({ '.pre-commit-config.yaml': config, '.newslintrc.json': onlyRule('quotes', 'error') })
      const env = userEnvironment()
      const run = (command: string, ...args: string[]) => {
        const result = spawnSync(command, args, { cwd: root, env, encoding: 'utf8' })
        return { status: result.status, output: result.stdout + result.stderr }
      }
      git(root, 'init', '-q')
      const install = run('pre-commit', 'install', '--install-hooks')
      // The output in the assertion: on failure it is npm's complaint.
      expect(install).toEqual({ status: 0, output: expect.stringContaining('pre-commit installed') })

      writeFileSync(join(root, 'Gespräch mit Ärztin.md'), '# Titel\n\nEr sagte: "Ja." Dann ging er.\n')
      run('git', 'add', '.')
      const refused = run('git', 'commit', '-m', 'article')
      expect(refused.status).not.toBe(0)
      expect(refused.output).toMatch(/newslint\.+Failed/)
      expect(refused.output).toContain('Gespräch mit Ärztin.md')
      expect(refused.output).toMatch(/3:11-3:16\s+error\s+Gerade Anführungszeichen/)
      expect(run('git', 'rev-parse', '--verify', '-q', 'HEAD').status).not.toBe(0)

      writeFileSync(join(root, 'Gespräch mit Ärztin.md'), '# Titel\n\nEr sagte: „Ja.“ Dann ging er.\n')
      run('git', 'add', '.')
      const accepted = run('git', 'commit', '-m', 'article')
      expect(accepted.output).toMatch(/newslint\.+Passed/)
      expect(accepted.status).toBe(0)
    },
    INSTALL_TIMEOUT
  )
})
