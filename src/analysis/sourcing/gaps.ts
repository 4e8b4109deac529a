import { lexicon } from '../../engine/lexicon.js'
import type { Article, Lang, SentenceSourcing, Token } from '../../engine/model.js'
import type { Stage } from '../../engine/stage.js'
import { isAttributiveHedge } from '../hedges/attributive.js'
import { hasKonjunktivI } from '../german-verbs.js'
import { hasDigit } from '../digits.js'
import { isQuoted } from './quotes.js'

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

/** A language's gap words as sets, made once per lexicon. */
interface GapWords {
  speculationCues: ReadonlySet<string>
  figureWords: ReadonlySet<string>
  allegationWords: ReadonlySet<string>
}

const gapWordSets = new WeakMap<GapLexicon, GapWords>()

function gapWords(lang: Lang): GapWords {
  const words = lexicon<GapLexicon>(lang, 'gaps')
  let sets = gapWordSets.get(words)
  if (!sets) {
    sets = {
      speculationCues: new Set(words.speculationCues),
      figureWords: new Set(words.figureWords),
      allegationWords: new Set(words.allegationWords)
    }
    gapWordSets.set(words, sets)
  }
  return sets
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
  // Flags by sentence: the unsourced claims (only their hedges are weighed) and those that name a source.
  const unsourced = new Uint8Array(article.sentences.length)
  for (const item of sourcing) if (item.claim && item.source === 'none') unsourced[item.sentence] = 1
  const hedges = hedgeKinds(article, unsourced)
  const mentioned = new Uint8Array(article.sentences.length)
  for (const mention of article.annotations.sources ?? []) mentioned[mention.sentence] = 1
  const lead = leadSentences(article, sourcing)
  const leadSourced = [...lead].some(
    (index) => mentioned[index] === 1 || sourcing.some((item) => item.sentence === index && SOURCED.has(item.source))
  )
  for (const item of sourcing) {
    if (!item.claim || item.source !== 'none') continue
    const sentence = article.sentences[item.sentence]
    const lang = article.blocks[sentence.block].lang
    // The sentence's words are read in place: `hasKonjunktivI` and the loops below skip all but words.
    const tokens = sentence.tokens
    const words = gapWords(lang)
    const figure = hasFigure(tokens, words)
    item.gap = hedges.has(item.sentence)
      ? hedges.get(item.sentence)!
      : isReportedSpeech(tokens, lang)
        ? 'reportedSpeech'
        : lead.has(item.sentence) && !leadSourced && (figure || hasAllegation(tokens, words))
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
 * The unsourced claims with a hedge of the writer's on them: `hedged` for the writer's own doubt
 * ("offenbar", "dürfte"), `hearsay` for a claim passed on ("soll", "angeblich"), `speculation`
 * for a conjecture ("könnte", "vielleicht").
 */
function hedgeKinds(article: Article, unsourced: Uint8Array): Map<number, HedgeGap> {
  const kinds = new Map<number, HedgeGap>()
  for (const hedge of article.annotations.hedges ?? []) {
    if (unsourced[hedge.sentence] !== 1 || hedge.quoted || hedge.presumption || isAttributiveHedge(article, hedge)) continue
    const lang = article.blocks[article.sentences[hedge.sentence].block].lang
    const gap: HedgeGap = gapWords(lang).speculationCues.has(hedge.lemma)
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
function isReportedSpeech(tokens: Token[], lang: Lang): boolean {
  return (lang === 'de' && hasKonjunktivI(tokens)) || isQuoted(tokens)
}

// Made once: a regular expression literal is a new object each time it is evaluated.
const YEAR = /^(1[89]|20)\d\d$/

/** Digits in a word that are not a year alone ("2015"), or a word of quantity. */
function hasFigure(tokens: Token[], words: GapWords): boolean {
  return tokens.some(
    (token) =>
      token.kind === 'word' && !token.quoted && ((hasDigit(token.value) && !YEAR.test(token.value)) || words.figureWords.has(token.lower))
  )
}

function hasAllegation(tokens: Token[], words: GapWords): boolean {
  return tokens.some((token) => token.kind === 'word' && words.allegationWords.has(token.lower))
}

/** "Der Minister ist zurückgetreten. Das teilte das Ministerium mit.": a source named only in the next sentence of the paragraph. */
function sourceFollows(article: Article, index: number, mentioned: Uint8Array): boolean {
  const next = article.sentences[index + 1]
  return next !== undefined && next.block === article.sentences[index].block && mentioned[index + 1] === 1
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
