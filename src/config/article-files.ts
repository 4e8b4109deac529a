import { extname } from 'node:path'

// Which files and editor documents are articles: markdown, by file name or by the editor's language.

const MARKDOWN_EXTENSIONS = new Set(['.md', '.markdown', '.mdown', '.mkd'])
/** Language ids editors give markdown (VS Code, Neovim, Helix: "markdown"; MDX and R Markdown files). */
const MARKDOWN_LANGUAGES = new Set(['markdown', 'mdx', 'rmd', 'quarto'])

/** A file name with a markdown extension, in any case. */
export function isMarkdownPath(path: string): boolean {
  return MARKDOWN_EXTENSIONS.has(extname(path).toLowerCase())
}

/**
 * An editor's document is an article when the editor calls it markdown or its name says so:
 * clients that send every open file (a config, a script) get no findings on those.
 */
export function isArticleDocument(languageId: string, uri: string): boolean {
  return MARKDOWN_LANGUAGES.has(languageId.toLowerCase()) || isMarkdownPath(uri.replace(/[?#].*$/s, ''))
}
