import { PROSE_KINDS, type Article, type Lang } from '../engine/model.js'
import { type Message, renderMessage } from './messages.js'

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

/** The overview as markdown, for a hover, in the locale's words. */
export function describeSources(overview: SourceOverview, locale: Lang): string {
  const say = (key: string, data?: Message['data']) => renderMessage({ key: `summary.${key}`, ...(data ? { data } : {}) }, locale).message
  const share = Math.round(overview.namedShare * 100)
  const lines = [say('hover', { named: overview.namedClaims, claims: overview.claims, share })]
  if (overview.sources.length === 0) lines.push('', say('hoverNone'))
  for (const source of overview.sources) {
    const sentences = source.sentences === 1 ? say('sentence') : say('sentences', { count: source.sentences })
    lines.push(`- ${say('entry', { name: source.name, kind: say(source.kind), sentences })}`)
  }
  return lines.join('\n')
}
