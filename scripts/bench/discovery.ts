import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ConfigResolver } from '../../src/config/resolver.js'
import { best } from './measure.js'

/**
 * Config and ignore discovery for a file whose path is made up and very deep (an editor may send
 * any URI): the time must not grow with the square of the depth (goal: 16,000 folders in 100 ms).
 */
export function discovery(): string[] {
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
  return lines
}
