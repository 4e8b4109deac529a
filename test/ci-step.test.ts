import { spawnSync } from 'node:child_process'
import { chmodSync, existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'
import { packagePath } from '../src/engine/lexicon.js'
import { tempTree } from './helpers/cli.js'
import { git } from './helpers/git.js'

// The ready CI steps, run as their CI would run them, on a content repository with a base
// commit: what was there before is not reported, what the change adds is.
const OLD = 'Er sagte: "Ja." Dann ging er.\n'
const TEASER =
  '# Neuer Radweg\n\nDie Stadt hat den Radweg eröffnet, teilte das Verkehrsamt mit.\n\nSchon gelesen? Diese Brücke wird gesperrt\n'
const CLEAN = '# Neuer Radweg\n\nDie Stadt hat den Radweg eröffnet, teilte das Verkehrsamt mit.\n'

/** A content repository whose `main` has an old article, cloned, with `change` added on a branch. */
function contentRepository(change: Record<string, string>): string {
  const origin = tempTree({ '.newslintrc.json': '{}', 'articles/alt.md': `# Alt\n\n${OLD}` })
  git(origin, 'init', '-q')
  git(origin, 'add', '.')
  git(origin, 'commit', '-qm', 'base')
  const clone = join(tempTree({}), 'repo')
  git(origin, 'clone', '-q', origin, clone)
  for (const [path, text] of Object.entries(change)) {
    mkdirSync(dirname(join(clone, path)), { recursive: true })
    writeFileSync(join(clone, path), text)
  }
  git(clone, 'checkout', '-qb', 'change')
  git(clone, 'add', '.')
  git(clone, 'commit', '-qm', 'change')
  return clone
}

const gitEnv = { GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' }

function runAction(cwd: string, env: Record<string, string>) {
  const output = join(cwd, '..', 'github-output')
  writeFileSync(output, '')
  const result = spawnSync('bash', [packagePath('ci', 'github-action.sh')], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...gitEnv, GITHUB_ACTION_PATH: packagePath(), GITHUB_OUTPUT: output, NEWSLINT_FILES: 'articles/', ...env }
  })
  return { ...result, outputs: readFileSync(output, 'utf8') }
}

describe('the GitHub Action', () => {
  it('declares its inputs and passes them to its script only as environment variables', () => {
    const action = parse(readFileSync(packagePath('action.yml'), 'utf8')) as {
      inputs: Record<string, unknown>
      runs: { using: string; steps: Array<{ run: string; env: Record<string, string> }> }
    }
    expect(Object.keys(action.inputs)).toEqual(['files', 'changed-since', 'format', 'sarif-file'])
    expect(action.runs.using).toBe('composite')
    const [step] = action.runs.steps
    expect(step.run).not.toMatch(/\$\{\{/)
    expect(step.env).toMatchObject({ NEWSLINT_FILES: '${{ inputs.files }}', NEWSLINT_BASE_REF: '${{ github.base_ref }}' })
  })

  it('annotates only what the pull request adds, against its base branch, writes SARIF and fails on errors', () => {
    const repo = contentRepository({ 'articles/neu.md': TEASER })
    const result = runAction(repo, { NEWSLINT_BASE_REF: 'main' })
    expect(result.status).toBe(1)
    const annotations = result.stdout.split('\n').filter((line) => line.startsWith('::'))
    expect(annotations).toEqual([expect.stringMatching(/^::error file=articles\/neu\.md,line=5,.*teaser/)])
    const sarif = JSON.parse(readFileSync(join(repo, 'newslint.sarif'), 'utf8')) as { runs: Array<{ results: Array<{ ruleId: string }> }> }
    expect(sarif.runs[0].results.map((r) => r.ruleId)).toEqual(['teaser'])
    expect(result.outputs).toBe('sarif-file=newslint.sarif\n')
  })

  it('passes a clean change, and with no base branch reports every line', () => {
    const repo = contentRepository({ 'articles/neu.md': CLEAN })
    expect(runAction(repo, { NEWSLINT_BASE_REF: 'main' }).status).toBe(0)
    const everything = runAction(repo, { NEWSLINT_BASE_REF: '' })
    expect(everything.status).toBe(0)
    expect(everything.stdout).toMatch(/^::warning file=articles\/alt\.md,line=3,.*quotes/m)
  })
})

describe('the GitHub Action with newslint installed in the content repository', () => {
  // npm unpacks a tarball or an alias the lockfile names under node_modules, like the registry's package: a commit chooses it.
  it('never runs the newslint npm put under node_modules, and lints with its own', () => {
    const repo = contentRepository({ 'articles/neu.md': TEASER, '.gitignore': 'node_modules/\n' })
    const marker = join(repo, '..', 'own-ran')
    mkdirSync(join(repo, 'node_modules', 'newslint'), { recursive: true })
    writeFileSync(
      join(repo, 'node_modules', 'newslint', 'cli.sh'),
      `#!/bin/sh\ntouch '${marker}'\nexec "${process.execPath}" "${packagePath('dist', 'src', 'bin', 'newslint.js')}" "$@"\n`,
      { mode: 0o755 }
    )
    mkdirSync(join(repo, 'node_modules', '.bin'))
    symlinkSync('../newslint/cli.sh', join(repo, 'node_modules', '.bin', 'newslint'))
    const result = runAction(repo, { NEWSLINT_BASE_REF: 'main' })
    expect(existsSync(marker)).toBe(false)
    expect(result.stdout).toMatch(/^::error file=articles\/neu\.md,line=5,.*teaser/m)
    expect(result.status).toBe(1)
  })
})

describe('the GitHub Action on a hostile change', () => {
  it('never runs a newslint the change committed under node_modules, and lints with its own', () => {
    const repo = contentRepository({ 'articles/neu.md': TEASER })
    const marker = join(repo, '..', 'ran')
    mkdirSync(join(repo, 'node_modules', '.bin'), { recursive: true })
    writeFileSync(join(repo, 'node_modules', '.bin', 'newslint'), `#!/bin/sh\ntouch '${marker}'\n`, { mode: 0o755 })
    git(repo, 'add', '-f', 'node_modules')
    git(repo, 'commit', '-qm', 'a program of the committer')
    const result = runAction(repo, { NEWSLINT_BASE_REF: 'main' })
    expect(existsSync(marker)).toBe(false)
    expect(result.stdout).toMatch(/^::error file=articles\/neu\.md,line=5,.*teaser/m)
    expect(result.status).toBe(1)
  })

  it('never runs a newslint that a file: dependency links to the change’s own files', () => {
    const repo = contentRepository({ 'articles/neu.md': TEASER })
    const marker = join(repo, '..', 'ran')
    mkdirSync(join(repo, 'tools'))
    writeFileSync(join(repo, 'tools', 'newslint'), `#!/bin/sh\ntouch '${marker}'\n`, { mode: 0o755 })
    git(repo, 'add', 'tools')
    git(repo, 'commit', '-qm', 'a program of the committer')
    // What `npm ci` makes of "newslint": "file:tools": a link into the repository's files.
    mkdirSync(join(repo, 'node_modules', '.bin'), { recursive: true })
    symlinkSync('../../tools/newslint', join(repo, 'node_modules', '.bin', 'newslint'))
    const result = runAction(repo, { NEWSLINT_BASE_REF: 'main' })
    expect(existsSync(marker)).toBe(false)
    expect(result.stdout).toMatch(/^::error file=articles\/neu\.md,line=5,.*teaser/m)
  })

  it('writes its SARIF report in place of a link the change put there, never through it', () => {
    const outside = join(tempTree({ 'keep.txt': 'the runner’s file\n' }), 'keep.txt')
    const repo = contentRepository({ 'articles/neu.md': TEASER })
    symlinkSync(outside, join(repo, 'newslint.sarif'))
    git(repo, 'add', 'newslint.sarif')
    git(repo, 'commit', '-qm', 'a link out')
    expect(runAction(repo, { NEWSLINT_BASE_REF: 'main' }).status).toBe(1)
    expect(readFileSync(outside, 'utf8')).toBe('the runner’s file\n')
    expect(lstatSync(join(repo, 'newslint.sarif')).isFile()).toBe(true)
    expect(readFileSync(join(repo, 'newslint.sarif'), 'utf8')).toContain('"teaser"')
  })

  it('writes no SARIF report through a folder the change made a link out of the repository', () => {
    const outside = tempTree({})
    const repo = contentRepository({ 'articles/neu.md': TEASER })
    symlinkSync(outside, join(repo, 'reports'))
    git(repo, 'add', 'reports')
    git(repo, 'commit', '-qm', 'a link out')
    const result = runAction(repo, { NEWSLINT_BASE_REF: 'main', NEWSLINT_SARIF: 'reports/newslint.sarif' })
    expect(result.status).toBe(2)
    expect(result.stderr).toContain('outside the repository')
    expect(readdirSync(outside)).toEqual([])
  })
})

function gitlabTemplate() {
  return parse(readFileSync(packagePath('ci', 'gitlab.yml'), 'utf8')) as {
    newslint: { before_script: string[]; script: string[]; artifacts: { reports: { codequality: string } } }
  }
}

describe('the GitLab CI template', () => {
  const template = gitlabTemplate()

  function runTemplate(cwd: string, env: Record<string, string>, installed = true) {
    // The content repository has newslint installed, as the template's `npm ci` leaves it: a package under node_modules.
    if (installed) {
      mkdirSync(join(cwd, 'node_modules', 'newslint'), { recursive: true })
      writeFileSync(
        join(cwd, 'node_modules', 'newslint', 'cli.sh'),
        `#!/bin/sh\nexec "${process.execPath}" "${packagePath('dist', 'src', 'bin', 'newslint.js')}" "$@"\n`,
        { mode: 0o755 }
      )
      mkdirSync(join(cwd, 'node_modules', '.bin'))
      symlinkSync('../newslint/cli.sh', join(cwd, 'node_modules', '.bin', 'newslint'))
    }
    // GitLab runs the script's lines in one bash with errexit and pipefail.
    const script = ['set -eo pipefail', ...template.newslint.script].join('\n')
    return spawnSync('bash', ['-c', script], {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, ...gitEnv, NEWSLINT_FILES: 'articles/', ...env }
    })
  }

  it('writes the Code Quality report of the merge request’s changes and fails on errors', () => {
    const repo = contentRepository({ 'articles/neu.md': TEASER })
    const base = git(repo, 'rev-parse', 'main').trim()
    const result = runTemplate(repo, { CI_MERGE_REQUEST_DIFF_BASE_SHA: base })
    expect(result.status).toBe(1)
    const report = JSON.parse(readFileSync(join(repo, template.newslint.artifacts.reports.codequality), 'utf8')) as Array<{
      check_name: string
      location: { path: string }
    }>
    expect(report.map((issue) => `${issue.location.path} ${issue.check_name}`)).toEqual(['articles/neu.md teaser'])
    expect(result.stdout).toMatch(/neu\.md[\s\S]*Anriss für anderen Inhalt/)
  })

  it('writes its report in place of a link the merge request put there, never through it', () => {
    const outside = join(tempTree({ 'keep.txt': 'the runner’s file\n' }), 'keep.txt')
    const repo = contentRepository({ 'articles/neu.md': TEASER })
    symlinkSync(outside, join(repo, template.newslint.artifacts.reports.codequality))
    runTemplate(repo, {})
    expect(readFileSync(outside, 'utf8')).toBe('the runner’s file\n')
    expect(readFileSync(join(repo, template.newslint.artifacts.reports.codequality), 'utf8')).toContain('teaser')
  })

  it('passes a clean merge request', () => {
    const repo = contentRepository({ 'articles/neu.md': CLEAN })
    const base = git(repo, 'rev-parse', 'main').trim()
    expect(runTemplate(repo, { CI_MERGE_REQUEST_DIFF_BASE_SHA: base }).status).toBe(0)
  })

  it('never runs a newslint that a file: dependency links to the merge request’s own files, or one git tracks', () => {
    const linked = contentRepository({ 'articles/neu.md': CLEAN, 'tools/newslint': '#!/bin/sh\ntouch ran\n' })
    mkdirSync(join(linked, 'node_modules', '.bin'), { recursive: true })
    symlinkSync('../../tools/newslint', join(linked, 'node_modules', '.bin', 'newslint'))
    const tracked = contentRepository({ 'articles/neu.md': CLEAN, 'node_modules/.bin/newslint': '#!/bin/sh\ntouch ran\n' })
    for (const repo of [linked, tracked]) {
      chmodSync(join(repo, 'node_modules', '.bin', 'newslint'), 0o755)
      const result = runTemplate(repo, {}, false)
      expect(result.status).toBe(2)
      expect(result.stderr).toMatch(/^newslint: not run\./m)
      expect(existsSync(join(repo, 'ran'))).toBe(false)
    }
  })
})

describe('installing newslint in the content repository', () => {
  // A pull request can change package.json and the lockfile: their install scripts would run
  // in the CI job, with its variables.
  function hostileRepository(): { root: string; marker: string } {
    const marker = join(tempTree({}), 'ran')
    const run = `node -e "require('fs').writeFileSync(process.argv[1], '')" ${marker}`
    const manifest = { name: 'inhalte', version: '1.0.0', private: true, scripts: { preinstall: run, postinstall: run, prepare: run } }
    const lockfile = {
      name: 'inhalte',
      version: '1.0.0',
      lockfileVersion: 3,
      requires: true,
      packages: { '': { name: 'inhalte', version: '1.0.0' } }
    }
    const root = tempTree({ 'package.json': JSON.stringify(manifest), 'package-lock.json': JSON.stringify(lockfile) })
    return { root, marker }
  }

  const documented = [...readFileSync(packagePath('docs', 'integrations.md'), 'utf8').matchAll(/^\s*- (?:run: )?(npm ci\b.*)$/gm)].map(
    (match) => match[1]
  )
  const templated = gitlabTemplate().newslint.before_script.filter((line) => line.startsWith('npm '))

  it('is part of the GitLab template and of the CI recipes in the docs', () => {
    expect(templated).toHaveLength(1)
    expect(documented.length).toBeGreaterThanOrEqual(3)
  })

  it.each([...new Set([...templated, ...documented])])('"%s" runs none of the repository’s install scripts', (command) => {
    const { root, marker } = hostileRepository()
    const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name)))
    const result = spawnSync('bash', ['-c', command], { cwd: root, encoding: 'utf8', env: { ...env, npm_config_update_notifier: 'false' } })
    expect(result.stderr).not.toMatch(/npm error/)
    expect(result.status).toBe(0)
    expect(existsSync(marker)).toBe(false)
  })
})
