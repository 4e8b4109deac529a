import type { Article } from './model.js'

/**
 * The article model as `newslint analyze` prints it. Every `start`/`end` pair (model offsets into
 * the NFC text) becomes `offset`/`endOffset` into the file as it is on disk.
 */
export function serializeArticle(article: Article): unknown {
  const convert = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(convert)
    if (typeof value !== 'object' || value === null) return value
    const record = value as Record<string, unknown>
    const out: Record<string, unknown> = {}
    const hasRange = typeof record.start === 'number' && typeof record.end === 'number'
    if (hasRange) {
      out.offset = article.toSource(record.start as number)
      out.endOffset = article.toSource(record.end as number)
    }
    for (const [key, inner] of Object.entries(record)) {
      if (hasRange && (key === 'start' || key === 'end')) continue
      if (key === 'tokens') continue
      out[key] = convert(inner)
    }
    return out
  }
  return {
    path: article.path,
    lang: article.lang,
    frontmatter: article.frontmatter ? convert(article.frontmatter) : null,
    blocks: convert(article.blocks),
    sentences: convert(article.sentences),
    ...(convert(article.annotations) as Record<string, unknown>)
  }
}
