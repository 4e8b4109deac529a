import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { pathToFileURL } from 'node:url'
import { parse } from 'yaml'
import { packagePath } from '../../src/engine/lexicon.js'
import { readCorpus } from '../corpus.js'

const RUNS = 3
const HEDGE_WORDS = 31
// File counts around the size from which the command lints on two threads by default.
const CUT_OVER_FILES = [16, 32, 64, 128]

/** A whole process's cost: wall-clock and CPU time (all threads), in ms. */
interface Cost {
  wall: number
  cpu: number
}

/**
 * What a CI job feels: whole processes over the corpus written as files, best of RUNS each. The
 * floor only parses and splits sentences; textlint with a word list is the cheapest real linter.
 * Ratios are of CPU time, which the neighbours on a shared machine disturb far less than wall time.
 */
export function command(): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'newslint-bench-command-'))
  try {
    const articles = join(dir, 'articles')
    const count = writeCorpus(articles)
    const load = loadavg()[0]
    const newslint = [packagePath('dist', 'src', 'bin', 'newslint.js')]
    const floor = time([packagePath('dist', 'scripts', 'bench', 'floor.js'), articles])
    const json = time([...newslint, '--format', 'json', articles], { NEWSLINT_THREADS: '1' })
    const stylish = time([...newslint, articles], { NEWSLINT_THREADS: '1' })
    const threads = time([...newslint, '--format', 'json', articles], { NEWSLINT_THREADS: '2' })
    const textlint = textlintRun(dir, articles)
    return [
      `whole command on the corpus as files (${count} articles, best of ${RUNS} processes, load average ${load.toFixed(1)} to ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores)`,
      `  ${''.padEnd(34)} ${'CPU'.padStart(9)} ${'wall'.padStart(9)}`,
      row('floor: remark + sentences', floor),
      row('newslint --format json', json, `${ratio(json, floor)} floor (goal: at most 2x)`),
      row('newslint (stylish)', stylish, `${percent(stylish, json)} over JSON (goal: within 10%)`),
      row('newslint --format json, 2 threads', threads, `${ratio(threads, json)} one thread`),
      textlint === undefined
        ? '  textlint + prh: not installed (npm install)'
        : row(`textlint + prh (${HEDGE_WORDS} hedges)`, textlint, `newslint json / textlint ${ratio(json, textlint)} (goal: below 1)`),
      ...cutOver(dir, newslint)
    ]
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** One thread against two on the first N articles: where the second thread starts to pay. */
function cutOver(dir: string, newslint: string[]): string[] {
  const lines = ['  cut-over, first N articles: one thread / two threads']
  for (const files of CUT_OVER_FILES) {
    const subset = join(dir, `first-${files}`)
    mkdirSync(subset)
    for (const article of readCorpus().slice(0, files)) writeFileSync(join(subset, `article-${article.row}.md`), article.text)
    const one = time([...newslint, '--format', 'json', subset], { NEWSLINT_THREADS: '1' })
    const two = time([...newslint, '--format', 'json', subset], { NEWSLINT_THREADS: '2' })
    lines.push(
      `    ${String(files).padStart(4)} files  CPU ${one.cpu.toFixed(0).padStart(5)} / ${two.cpu.toFixed(0).padStart(5)} ms  wall ${one.wall.toFixed(0).padStart(5)} / ${two.wall.toFixed(0).padStart(5)} ms`
    )
  }
  return lines
}

function writeCorpus(dir: string): number {
  mkdirSync(dir)
  const corpus = readCorpus()
  for (const article of corpus) writeFileSync(join(dir, `article-${article.row}.md`), article.text)
  return corpus.length
}

/** Best wall-clock and best CPU time of RUNS fresh node processes, in ms. */
function time(args: string[], env: Record<string, string> = {}, cwd = packagePath()): Cost {
  const report = join(tmpdir(), `newslint-bench-cpu-${process.pid}`)
  const hook = pathToFileURL(packagePath('dist', 'scripts', 'bench', 'cpu-report.js')).href
  let wall = Infinity
  let cpu = Infinity
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now()
    spawnSync(process.execPath, ['--import', hook, ...args], {
      cwd,
      stdio: 'ignore',
      env: { ...process.env, ...env, NEWSLINT_BENCH_CPU: report }
    })
    wall = Math.min(wall, performance.now() - start)
    cpu = Math.min(cpu, Number(readFileSync(report, 'utf8')))
  }
  rmSync(report, { force: true })
  return { wall, cpu }
}

function ratio(a: Cost, b: Cost): string {
  return `${(a.cpu / b.cpu).toFixed(2)}x CPU, ${(a.wall / b.wall).toFixed(2)}x wall:`
}

function percent(a: Cost, b: Cost): string {
  const share = (x: number, y: number) => `${(((x - y) / y) * 100).toFixed(0)}%`
  return `${share(a.cpu, b.cpu)} CPU, ${share(a.wall, b.wall)} wall`
}

function row(label: string, cost: Cost, note = ''): string {
  return `  ${label.padEnd(34)} ${cost.cpu.toFixed(0).padStart(6)} ms ${cost.wall.toFixed(0).padStart(6)} ms  ${note}`
}

/** textlint with a prh dictionary of the first German hedge words (with their endings), as a word-list linter would be set up. */
function textlintRun(dir: string, articles: string): Cost | undefined {
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
