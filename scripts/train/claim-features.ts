import { lexiconSet } from '../../src/engine/lexicon.js'
import type { Article, HedgeCue, SentenceSourcing, Token } from '../../src/engine/model.js'
import { hasKonjunktivI } from '../../src/analysis/german-verbs.js'
import { contentTokens } from '../../src/analysis/sources/index.js'

// What the engine knows about an unsourced claim, as named binary features for the claim scorer
// that `npm run train` (scripts/train-claims.ts) cross-validates: the gap's kind, hedges, reported
// speech, quotes, sources around it, its place in paragraph and article, person, figures, and its
// lower-cased words and word pairs. One pass over the article, then a pass per sentence.

export interface ClaimContext {
  article: Article
  sourcing: Map<number, SentenceSourcing>
  hedges: Map<number, HedgeCue[]>
  /** Per block: the kinds of source mentioned in it. */
  blockSources: Map<number, Set<string>>
  /** Per block: how its sourced claims are sourced (named, inherited, quote …). */
  blockClaimSources: Map<number, Set<string>>
  /** The share of the article's claims that have a source. */
  sourcedShare: number
  namedInArticle: number
  /** The article's claims in order, and each claim's place among them, for the neighbours of each. */
  claims: number[]
  claimAt: Map<number, number>
  /** Each paragraph's place among the article's paragraphs, by block index. */
  paragraphAt: Map<number, number>
}

export function claimContext(article: Article): ClaimContext {
  const blockSources = new Map<number, Set<string>>()
  let namedInArticle = 0
  for (const mention of article.annotations.sources ?? []) {
    const block = article.sentences[mention.sentence].block
    const kinds = blockSources.get(block) ?? new Set<string>()
    blockSources.set(block, kinds.add(mention.kind))
    if (mention.kind === 'named') namedInArticle++
  }
  const hedges = new Map<number, HedgeCue[]>()
  for (const hedge of article.annotations.hedges ?? []) hedges.set(hedge.sentence, [...(hedges.get(hedge.sentence) ?? []), hedge])
  const items = article.annotations.sourcing ?? []
  const claims = items.filter((item) => item.claim).map((item) => item.sentence)
  const blockClaimSources = new Map<number, Set<string>>()
  for (const item of items) {
    if (!item.claim || item.source === 'none') continue
    const block = article.sentences[item.sentence].block
    blockClaimSources.set(block, (blockClaimSources.get(block) ?? new Set<string>()).add(item.source))
  }
  const paragraphs = article.blocks.filter((block) => block.kind === 'paragraph' || block.kind === 'lead')
  return {
    article,
    sourcing: new Map(items.map((item) => [item.sentence, item])),
    hedges,
    blockSources,
    blockClaimSources,
    sourcedShare: claims.length === 0 ? 0 : sourcedClaims(items) / claims.length,
    namedInArticle,
    claims,
    claimAt: new Map(claims.map((sentence, at) => [sentence, at])),
    paragraphAt: new Map(paragraphs.map((block, at) => [block.index, at]))
  }
}

const sourcedClaims = (items: SentenceSourcing[]): number => items.filter((item) => item.claim && item.source !== 'none').length

/** A count in a few steps, so that one weight covers a range. */
const bucket = (value: number, steps: number[]): string => String(steps.filter((step) => value >= step).at(-1) ?? 'none')

export function claimFeatures(context: ClaimContext, item: SentenceSourcing): string[] {
  const { article } = context
  const sentence = article.sentences[item.sentence]
  const block = article.blocks[sentence.block]
  const tokens = contentTokens(sentence)
  const words = tokens.filter((token) => token.kind === 'word')
  const features = [`gap:${item.gap ?? 'none'}`, `block:${block.kind}`, ...placeFeatures(context, item.sentence)]
  for (const hedge of context.hedges.get(item.sentence) ?? []) features.push(`hedge:${hedge.kind}${hedge.quoted ? ':quoted' : ''}`)
  if (hasKonjunktivI(words)) features.push('konjunktiv1')
  if (words.some((token) => token.quoted)) features.push(words.every((token) => token.quoted) ? 'quoted:all' : 'quoted:some')
  for (const kind of context.blockSources.get(block.index) ?? []) features.push(`paragraph:${kind}`)
  features.push(`article:named:${bucket(context.namedInArticle, [0, 1, 3, 6])}`)
  features.push(`article:sourced-share:${bucket(context.sourcedShare, [0, 0.1, 0.25, 0.5])}`)
  const before = context.sourcing.get(item.sentence - 1)
  if (before && article.sentences[item.sentence - 1].block === block.index)
    features.push(`sentence-before:${before.claim ? before.source : 'no-claim'}`)
  for (const kind of context.blockClaimSources.get(block.index) ?? []) features.push(`paragraph-claims:${kind}`)
  const at = context.claimAt.get(item.sentence) ?? -1
  features.push(`previous:${neighbour(context, context.claims[at - 1])}`, `next:${neighbour(context, context.claims[at + 1])}`)
  features.push(...formFeatures(tokens, words))
  return [...new Set(features)]
}

/** Where the sentence stands: in its paragraph, among the paragraphs, and how long it is. */
function placeFeatures(context: ClaimContext, index: number): string[] {
  const { article } = context
  const sentence = article.sentences[index]
  const block = article.blocks[sentence.block]
  return [
    `in-paragraph:${bucket(index - block.sentences[0], [0, 1, 2, 4])}`,
    `paragraph:${bucket(context.paragraphAt.get(block.index) ?? -1, [0, 1, 2, 4, 8])}`,
    `article-sentence:${bucket(index, [0, 3, 6, 12, 24])}`,
    `words:${bucket(contentTokens(sentence).length, [0, 8, 16, 28, 45])}`
  ]
}

/** How the claim before or after is sourced: a claim that continues a sourced account often inherits its source. */
function neighbour(context: ClaimContext, index: number | undefined): string {
  if (index === undefined) return 'edge'
  const item = context.sourcing.get(index)
  return item?.source ?? 'none'
}

function formFeatures(tokens: Token[], words: Token[]): string[] {
  const features: string[] = []
  const last = tokens.at(-1)?.value
  if (last === '?') features.push('question')
  if (last === '!') features.push('exclamation')
  if (last === ':') features.push('colon')
  const firstPerson = lexiconSet('de', 'sourcing', 'firstPerson')
  if (words.some((token) => !token.quoted && firstPerson.has(token.lower))) features.push('first-person')
  if (words.some((token) => /\d/.test(token.value) && !/^(1[89]|20)\d\d$/.test(token.value))) features.push('figure')
  if (words.some((token) => /^(1[89]|20)\d\d$/.test(token.value))) features.push('year')
  if (tokens.some((token) => token.value === '%')) features.push('percent')
  const lower = words.map((token) => token.lower)
  for (let i = 0; i < lower.length; i++) {
    features.push(`w:${lower[i]}`)
    if (i + 1 < lower.length) features.push(`b:${lower[i]} ${lower[i + 1]}`)
  }
  if (lower[0]) features.push(`first:${lower[0]}`)
  return features
}
