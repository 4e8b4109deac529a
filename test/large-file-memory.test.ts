import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { SHAPES, WITH_PEAK_MEMORY, memoryGoalMb } from '../scripts/shapes.js'
import { V8_TUNED } from '../src/cli/v8-flags.js'
import { CLI, tempTree } from './helpers/cli.js'

// The memory goal of `npm run bench -- shapes`, here for a text no article has: 0.23 MB in one paragraph.
const TEXT = SHAPES.find(({ name }) => name.includes('"Toll! "'))!.make(40_000)
const goalMb = (files: number) => memoryGoalMb(files * Buffer.byteLength(TEXT))
// A lint worker's own heap and copy of the program.
const WORKER_MB = 30

/** The command's report and its process's peak memory in MB. */
function run(args: string[], options: { cwd: string; input?: string; threads: number }): { stdout: string; peakMb: number } {
  const result = spawnSync(process.execPath, ['-e', WITH_PEAK_MEMORY, CLI, '--format', 'json', ...args], {
    cwd: options.cwd,
    input: options.input,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    env: { ...process.env, NEWSLINT_THREADS: String(options.threads) }
  })
  expect(result.status, result.stderr).toBe(0)
  return { stdout: result.stdout, peakMb: Number(/peak (\d+)/.exec(result.stderr)?.[1]) / 1024 }
}

// The goal rests on the young-generation setting, which newslint makes only on the V8 it was measured on (Node 20).
describe.runIf(V8_TUNED)('a file larger than any article', () => {
  it('is linted within 100 MB + 60 x its size, from a file and from standard input', () => {
    const cwd = tempTree({ 'export.md': TEXT })
    const fromFile = run(['export.md'], { cwd, threads: 1 })
    const fromStdin = run(['--stdin', '--stdin-filename', 'export.md'], { cwd, input: TEXT, threads: 1 })
    expect(JSON.parse(fromFile.stdout)).toMatchObject([{ path: 'export.md', messages: [] }])
    expect(fromStdin.stdout).toBe(fromFile.stdout)
    expect(fromFile.peakMb).toBeLessThanOrEqual(goalMb(1))
    expect(fromStdin.peakMb).toBeLessThanOrEqual(goalMb(1))
  }, 60_000)

  it('is linted within the goal when its words are dense but it is below 0.1 MB', () => {
    // 90 KB of one-letter words hold as many tokens as 250 KB of prose: the young generation is held by tokens, not size.
    const dense = SHAPES.find(({ name }) => name.includes('one-letter words'))!.make(45_000)
    const { stdout, peakMb } = run(['dense.md'], { cwd: tempTree({ 'dense.md': dense }), threads: 1 })
    expect(JSON.parse(stdout)).toMatchObject([{ path: 'dense.md' }])
    expect(peakMb).toBeLessThanOrEqual(memoryGoalMb(Buffer.byteLength(dense)))
  }, 60_000)

  it('two of them on two threads: within the goal for both, plus the worker, with what one thread reports', () => {
    const cwd = tempTree({ 'a.md': TEXT, 'b.md': TEXT })
    const parallel = run(['.'], { cwd, threads: 2 })
    expect(JSON.parse(parallel.stdout)).toMatchObject([{ path: 'a.md' }, { path: 'b.md' }])
    expect(parallel.stdout).toBe(run(['.'], { cwd, threads: 1 }).stdout)
    expect(parallel.peakMb).toBeLessThanOrEqual(goalMb(2) + WORKER_MB)
  }, 60_000)
})
