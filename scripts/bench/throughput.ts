import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { recommendedConfig } from '../../src/config/config.js'
import { lintSource } from '../../src/lint/lint.js'
import { parseMarkdown } from '../../src/engine/parse.js'
import { readCorpus } from '../corpus.js'
import { best, megabytes, peakMemory } from './measure.js'

/** The real corpus as markdown files: the whole pipeline against a bare remark parse of the same files. */
export function throughput(): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'newslint-bench-'))
  try {
    const files = readCorpus().map((article) => {
      const path = join(dir, `article-${article.row}.md`)
      writeFileSync(path, article.text)
      return path
    })
    const bytes = files.reduce((sum, path) => sum + Buffer.byteLength(readFileSync(path, 'utf8')), 0)
    const config = recommendedConfig()
    const bare = best(3, () => {
      for (const path of files) parseMarkdown(readFileSync(path, 'utf8'))
    })
    const full = best(3, () => {
      for (const path of files) lintSource(path, readFileSync(path, 'utf8'), config)
    })
    return [
      `corpus: ${files.length} files, ${megabytes(bytes)} MB`,
      `  bare remark parse   ${bare.toFixed(0).padStart(6)} ms  ${((files.length / bare) * 1000).toFixed(0)} files/s  ${((bytes / 1024 / 1024 / bare) * 1000).toFixed(2)} MB/s`,
      `  newslint pipeline   ${full.toFixed(0).padStart(6)} ms  ${((files.length / full) * 1000).toFixed(0)} files/s  ${((bytes / 1024 / 1024 / full) * 1000).toFixed(2)} MB/s`,
      `  pipeline / parse    ${(full / bare).toFixed(2)}x (goal: at most 3x)`,
      `  peak memory         ${peakMemory()} MB`
    ]
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
