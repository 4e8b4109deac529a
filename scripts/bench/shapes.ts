import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { packagePath } from '../../src/engine/lexicon.js'
import { SHAPES } from '../shapes.js'
import { megabytes } from './measure.js'

const TIMEOUT_MS = 300_000
// Runs the built CLI on argv[2] and reports the process's peak memory on the way out.
const WITH_PEAK_MEMORY = `process.on('exit', () => process.stderr.write('\\npeak ' + process.resourceUsage().maxRSS + '\\n')); import(require('node:url').pathToFileURL(process.argv[1]).href)`

/** Each hostile shape at the size that once crashed or stalled newslint: linted or refused in one line, in bounded time and memory. */
export function shapes(): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'newslint-bench-shapes-'))
  const cli = packagePath('dist', 'src', 'bin', 'newslint.js')
  const lines = ['hostile shapes at full size (the command line, a fresh process each):']
  try {
    for (const shape of SHAPES) {
      const file = join(dir, 'shape.md')
      const text = shape.make(shape.big)
      writeFileSync(file, text)
      const start = performance.now()
      const run = spawnSync(process.execPath, ['-e', WITH_PEAK_MEMORY, cli, file], {
        encoding: 'utf8',
        timeout: TIMEOUT_MS,
        maxBuffer: 1 << 30
      })
      const time = performance.now() - start
      const peak = /peak (\d+)/.exec(run.stderr)?.[1]
      const outcome =
        run.status === null ? `stopped after ${TIMEOUT_MS / 1000} s` : run.status === 2 ? `refused: ${run.stderr.split('\n')[0]}` : 'linted'
      lines.push(`  ${shape.name.replace('n', String(shape.big))}`)
      lines.push(
        `    ${megabytes(Buffer.byteLength(text)).padStart(5)} MB  ${time.toFixed(0).padStart(7)} ms  peak ${peak ? (Number(peak) / 1024).toFixed(0) : '?'} MB  ${outcome}`
      )
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  return lines
}
