import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { recommendedConfig } from '../../src/config/config.js'
import { lintSource } from '../../src/lint/lint.js'
import { parseMarkdown } from '../../src/engine/parse.js'
import { readCorpus } from '../corpus.js'
import { best, megabytes, peakMemory } from './measure.js'

/**
 * The real corpus as markdown files: the whole pipeline against a bare remark parse of the same
 * files (remark-parse with the GFM and frontmatter syntax newslint reads). newslint's own parse
 * is shown beside it, not used as the yardstick: it leaves out GFM constructs a text cannot hold,
 * so each gain there would otherwise read as a loss of the pipeline.
 */
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
    const remark = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter)
    const timeEach = (work: (path: string) => unknown) =>
      best(3, () => {
        for (const path of files) work(path)
      })
    const bare = timeEach((path) => remark.parse(readFileSync(path, 'utf8')))
    const own = timeEach((path) => parseMarkdown(readFileSync(path, 'utf8')))
    const full = timeEach((path) => lintSource(path, readFileSync(path, 'utf8'), config))
    const line = (name: string, ms: number) =>
      `  ${name.padEnd(20)}${ms.toFixed(0).padStart(6)} ms  ${((files.length / ms) * 1000).toFixed(0)} files/s  ${((bytes / 1024 / 1024 / ms) * 1000).toFixed(2)} MB/s`
    return [
      `corpus: ${files.length} files, ${megabytes(bytes)} MB`,
      line('bare remark parse', bare),
      line("newslint's parse", own),
      line('newslint pipeline', full),
      `  pipeline / parse    ${(full / bare).toFixed(2)}x (goal: at most 3x); pipeline / newslint's parse ${(full / own).toFixed(2)}x`,
      `  peak memory         ${peakMemory()} MB`
    ]
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
