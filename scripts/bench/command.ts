import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { parse } from 'yaml'
import { packagePath } from '../../src/engine/lexicon.js'
import { readCorpus } from '../corpus.js'

const RUNS = 3
const HEDGE_WORDS = 31

/**
 * What a CI job feels: whole processes over the corpus written as files, best of RUNS each. The
 * floor only parses and splits sentences; textlint with a word list is the cheapest real linter.
 */
export function command(): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'newslint-bench-command-'))
  try {
    const articles = join(dir, 'articles')
    writeCorpus(articles)
    const newslint = [packagePath('dist', 'src', 'bin', 'newslint.js')]
    const floor = time([packagePath('dist', 'scripts', 'bench', 'floor.js'), articles])
    const json = time([...newslint, '--format', 'json', articles])
    const stylish = time([...newslint, articles])
    const textlint = textlintRun(dir, articles)
    return [
      `whole command on the corpus as files (${readCorpus().length} articles, best of ${RUNS} processes)`,
      row('floor: remark + sentences', floor),
      row('newslint --format json', json, `${(json / floor).toFixed(2)}x floor (goal: at most 2x)`),
      row('newslint (stylish)', stylish, `${(((stylish - json) / json) * 100).toFixed(0)}% over JSON (goal: within 10%)`),
      textlint === undefined
        ? '  textlint + prh: not installed (npm install)'
        : row(
            `textlint + prh (${HEDGE_WORDS} hedges)`,
            textlint,
            `newslint json / textlint ${(json / textlint).toFixed(2)}x (goal: below 1)`
          )
    ]
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

function writeCorpus(dir: string): void {
  mkdirSync(dir)
  for (const article of readCorpus()) writeFileSync(join(dir, `article-${article.row}.md`), article.text)
}

/** Best wall-clock time of RUNS fresh node processes, in ms. */
function time(args: string[], cwd = packagePath()): number {
  let fastest = Infinity
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now()
    spawnSync(process.execPath, args, { cwd, stdio: 'ignore' })
    fastest = Math.min(fastest, performance.now() - start)
  }
  return fastest
}

function row(label: string, ms: number, note = ''): string {
  return `  ${label.padEnd(34)} ${ms.toFixed(0).padStart(6)} ms  ${note}`
}

/** textlint with a prh dictionary of the first German hedge words (with their endings), as a word-list linter would be set up. */
function textlintRun(dir: string, articles: string): number | undefined {
  const bin = packagePath('node_modules', 'textlint', 'bin', 'textlint.js')
  if (!existsSync(bin)) return undefined
  const prh = join(dir, 'prh.yml')
  const rules = hedgeWords().map((word) => `  - expected: laut Quelle\n    pattern: /\\b${word}\\b/i`)
  writeFileSync(prh, `version: 1\nrules:\n${rules.join('\n')}\n`)
  const config = join(dir, '.textlintrc.json')
  writeFileSync(config, JSON.stringify({ rules: { prh: { rulePaths: [prh] } } }))
  return time([bin, '--config', config, '--format', 'json', articles])
}

function hedgeWords(): string[] {
  const lexicon = parse(readFileSync(packagePath('lexicons', 'de', 'hedges.yaml'), 'utf8')) as {
    words: Array<{ cue: string; inflects?: boolean }>
  }
  const forms = lexicon.words.flatMap(({ cue, inflects }) =>
    inflects ? [cue, ...['e', 'en', 'er', 'es'].map((ending) => cue + ending)] : [cue]
  )
  return forms.slice(0, HEDGE_WORDS)
}
