import type { Article, BlockKind, PastedBlock } from '../../engine/model.js'
import type { Verdict } from './extent.js'
import type { KindMatchers, PastedLexicon } from './lexicon.js'
import { type BlockView, boldFirstLine, endsWithoutFullStop, isHeadlineLike, isOnlyLinks } from './signals.js'
import { looksLikeCredit } from './credit-signals.js'
import { isPostSignature, isProseLine, readsAsPost } from './post-signals.js'
import { addressesReader, leadInEnd } from './voice-signals.js'
import { MAX_EMBED, MAX_HOOK_LINE, MAX_PASTED, MAX_POST } from './sizes.js'

// Pasted material that a verdict on the block beside it gives away: a post's text above its
// signature, the lines under a label, a bold hook over a promotion.

/** Each block's view and verdict, by block index (`undefined` for blocks that are no candidates or not pasted). */
type Views = Array<BlockView | undefined>
type Verdicts = Array<Verdict | undefined>

const PROSE: ReadonlySet<BlockKind> = new Set(['paragraph', 'quote', 'list'])

/**
 * The text of a post sits right above its signature line ("— Name (@handle) Date"), and is as short
 * as a post and reads as one: a signature left behind when the post's text was taken out stands
 * below the article's own paragraph, which must not go with it.
 */
export function extendEmbedsToPostText(article: Article, views: Views, verdicts: Verdicts, lexicon: PastedLexicon): void {
  for (let index = 1; index < views.length; index++) {
    const signature = views[index]
    const text = views[index - 1]
    if (!signature || !text || verdicts[index - 1] || verdicts[index]?.kind !== 'embed' || !isPostSignature(signature.text)) continue
    // A bold paragraph is the article's own setting (an interviewer's question, a crosshead), not a post's text.
    if (text.block.textLength > MAX_POST || text.block.bold === true || !readsAsPost(article, text.text)) continue
    // A full-stopped line over the post's lines is the article's ("… kommentiert ein Leser.⏎We will not give up … #Ukraine"), and so is a lead-in on its line.
    const proseAbove = text.lines.slice(0, -1).some(isProseLine) || leadInEnd(text.lines[0], lexicon) > 0
    verdicts[index - 1] = { kind: 'embed', signal: { key: 'signedPost' }, extent: proseAbove ? 'sentences' : 'block' }
  }
}

/**
 * A bare label line ("Mehr zum Thema", "Read more:", "Video abspielen", "Umfrage") introduces
 * what follows: the headline lines or links under a teaser label are teasers, the title, question
 * and results under an embed label belong to the embed. A heading or bold line under a label that
 * opens the article's prose is the editor's crosshead (and a label that is a heading: `keepCrossheads`).
 */
export function extendKickers(
  article: Article,
  views: Array<BlockView | undefined>,
  verdicts: Array<Verdict | undefined>,
  lexicon: PastedLexicon
): void {
  for (let index = 0; index < views.length - 1; index++) {
    const view = views[index]
    const verdict = verdicts[index]
    if (!view || !verdict || verdict.kind === 'boilerplate' || !isBareKicker(view, lexicon.kinds[verdict.kind])) continue
    let next = index + 1
    for (; next < views.length; next++) {
      const line = views[next]
      if (
        !line ||
        verdicts[next] ||
        line.block.textLength > MAX_PASTED ||
        looksLikeCredit(line) ||
        !(isHeadlineLike(line) || isOnlyLinks(line.block)) ||
        isCrosshead(article, views, verdicts, next)
      )
        break
      verdicts[next] = { kind: verdict.kind, signal: { key: 'under', quoted: view.text }, extent: 'block' }
    }
  }
}

/**
 * A markdown heading right over a paragraph of the article's prose is the editor's crosshead where
 * it is a bare label ("## Umfrage" over the poll's figures, "## Kommentare" over a press review's) or opens with a teaser's label and goes
 * on as a title ("## Mehr zum Thema Fernwärme: Preise schwer zu vergleichen"), or is a short call
 * ("## Schreiben Sie uns" over the address for letters); a headline after the label's own mark
 * ("## Lesen Sie auch: Warum die Grundsteuer steigt") stays the teaser.
 */
export function keepCrossheads(
  article: Article,
  views: Array<BlockView | undefined>,
  verdicts: Array<Verdict | undefined>,
  lexicon: PastedLexicon
): void {
  verdicts.forEach((verdict, index) => {
    const view = views[index]
    if (!view || !verdict || view.block.structure !== 'heading') return
    const labelOrTitle =
      verdict.kind === 'boilerplate'
        ? isBareCall(view, verdict) || isBareKicker(view, lexicon.kinds.boilerplate)
        : isBareKicker(view, lexicon.kinds[verdict.kind]) || goesOnAsTitle(view, verdict)
    if (labelOrTitle && opensProse(article, views, verdicts, index + 1)) verdicts[index] = undefined
  })
}

/** A short call alone on its line ("## Schreiben Sie uns" over a letters page's address): over prose, the page's own section. */
function isBareCall(view: BlockView, verdict: Verdict): boolean {
  const call = verdict.signal.key === 'callToAction' || verdict.signal.key === 'callToActionBelow'
  return call && isBareLine(view) && !view.text.endsWith('!')
}

/**
 * A teaser's opening phrase followed by the words of a title, not by a label's mark ("Mehr zum
 * Thema Fernwärme: …", "Zum Thema: Wie die Grundsteuer berechnet wird"). A phrase that asks the
 * reader is the whole label, never a crosshead's start ("Schon gelesen? …").
 */
function goesOnAsTitle(view: BlockView, verdict: Verdict): boolean {
  if (verdict.kind !== 'teaser' || verdict.signal.key !== 'opensWith' || verdict.signal.quoted!.endsWith('?')) return false
  return /^[\p{L}\p{N}]/u.test(view.text.slice(verdict.signal.quoted!.length).trimStart())
}

/**
 * A heading or a bold line over the article's prose is the editor's crosshead, not a headline
 * under the label ("Weiterlesen mit Rundschau Plus", then "**Kosten steigen deutlich**" over the
 * next paragraph); a linked line is a teaser's.
 */
function isCrosshead(article: Article, views: Array<BlockView | undefined>, verdicts: Array<Verdict | undefined>, index: number): boolean {
  const block = article.blocks[index]
  return (
    (block.structure === 'heading' || block.bold === true) && block.links.length === 0 && opensProse(article, views, verdicts, index + 1)
  )
}

/** The block at `index` is the article's prose: a paragraph or list, not pasted, no credit line. */
export function opensProse(article: Article, views: Views, verdicts: Verdicts, index: number): boolean {
  const block = article.blocks[index]
  if (!block || verdicts[index] || !PROSE.has(block.structure)) return false
  const view = views[index]
  return view === undefined ? block.textLength > MAX_EMBED : !looksLikeCredit(view)
}

/** A label alone on its line: short, no full stop, and one of the kind's phrases. */
function isBareKicker(view: BlockView, phrases: KindMatchers): boolean {
  return isBareLine(view) && (phrases.opens.opens(view.lower) !== undefined || phrases.is.equals(view.lower) !== undefined)
}

/** Alone on its line: short, and no full stop. */
function isBareLine(view: BlockView): boolean {
  return view.lines.length === 1 && view.text.length <= 40 && !/[.;]$/.test(view.text)
}

/**
 * A bold hook over a promotion ("**Sie wollen nichts verpassen?**" over "Abonnieren Sie jetzt
 * …") goes with it: a short bold paragraph without a full stop right above boilerplate that speaks
 * to the reader, with none of the article's prose below. Over a block found by its "we" alone, over
 * a box the article goes on under, or over a paragraph that opens with prose, it may be an
 * interviewer's question (a box pasted between the question and its answer, or glued to the answer).
 */
export function extendHooks(
  article: Article,
  views: Array<BlockView | undefined>,
  verdicts: Array<Verdict | undefined>,
  parts: Array<PastedBlock[] | undefined>
): void {
  // Whether the article's prose stands at or after each block: one walk from the end, taken only
  // for an article with a hook and a box (before any hook is marked), not on every analysis.
  let proseFrom: boolean[] | undefined
  const noProseFrom = (index: number) => !(proseFrom ??= proseAtOrAfter(article, views, verdicts))[index]
  for (let index = 0; index < views.length - 1; index++) {
    const hook = views[index]
    const box = views[index + 1]
    if (!hook || !box || verdicts[index] || verdicts[index + 1]?.kind !== 'boilerplate' || !addressesReader(box)) continue
    // Only over a box pasted throughout: over a paragraph that opens with prose it is the article's.
    if (parts[index + 1] !== undefined) continue
    if (hook.block.bold !== true || hook.block.kind !== 'paragraph' || hook.text.length > MAX_HOOK_LINE || !endsWithoutFullStop(hook.text))
      continue
    if (noProseFrom(index + 2)) verdicts[index] = { kind: 'boilerplate', signal: { key: 'hookAbove' }, extent: 'block' }
  }
  // The hook on the line above its box, in one paragraph ("**Nichts mehr verpassen?**⏎Mit unserem Newsletter erhalten Sie …").
  views.forEach((view, index) => {
    const span = parts[index]?.length === 1 ? parts[index]![0].span : undefined
    if (!view || !span || verdicts[index]?.kind !== 'boilerplate' || !addressesReader(view)) return
    if (isHookLineAbove(article, view, span) && noProseFrom(index + 1)) span.start = view.block.start
  })
}

/** The block's first line is a short bold line without a full stop, and the span takes every line under it. */
function isHookLineAbove(article: Article, view: BlockView, span: { start: number; end: number }): boolean {
  const { block } = view
  const hook = boldFirstLine(article, block)
  if (!hook || hook.text.length > MAX_HOOK_LINE || !endsWithoutFullStop(hook.text)) return false
  return article.text.slice(hook.end, span.start).trim() === '' && article.text.slice(span.end, block.end).trim() === ''
}

function proseAtOrAfter(article: Article, views: Array<BlockView | undefined>, verdicts: Array<Verdict | undefined>): boolean[] {
  const prose = new Array<boolean>(views.length + 1).fill(false)
  for (let index = views.length - 1; index >= 0; index--) prose[index] = prose[index + 1] || opensProse(article, views, verdicts, index)
  return prose
}
