import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parse } from 'csv-parse/sync'
import { packagePath } from '../src/engine/lexicon.js'

// The shared corpus of real articles lives outside the project (it must not be committed):
// `../shared/corpus/de-news-dev.csv` beside the checkout, or wherever NEWSLINT_CORPUS points.

export interface CorpusArticle {
  /** 0-based row number in the CSV: how labels refer to an article. */
  row: number
  category: string
  /** Title and body as the dataset glued them: plain text, read as markdown unchanged. */
  text: string
}

export function corpusPath(): string {
  return resolve(process.env.NEWSLINT_CORPUS ?? packagePath('..', 'shared', 'corpus', 'de-news-dev.csv'))
}

export function corpusAvailable(): boolean {
  return existsSync(corpusPath())
}

let cached: CorpusArticle[] | undefined

/** Rows are `Category;'Title and body'` with `;` between fields and `'` quoting (doubled inside). */
export function readCorpus(): CorpusArticle[] {
  cached ??= (
    parse(readFileSync(corpusPath(), 'utf8'), { delimiter: ';', quote: "'", escape: "'", relax_column_count: true }) as string[][]
  ).map(([category, text], row) => ({ row, category, text }))
  return cached
}

/** Each article as markdown: the dataset glued the headline to the body, so its first sentence becomes the `#` heading. */
export function corpusAsMarkdown(): string[] {
  return readCorpus().map(({ text }) => {
    const split = text.search(/(?<=[.!?]) /)
    return split < 0 ? `# ${text}\n` : `# ${text.slice(0, split)}\n\n${text.slice(split + 1)}\n`
  })
}
