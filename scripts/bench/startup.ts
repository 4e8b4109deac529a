import { spawnSync } from 'node:child_process'
import { performance } from 'node:perf_hooks'
import { packagePath } from '../../src/engine/lexicon.js'

const RUNS = 7
const GOAL_MS = 1000

/** The built command-line program on the German seed article, as a pre-commit hook runs it: a fresh process each time. */
export function startup(): string[] {
  const times: number[] = []
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now()
    spawnSync(
      process.execPath,
      [packagePath('dist', 'src', 'bin', 'newslint.js'), packagePath('fixtures', 'seed', 'kim-putin-waffendeal.md')],
      { stdio: 'ignore' }
    )
    times.push(performance.now() - start)
  }
  const sorted = times.sort((a, b) => a - b)
  return [
    `command line on the German seed article (a fresh process, ${RUNS} runs)`,
    `  median ${sorted[RUNS >> 1].toFixed(0).padStart(5)} ms  fastest ${sorted[0].toFixed(0).padStart(5)} ms  (goal: median within ${GOAL_MS} ms)`
  ]
}
