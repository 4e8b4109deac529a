import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { packagePath } from '../../src/engine/lexicon.js'

const TOOL = packagePath('..', 'shared', 'tools', 'lsp-latency.py')
const SIZES = [
  { words: 2000, bursts: 40, goal: 'p95 within 50 ms' },
  { words: 20000, bursts: 20, goal: 'p95 within 100 ms' }
]

/** Editor latency as measured from outside the project (the shared tool types into the built server over stdio). */
export function editorLatency(): string[] {
  if (!existsSync(TOOL)) return [`editor latency by the shared tool: skipped, ${TOOL} is missing (../shared beside the checkout)`]
  const server = [process.execPath, packagePath('dist', 'src', 'bin', 'newslint-lsp.js'), '--stdio']
  return ['editor latency by ../shared/tools/lsp-latency.py (last key of a burst to its diagnostics)'].concat(
    SIZES.map(({ words, bursts, goal }) => {
      const run = spawnSync('python3', [TOOL, String(words), String(bursts), '--', ...server], { encoding: 'utf8', timeout: 600_000 })
      const report = (run.stdout || run.stderr || `failed (${run.error?.message ?? `exit ${run.status}`})`).trim()
      return `  ${report}  (goal: ${goal})`
    })
  )
}
