import { lexicon } from '../../engine/lexicon.js'
import type { Article, Lang, SentenceSourcing, Token } from '../../engine/model.js'
import type { Stage } from '../../engine/stage.js'
import { isAttributiveHedge } from '../hedges/attributive.js'
import { hasKonjunktivI } from '../german-verbs.js'
import { contentTokens } from '../sources/index.js'
import { hasDigit } from '../digits.js'
import { setOf } from './lexicon.js'

// Gives each unsourced claim the best reason it needs a source, so that `attribution` can say
// it and a newsroom can set each kind to its own level: a hedge with no source, reported speech
// with no speaker in reach, a figure or allegation in the lead with no source in the lead, a
// source that comes only after the claim, a figure, or else an event the writer did not witness.
// Reads `annotations.sourcing`, `sources` and `hedges`; words from `lexicons/<lang>/gaps.yaml`.

interface GapLexicon {
  speculationCues: string[]
  figureWords: string[]
  allegationWords: string[]
  leadSentences: number
}

const SOURCED = new Set(['named', 'vague', 'inherited', 'quote'])

export const sourcingGapsStage: Stage = {
  id: 'sourcingGaps',
  reads: ['blockKinds', 'sourcing', 'sources', 'hedges'],
  writes: ['sourcing'],
  run: findGaps
}

function findGaps(article: Article): void {
  const sourcing = article.annotations.sourcing ?? []
  const hedges = hedgeKinds(article)
  const mentioned = new Set((article.annotations.sources ?? []).map((mention) => mention.sentence))
  const lead = leadSentences(article, sourcing)
  const leadSourced = [...lead].some(
    (index) => mentioned.has(index) || sourcing.some((item) => item.sentence === index && SOURCED.has(item.source))
  )
  for (const item of sourcing) {
    if (!item.claim || item.source !== 'none') continue
    const sentence = article.sentences[item.sentence]
    const lang = article.blocks[sentence.block].lang
    const tokens = contentTokens(sentence).filter((token) => token.kind === 'word')
    const words = lexicon<GapLexicon>(lang, 'gaps')
    const figure = hasFigure(tokens, words)
    item.gap = hedges.has(item.sentence)
      ? hedges.get(item.sentence)!
      : isReportedSpeech(tokens, lang)
        ? 'reportedSpeech'
        : lead.has(item.sentence) && !leadSourced && (figure || anyWordIn(tokens, setOf(words.allegationWords)))
          ? 'leadClaim'
          : sourceFollows(article, item.sentence, mentioned)
            ? 'lateSource'
            : figure
              ? 'figure'
              : 'event'
  }
}

type HedgeGap = 'hedged' | 'hearsay' | 'speculation'
/** When a sentence holds hedges of several kinds, the most telling names its gap. */
const HEDGE_GAP_ORDER: HedgeGap[] = ['hedged', 'hearsay', 'speculation']

/**
 * Sentences with a hedge of the writer's on their claim: `hedged` for the writer's own doubt
 * ("offenbar", "dürfte"), `hearsay` for a claim passed on ("soll", "angeblich"), `speculation`
 * for a conjecture ("könnte", "vielleicht").
 */
function hedgeKinds(article: Article): Map<number, HedgeGap> {
  const kinds = new Map<number, HedgeGap>()
  for (const hedge of article.annotations.hedges ?? []) {
    if (hedge.quoted || hedge.presumption || isAttributiveHedge(article, hedge)) continue
    const lang = article.blocks[article.sentences[hedge.sentence].block].lang
    const gap: HedgeGap = lexicon<GapLexicon>(lang, 'gaps').speculationCues.includes(hedge.lemma)
      ? 'speculation'
      : hedge.kind === 'reportative'
        ? 'hearsay'
        : 'hedged'
    const before = kinds.get(hedge.sentence)
    if (!before || HEDGE_GAP_ORDER.indexOf(gap) < HEDGE_GAP_ORDER.indexOf(before)) kinds.set(hedge.sentence, gap)
  }
  return kinds
}

/** Konjunktiv I, or a sentence all in quote marks: someone speaks, but nobody is named in reach. */
function isReportedSpeech(words: Token[], lang: Lang): boolean {
  return (lang === 'de' && hasKonjunktivI(words)) || (words.length > 0 && words.every((token) => token.quoted))
}

/** Digits that are not a year alone ("2015"), or a word of quantity. */
function hasFigure(words: Token[], lexicon: GapLexicon): boolean {
  // A set of the figure words, not the list searched for each word; digits by a char test first.
  const figureWords = setOf(lexicon.figureWords)
  return words.some(
    (token) => !token.quoted && ((hasDigit(token.value) && !/^(1[89]|20)\d\d$/.test(token.value)) || figureWords.has(token.lower))
  )
}

function anyWordIn(words: Token[], set: ReadonlySet<string>): boolean {
  return words.some((token) => set.has(token.lower))
}

/** "Der Minister ist zurückgetreten. Das teilte das Ministerium mit.": a source named only in the next sentence of the paragraph. */
function sourceFollows(article: Article, index: number, mentioned: Set<number>): boolean {
  const next = article.sentences[index + 1]
  return next !== undefined && next.block === article.sentences[index].block && mentioned.has(index + 1)
}

/**
 * The lead: a lead block, else the first paragraph; in plain-text copy, where the whole article
 * is one paragraph, its first few claims.
 */
function leadSentences(article: Article, sourcing: SentenceSourcing[]): Set<number> {
  const block =
    article.blocks.find((candidate) => candidate.kind === 'lead') ?? article.blocks.find((candidate) => candidate.kind === 'paragraph')
  if (!block) return new Set()
  const claims = sourcing
    .filter((item) => item.claim && article.sentences[item.sentence].block === block.index)
    .map((item) => item.sentence)
  const onlyParagraph = article.blocks.filter((candidate) => candidate.kind === 'paragraph').length === 1
  const count = onlyParagraph ? lexicon<GapLexicon>(block.lang, 'gaps').leadSentences : claims.length
  return new Set(claims.slice(0, count))
}
