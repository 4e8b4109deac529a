import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { expandArguments } from '../../src/cli/files.js'
import { ConfigResolver } from '../../src/config/resolver.js'
import { best } from './measure.js'

/**
 * Config and ignore discovery for a file whose path is made up and very deep (an editor may send
 * any URI): the time must not grow with the square of the depth (goal: 16,000 folders in 100 ms).
 * Then a folder walk down real nested folders, as a commit may nest them: resolving each folder's
 * real path anew grew with the square of the depth (1,000 folders took 15 s). The walk now stops
 * 64 folders below where it starts and says so.
 */
export async function discovery(): Promise<string[]> {
  const lines = ['config discovery for a made-up path:']
  for (const depth of [1000, 4000, 16000]) {
    const path = join(tmpdir(), 'newslint-made-up', ...Array.from({ length: depth }, () => 'd'), 'a.md')
    const time = best(2, () => {
      const resolver = new ConfigResolver()
      resolver.isIgnored(path)
      resolver.forFile(path)
    })
    lines.push(`  ${String(depth).padStart(6)} folders  ${time.toFixed(0).padStart(6)} ms`)
  }
  lines.push('a folder walk down nested folders (one article at the bottom):')
  const times: number[] = []
  for (const depth of [64, 1000]) {
    const root = mkdtempSync(join(tmpdir(), 'newslint-bench-deep-'))
    const bottom = join(root, ...Array.from({ length: depth }, () => 'd'))
    mkdirSync(bottom, { recursive: true })
    writeFileSync(join(bottom, 'a.md'), 'Text.\n')
    const start = performance.now()
    await expandArguments(['.'], root)
    times.push(performance.now() - start)
    rmSync(root, { recursive: true })
    lines.push(`  ${String(depth).padStart(6)} folders  ${times[times.length - 1].toFixed(0).padStart(6)} ms`)
  }
  lines.push(`  1000 folders within 1 s: ${times[1] <= 1000 ? 'yes' : 'NO'}`)
  return lines
}
