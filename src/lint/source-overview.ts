import { PROSE_KINDS, type Article } from '../engine/model.js'

/** The article's sources as editors and CI jobs see them: in JSON output and on hover over the headline. */
export interface SourceOverview {
  /** The headline's place in the file (offsets into the file text), where the editor shows the overview. */
  headline?: { offset: number; endOffset: number }
  sources: Array<{ name: string; kind: 'named' | 'vague'; sentences: number }>
  claims: number
  namedClaims: number
  namedShare: number
}

export function sourceOverview(article: Article): SourceOverview {
  const inventory = article.annotations.sourceInventory ?? { sources: [], claims: 0, namedClaims: 0, namedShare: 0 }
  const headline = headlineSentence(article)
  return {
    ...(headline ? { headline: { offset: article.toSource(headline.start), endOffset: article.toSource(headline.end) } } : {}),
    sources: inventory.sources.map((source) => ({ name: source.name, kind: source.kind, sentences: source.sentences.length })),
    claims: inventory.claims,
    namedClaims: inventory.namedClaims,
    namedShare: inventory.namedShare
  }
}

/** The title, else the first heading, else (plain-text copy, headline glued to the body) the first sentence of prose. */
function headlineSentence(article: Article) {
  const block =
    article.blocks.find((candidate) => candidate.kind === 'title') ??
    article.blocks.find((candidate) => candidate.kind === 'heading') ??
    article.blocks.find((candidate) => PROSE_KINDS.has(candidate.kind))
  const first = block?.sentences[0]
  return first === undefined ? undefined : article.sentences[first]
}

/** The overview as markdown, for a hover. */
export function describeSources(overview: SourceOverview): string {
  const share = Math.round(overview.namedShare * 100)
  const lines = [`**newslint sources**: ${overview.namedClaims} of ${overview.claims} claims (${share}%) rest on a named source`]
  if (overview.sources.length === 0) lines.push('', 'No source is named in this article.')
  for (const source of overview.sources)
    lines.push(`- ${source.name} (${source.kind}, ${source.sentences} sentence${source.sentences === 1 ? '' : 's'})`)
  return lines.join('\n')
}
