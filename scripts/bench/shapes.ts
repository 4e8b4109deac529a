import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { packagePath } from '../../src/engine/lexicon.js'
import { BASE_MB, BYTES_PER_BYTE, SHAPES, WITH_PEAK_MEMORY, memoryGoalMb } from '../shapes.js'
import { recommendedConfig } from '../../src/config/config.js'
import { MAX_PARAGRAPH_CHARS } from '../../src/engine/limits.js'
import { lintSource } from '../../src/lint/lint.js'
import { corpusAsMarkdown } from '../corpus.js'
import { best, megabytes } from './measure.js'

const TIMEOUT_MS = 300_000
const CLI = packagePath('dist', 'src', 'bin', 'newslint.js')

/** Each hostile shape at the size that once crashed or stalled newslint, and real text up to the 10 MB limit: linted or refused in one line, in bounded time and memory. */
export function shapes(): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'newslint-bench-shapes-'))
  const lines = ['hostile shapes at full size, and the corpus as one file (the command line, a fresh process each):']
  try {
    for (const shape of SHAPES)
      lines.push(...measure(dir, shape.name.replace(/\bn\b/, String(shape.big)), shape.make(shape.big), shape.args ?? []))
    for (const size of [2, 9.5]) {
      const name = `the corpus's articles as one file of ${size} MB, JSON report`
      lines.push(...measure(dir, name, corpusText(size * 1024 * 1024), ['--format', 'json']))
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  lines.push(`  memory goal: peak at most ${BASE_MB} MB + ${BYTES_PER_BYTE} x the input`)
  return [...lines, ...growth()]
}

/** Run the command on `text` as one file: its time, peak memory against the goal, and whether it linted or refused. */
function measure(dir: string, name: string, text: string, args: string[]): string[] {
  const file = join(dir, 'shape.md')
  writeFileSync(file, text)
  const start = performance.now()
  const run = spawnSync(process.execPath, ['-e', WITH_PEAK_MEMORY, CLI, file, ...args], {
    encoding: 'utf8',
    timeout: TIMEOUT_MS,
    maxBuffer: 1 << 30
  })
  const time = performance.now() - start
  const peak = /peak (\d+)/.exec(run.stderr)?.[1]
  const peakMb = peak ? Number(peak) / 1024 : NaN
  const budget = memoryGoalMb(Buffer.byteLength(text))
  const outcome =
    run.status === null ? `stopped after ${TIMEOUT_MS / 1000} s` : run.status === 2 ? `refused: ${run.stderr.split('\n')[0]}` : 'linted'
  return [
    `  ${name}`,
    `    ${megabytes(Buffer.byteLength(text)).padStart(5)} MB  ${time.toFixed(0).padStart(7)} ms  peak ${peakMb.toFixed(0)} MB (${peakMb <= budget ? 'within' : 'OVER'} ${budget.toFixed(0)})  ${outcome}`
  ]
}

/** The corpus as one markdown file (as `npm run bench -- document` has it), repeated up to `bytes`. */
function corpusText(bytes: number): string {
  const articles = corpusAsMarkdown()
  const parts: string[] = []
  for (let index = 0, size = 0; size < bytes; index++) {
    parts.push(articles[index % articles.length])
    size += Buffer.byteLength(articles[index % articles.length]) + 1
  }
  return parts.join('\n')
}

/** Shapes linted in one process at a quarter of the paragraph limit and at the limit: 4x the text must take at most 4.6x the time. */
function growth(): string[] {
  const config = recommendedConfig()
  const lines = ['hostile shapes, 4x the text (goal: at most 4.6x the time):']
  for (const shape of SHAPES.filter(({ name }) => /^one (paragraph|sentence)/.test(name))) {
    const unit = shape.make(1).length
    const [quarter, full] = [4, 1].map((part) => shape.make(Math.floor(MAX_PARAGRAPH_CHARS / part / unit) - 1))
    const times = [quarter, full].map((text) => best(2, () => lintSource('shape.md', text, config)))
    lines.push(
      `  ${shape.name.padEnd(50)} ${times[0].toFixed(0).padStart(6)} ms  ${times[1].toFixed(0).padStart(6)} ms  (${(times[1] / times[0]).toFixed(2)}x)`
    )
  }
  return lines
}
