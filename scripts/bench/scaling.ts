import { recommendedConfig } from '../../src/config/config.js'
import { lintSource } from '../../src/lint/lint.js'
import { parseMarkdown } from '../../src/engine/parse.js'
import { corpusAsMarkdown, readCorpus } from '../corpus.js'
import { best, megabytes, peakMemory } from './measure.js'

/**
 * One long document, repeated 1x, 4x and 16x (about 10 MB at 16x): the time must grow no faster
 * than the length (16x input within 20x time). Catches quadratic stages that many small files hide.
 */
export function scaling(): string[] {
  const articles = readCorpus()
  // About 640 KB of real text as one document: one paragraph per article, as an archive page would be.
  let base = ''
  for (const article of articles) {
    if (base.length > 640_000) break
    base += article.text + '\n\n'
  }
  const config = recommendedConfig()
  const lines = ['one long document, repeated:']
  const times: number[] = []
  for (const factor of [1, 4, 16]) {
    const text = base.repeat(factor)
    const bare = best(factor === 16 ? 1 : 2, () => parseMarkdown(text))
    const full = best(factor === 16 ? 1 : 2, () => lintSource('long.md', text, config))
    times.push(full)
    lines.push(
      `  ${String(factor).padStart(2)}x  ${megabytes(text.length).padStart(5)} M chars  parse ${bare.toFixed(0).padStart(6)} ms  pipeline ${full.toFixed(0).padStart(6)} ms  (${(full / bare).toFixed(2)}x parse)`
    )
  }
  lines.push(`  time 4x / 1x   ${(times[1] / times[0]).toFixed(2)} (linear: 4)`)
  lines.push(`  time 16x / 1x  ${(times[2] / times[0]).toFixed(2)} (goal: at most 20)`)
  lines.push(`  peak memory    ${peakMemory()} MB`)
  return lines
}

/**
 * The corpus as one markdown file, one `#` heading per article, against the same articles as
 * separate files, and that file four times over: checks that compare across the whole document
 * (headlines, sourcing carried over, the credit line) must stay linear in it. Goals: one document
 * at most 1.5x the separate files, four times the text at most 4.6x the time.
 */
export function oneDocument(): string[] {
  const articles = corpusAsMarkdown()
  const config = recommendedConfig()
  const document = articles.join('\n')
  const separate = best(2, () => {
    for (const [index, text] of articles.entries()) lintSource(`article-${index}.md`, text, config)
  })
  const one = best(2, () => lintSource('all.md', document, config))
  const four = best(1, () => lintSource('all.md', document.repeat(4), config))
  return [
    `the corpus as one document (${articles.length} articles, one # heading each, ${megabytes(document.length)} M chars):`,
    `  ${articles.length} separate files  ${separate.toFixed(0).padStart(6)} ms`,
    `  one document        ${one.toFixed(0).padStart(6)} ms  (${(one / separate).toFixed(2)}x the files; goal: at most 1.5)`,
    `  one document 4x     ${four.toFixed(0).padStart(6)} ms  (${(four / one).toFixed(2)}x one; goal: at most 4.6)`
  ]
}
