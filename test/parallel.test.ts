import { cpSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli, tempTree } from './helpers/cli.js'

const seed = readFileSync('fixtures/seed/kim-putin-waffendeal.md', 'utf8')
const paragraphs = seed.split('\n\n')

/**
 * Forty articles in nested folders (one folder's config with a deprecated option, one broken
 * config, one ignored file) and two files newslint refuses.
 */
function contentTree(): string {
  const files: Record<string, string | Buffer> = {
    '.newslintignore': 'archiv/alt-*.md\n',
    'meinung/.newslintrc.json': JSON.stringify({ rules: { hedge: 'error' } }),
    'sport/.newslintrc.yaml': 'rules:\n  attribution: [warn, { verbs: [jubeln] }]\n',
    'leserbriefe/.newslintrc.json': '{ "rules": ',
    'leserbriefe/brief.md': paragraphs[0],
    'kaputt/binär.md': Buffer.from([0x23, 0x20, 0x00, 0x01]),
    'kaputt/latin1.md': Buffer.from('# Stra\xdfe\n', 'latin1')
  }
  for (let i = 0; i < 40; i++) {
    const folder = ['politik', 'meinung', 'archiv', 'sport/regional'][i % 4]
    const name = folder === 'archiv' && i % 8 === 2 ? `alt-${i}.md` : `artikel-${i}.md`
    files[`${folder}/${name}`] =
      paragraphs.slice(0, 2 + (i % paragraphs.length)).join('\n\n') + (i % 5 === 0 ? '\n\nLesen Sie auch: Alles zum Gipfel\n' : '\n')
  }
  return tempTree(files)
}

const IN_PROCESS = { NEWSLINT_THREADS: '1' }
const PARALLEL = { NEWSLINT_THREADS: '3' }

describe('linting many files on worker threads', () => {
  it('reports, in the same order and with the same exit code, messages and config warnings, what one thread reports', () => {
    const root = contentTree()
    for (const args of [['.'], ['--format', 'json', '--shard', '2/3', 'politik', 'meinung', 'kaputt', 'sport']]) {
      const alone = runCli(args, { cwd: root, env: IN_PROCESS })
      const parallel = runCli(args, { cwd: root, env: PARALLEL })
      expect(alone.stdout.length).toBeGreaterThan(0)
      expect(parallel).toEqual(alone)
    }
    const parallel = runCli(['.'], { cwd: root, env: PARALLEL })
    expect(parallel.status).toBe(2)
    expect(parallel.stderr.match(/deprecated option/g)).toHaveLength(1)
    expect(parallel.stderr).toMatch(/leserbriefe[/\\]\.newslintrc\.json/)
  }, 180_000)

  it('fixes the files exactly as linting in one thread does', () => {
    const alone = contentTree()
    const parallel = mkdtempSync(join(tmpdir(), 'newslint-test-'))
    cpSync(alone, parallel, { recursive: true })
    const aloneRun = runCli(['--fix', '--format', 'json', '.'], { cwd: alone, env: IN_PROCESS })
    const parallelRun = runCli(['--fix', '--format', 'json', '.'], { cwd: parallel, env: PARALLEL })
    // Config messages name the config by its full path: the two trees differ only there.
    expect({ ...parallelRun, stderr: parallelRun.stderr.split(parallel).join('<root>') }).toEqual({
      ...aloneRun,
      stderr: aloneRun.stderr.split(alone).join('<root>')
    })
    const articles = (root: string) =>
      readdirSync(root, { recursive: true, encoding: 'utf8' })
        .filter((path) => path.endsWith('.md'))
        .sort()
        .map((path) => [path, readFileSync(join(root, path), 'latin1')])
    expect(articles(parallel)).toEqual(articles(alone))
    expect(readFileSync(join(parallel, 'politik/artikel-0.md'), 'utf8')).not.toContain('Lesen Sie auch')
  }, 180_000)

  it('ends at once with nothing to report when every file is ignored, on as many threads as files', () => {
    const root = tempTree({
      '.newslintignore': 'entwurf-*.md\n',
      'entwurf-1.md': paragraphs[0],
      'entwurf-2.md': paragraphs[1],
      'entwurf-3.md': paragraphs[2]
    })
    const parallel = runCli(['--format', 'json', '.'], { cwd: root, env: PARALLEL })
    expect(parallel).toEqual(runCli(['--format', 'json', '.'], { cwd: root, env: IN_PROCESS }))
    expect(parallel.status).toBe(0)
    expect(JSON.parse(parallel.stdout)).toEqual([])
  }, 60_000)

  it('refuses a thread count that is not a whole number, in one line', () => {
    const run = runCli(['.'], { cwd: contentTree(), env: { NEWSLINT_THREADS: 'zwei' } })
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/NEWSLINT_THREADS expects a whole number from 1 to 999, got "zwei"/)
    expect(run.stdout).toBe('')
  })
})
