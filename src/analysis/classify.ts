import type { AnalyzeOptions } from '../analyze.js'
import type { Article, Block, BlockKind, Lang } from '../model.js'
import { ruleOptionList } from './options.js'
import { type PastedKind, type PastedLexicon, pastedLexicon } from './pasted-lexicon.js'
import {
  type BlockView,
  addressesReader,
  endsWithoutFullStop,
  hasCallToAction,
  hasEmbedMedia,
  hasGluedColon,
  isCopyrightNotice,
  isForeignPost,
  isPostSignature,
  linkShare,
  looksLikeCredit,
  namesCallToActionObject,
  namesOutlet,
  opensWithQuestionHook,
  postLink,
  viewBlock
} from './pasted-signals.js'

// Block classification: marks the blocks that were pasted into the article rather than written
// for it (Pressekodex Ziffer 7) as `teaser`, `boilerplate` or `embed`; `structure` keeps the
// markdown kind. Runs first, so that every later stage and rule can skip them. The phrase lists
// are data (`lexicons/*/pasted.yaml`), extended by the options of the rules teaser, boilerplate
// and embed (`phrases`, and the boilerplate rule's `outlets`).

/** Markdown kinds that pasted material arrives as. Title, lead and frontmatter are the article's own. */
const CANDIDATES: ReadonlySet<BlockKind> = new Set(['paragraph', 'heading', 'quote', 'list'])

// Pasted material is short: a teaser line, a footer, a post. Longer blocks are the article.
const MAX_PASTED = 600
const MAX_EMBED = 1200
const MAX_HOOK = 250

export function classifyBlocks(article: Article, options: AnalyzeOptions): void {
  const lexicon = pastedLexicon(article.lang, {
    teaser: ruleOptionList(options, 'teaser', 'phrases'),
    boilerplate: ruleOptionList(options, 'boilerplate', 'phrases'),
    embed: ruleOptionList(options, 'embed', 'phrases'),
    outlets: ruleOptionList(options, 'boilerplate', 'outlets')
  })
  const views = article.blocks.map((block) => (isCandidate(block) ? viewBlock(article, block) : undefined))
  const kinds = views.map((view) => (view && !looksLikeCredit(view) ? classifyAlone(article, view, lexicon) : undefined))
  extendEmbedsToPostText(views, kinds)
  extendTeasersToLinkBoxes(views, kinds, lexicon)
  classifyTail(article, views, kinds, lexicon)
  kinds.forEach((kind, index) => {
    if (kind) article.blocks[index].kind = kind
  })
}

function isCandidate(block: Block): boolean {
  return CANDIDATES.has(block.structure) && block.kind === block.structure && block.textLength > 0 && block.textLength <= MAX_EMBED
}

/** What the block's own text and links say. */
function classifyAlone(article: Article, view: BlockView, lexicon: PastedLexicon): PastedKind | undefined {
  const { kinds } = lexicon
  const length = view.block.textLength
  if (hasEmbedMedia(view, lexicon) || isPostSignature(view.lastLine) || kinds.embed.opens.opens(view.lower) || kinds.embed.contains.within(view.lower)) {
    return 'embed'
  }
  if (length > MAX_PASTED) return undefined
  // A block that is only the link to a post is how a post is embedded (or linked) properly.
  if (isOnlyLinks(view.block) && postLink(view.block, lexicon)) return undefined
  if (kinds.teaser.opens.opens(view.lower)) return 'teaser'
  if (kinds.boilerplate.opens.opens(view.lower) || kinds.boilerplate.is.equals(view.lower) || kinds.boilerplate.contains.within(view.lower)) return 'boilerplate'
  if (hasCallToAction(article, view, lexicon) && namesCallToActionObject(view, lexicon)) return 'boilerplate'
  if (isCopyrightNotice(view)) return 'boilerplate'
  if (kinds.teaser.contains.within(view.lower)) return 'teaser'
  if (length <= MAX_HOOK && (isOnlyLinks(view.block) || (hasGluedColon(view.text) && endsWithoutFullStop(view.text)) || opensWithQuestionHook(article, view))) {
    return 'teaser'
  }
  if (isForeignPost(article, view)) return 'embed'
  return undefined
}

/** Nearly all visible text is link text: a link box or a "related articles" list. */
function isOnlyLinks(block: Block): boolean {
  return block.links.length > 0 && linkShare(block) >= 0.8
}

/** The text of a post sits right above its signature line ("— Name (@handle) Date"). */
function extendEmbedsToPostText(views: Array<BlockView | undefined>, kinds: Array<PastedKind | undefined>): void {
  for (let index = 1; index < views.length; index++) {
    const signature = views[index]
    const above = views[index - 1]
    if (signature && above && kinds[index] === 'embed' && isPostSignature(signature.text) && kinds[index - 1] === undefined) kinds[index - 1] = 'embed'
  }
}

/** After a bare teaser kicker ("Mehr zum Thema:", "Lesen Sie auch"), the links it introduces are teasers too. */
function extendTeasersToLinkBoxes(views: Array<BlockView | undefined>, kinds: Array<PastedKind | undefined>, lexicon: PastedLexicon): void {
  for (let index = 0; index < views.length - 1; index++) {
    const view = views[index]
    if (!view || kinds[index] !== 'teaser' || lexicon.kinds.teaser.opens.opens(view.lower)?.length !== view.lower.replace(/[^\p{L}\p{N}]+$/u, '').length) continue
    for (let next = index + 1; next < views.length; next++) {
      const box = views[next]
      if (!box || kinds[next] !== undefined || box.block.links.length === 0 || box.block.textLength > MAX_PASTED) break
      kinds[next] = 'teaser'
    }
  }
}

/**
 * Below the last paragraph of the article, weaker signals suffice: an outlet naming itself while
 * speaking to the reader, a call to action without a named network or product.
 */
function classifyTail(article: Article, views: Array<BlockView | undefined>, kinds: Array<PastedKind | undefined>, lexicon: PastedLexicon): void {
  const lastProse = lastArticleParagraph(article, kinds)
  const lang: Lang = article.lang
  for (let index = lastProse + 1; index < views.length; index++) {
    const view = views[index]
    if (!view || kinds[index] !== undefined || view.block.textLength > MAX_PASTED || looksLikeCredit(view)) continue
    if (hasCallToAction(article, view, lexicon) || (namesOutlet(view, lexicon) && addressesReader(article, view, lang))) kinds[index] = 'boilerplate'
  }
}

/** The last paragraph that reads like the article: long enough, and not classified as pasted. */
function lastArticleParagraph(article: Article, kinds: Array<PastedKind | undefined>): number {
  for (let index = article.blocks.length - 1; index >= 0; index--) {
    const block = article.blocks[index]
    if (kinds[index] === undefined && block.structure === 'paragraph' && block.textLength > MAX_HOOK) return index
  }
  return -1
}
