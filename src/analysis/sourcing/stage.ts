import { addTo } from '../../engine/arrays.js'
import { lexicon } from '../../engine/lexicon.js'
import { PROSE_KINDS, type Article, type Block, type HedgeCue, type SentenceSourcing, type SourceMention } from '../../engine/model.js'
import { type AnalyzeOptions, type Stage, inBlock } from '../../engine/stage.js'
import { hasKonjunktivI } from '../german-verbs.js'
import { newsroomSourceLexicon, type SourceLexicon } from '../sources/lexicon.js'
import { contentTokens, mentionsBySentence } from '../sources/index.js'
import { creditsByBlock, displaySentences, isClaim, opensMarkedAnalysis, pastedInsideProse } from './claims.js'
import type { SourcingLexicon } from './lexicon.js'
import { interviewTurns, quoteSpeakersOf, type Turns } from './quotes.js'
import {
  continuesAccount,
  continuesDemand,
  continuesReportedSpeech,
  infersActorsAct,
  makesDemand,
  speaksInFirstPerson,
  withoutComparisons
} from './speech.js'

// Decides for each sentence of the article's prose whether it is a claim that needs a source,
// and how it is sourced: named or vague (a source in the sentence), quote (a direct quote whose
// speaker is named next to it), inherited (reported speech in Konjunktiv I that continues the
// source of an earlier sentence, across sentences and paragraphs, until the indicative returns
// or someone else is named), or none. Reads `annotations.sources` (and `hedges` where present:
// a hedged sentence is always a claim).

const NOT_CLAIM_KINDS = new Set(['title', 'heading'])

export const sourcingStage: Stage = {
  id: 'sourcing',
  reads: ['blockKinds', 'pasted', 'sources', 'hedges', 'credit', 'credits', 'datelines'],
  writes: ['sourcing'],
  run: decideSourcing
}

/** What a sentence's sourcing reads of the article beyond its block's own text. */
interface Facts {
  mentions: Map<number, SourceMention[]>
  hedges: Map<number, HedgeCue[]>
  hedged: Set<number>
  reportative: Set<number>
  conjectures: Set<number>
  doubted: Set<number>
  display: Set<number>
}

/**
 * What the sourcing of one block carries to the next: the sentence whose source reported speech
 * would continue (cleared when the indicative returns), whether that source made a demand (which
 * reported speech continues with "sollen"), and the last sentence that named a source (Konjunktiv
 * I marks reported speech even after an indicative aside).
 */
interface Carried {
  speaker: number | undefined
  demanding: boolean
  lastNamed: number | undefined
}

// A block's sourcing is decided with what it was carried as stand-ins: the answer then holds
// wherever the block moves and whichever sentences the carried sources are, and is kept for the
// next analysis (`BlockMemo`) as long as the block, what the article says about its sentences and
// whether a speaker and a named source are carried in stay the same. Sentences of the block are
// counted from its first.
const SPEAKER_IN = -1
const LAST_NAMED_IN = -2

/** A block's sourcing, its sentences and the sentences they point to counted from the block's first or standing in for those carried in. */
interface Decided {
  sourcing: SentenceSourcing[]
  carried: Carried
}

function decideSourcing(article: Article, options: AnalyzeOptions): void {
  const facts = readFacts(article)
  const result: SentenceSourcing[] = []
  let carried: Carried = { speaker: undefined, demanding: false, lastNamed: undefined }
  for (const block of article.blocks) {
    if (!PROSE_KINDS.has(block.kind)) continue
    const into = carried
    const context = () => blockContext(article, block, facts, into)
    const decided = inBlock(
      options,
      'sourcing',
      article,
      block,
      context,
      () => decideBlock(article, block, facts, standIns(into), newsroomSourceLexicon(block.lang, options.vocabulary)),
      kept
    )
    const first = block.sentences[0]
    const place = (sentence: number | undefined) =>
      sentence === SPEAKER_IN
        ? into.speaker
        : sentence === LAST_NAMED_IN
          ? into.lastNamed
          : sentence === undefined
            ? undefined
            : first + sentence
    for (const entry of decided.sourcing)
      result.push({ ...entry, sentence: first + entry.sentence, ...(entry.from === undefined ? {} : { from: place(entry.from) }) })
    carried = { speaker: place(decided.carried.speaker), demanding: decided.carried.demanding, lastNamed: place(decided.carried.lastNamed) }
  }
  article.annotations.sourcing = result
}

function readFacts(article: Article): Facts {
  const hedges = article.annotations.hedges ?? []
  // A Konjunktiv II the hedge stage reads as the writer's conjecture ("Das dürfte teuer werden") continues nobody's speech.
  const ownDoubts = hedges.filter((hedge) => hedge.kind === 'epistemic' && !hedge.quoted)
  const display = displaySentences(article)
  for (const index of pastedInsideProse(article)) display.add(index)
  const bySentence = new Map<number, HedgeCue[]>()
  for (const hedge of hedges) addTo(bySentence, hedge.sentence, hedge)
  return {
    mentions: mentionsBySentence(article.annotations.sources ?? []),
    hedges: bySentence,
    hedged: new Set(hedges.map((hedge) => hedge.sentence)),
    // Reportative "soll" right after a source passes on the same report ("Laut NYT … . Kim soll im Gegenzug …").
    reportative: new Set(
      hedges.filter((hedge) => hedge.kind === 'reportative' && !hedge.quoted && hedge.lemma === 'sollen').map((hedge) => hedge.sentence)
    ),
    conjectures: new Set(ownDoubts.map((hedge) => hedge.start)),
    doubted: new Set(ownDoubts.map((hedge) => hedge.sentence)),
    display
  }
}

/** Everything `decideBlock` reads beyond the block itself, counted from the block's start and first sentence. */
function blockContext(article: Article, block: Block, facts: Facts, into: Carried): string {
  const first = block.sentences[0]
  const shifted = <T extends { start: number; end: number }>(found: T) => ({
    ...found,
    start: found.start - block.start,
    end: found.end - block.start
  })
  return JSON.stringify([
    into.speaker !== undefined,
    into.lastNamed !== undefined,
    into.demanding,
    block.sentences.map((index) => [
      index - first,
      facts.display.has(index),
      (facts.mentions.get(index) ?? []).map((mention) => ({ ...shifted(mention), sentence: 0 })),
      (facts.hedges.get(index) ?? []).map((hedge) => ({ ...shifted(hedge), sentence: 0 }))
    ]),
    (creditsByBlock(article).get(block.index) ?? []).map((credit) => [credit.start - block.start, credit.end - block.start])
  ])
}

function standIns(into: Carried): Carried {
  return {
    speaker: into.speaker === undefined ? undefined : SPEAKER_IN,
    demanding: into.demanding,
    lastNamed: into.lastNamed === undefined ? undefined : LAST_NAMED_IN
  }
}

/** A block's answer holds no offsets: it stands wherever its block moved. */
function kept<T>(found: T): T {
  return found
}

/** The sourcing of a block's sentences, with what is carried in as stand-ins (see `Decided`). */
function decideBlock(article: Article, block: Block, facts: Facts, into: Carried, sources: SourceLexicon): Decided {
  const { mentions, hedged, reportative, conjectures, doubted, display } = facts
  const result: SentenceSourcing[] = []
  let { speaker, demanding, lastNamed } = into
  const words = lexicon<SourcingLexicon>(block.lang, 'sourcing')
  // Per block, worked out when first needed: who speaks each quoted sentence, and the interview turns.
  let quoteSpeakers: Array<number | undefined> | undefined
  let turns: Turns | undefined
  // The speaker of the sentence before when it was a quote: the next sentence still speaks for them ("…“, sagte X.
  // Wir haben … . Es gibt noch Luft nach oben.").
  let quoted: number | undefined
  for (const [position, index] of block.sentences.entries()) {
    const afterQuote = quoted
    quoted = undefined
    const sentence = article.sentences[index]
    const tokens = contentTokens(sentence)
    const speech = withoutComparisons(tokens, words)
    const own = mentions.get(index) ?? []
    const claim =
      !NOT_CLAIM_KINDS.has(block.kind) &&
      !display.has(index) &&
      !opensMarkedAnalysis(tokens, words) &&
      (hedged.has(index) || isClaim(sentence, tokens, words, article))
    if (claim && infersActorsAct(tokens, own, facts.hedges.get(index) ?? [], sources)) {
      speaker = undefined
      result.push({ sentence: index, claim, source: 'none' })
      continue
    }
    if (own.length > 0) {
      speaker = index
      demanding = makesDemand(tokens, words)
      lastNamed = index
      result.push({
        sentence: index,
        claim,
        source: claim ? (own.some((mention) => mention.kind === 'named') ? 'named' : 'vague') : 'n/a'
      })
      continue
    }
    quoteSpeakers ??= quoteSpeakersOf(article, block.sentences, mentions, words)
    turns ??= interviewTurns(article, block.sentences, mentions, display)
    // The paper's own turn ("STANDARD: …") is the writer's text: no answer carries over into it.
    if (turns.asks.has(position)) speaker = undefined
    const quoteSpeaker = quoteSpeakers[position] ?? turns.speakers[position]
    if (quoteSpeaker !== undefined) {
      speaker = quoteSpeaker
      quoted = quoteSpeaker
      demanding = false
      result.push({ sentence: index, claim, source: claim ? 'quote' : 'n/a', from: quoteSpeaker })
      continue
    }
    if (NOT_CLAIM_KINDS.has(block.kind) || display.has(index)) {
      result.push({ sentence: index, claim: false, source: 'n/a' })
      continue
    }
    if (
      speaker !== undefined &&
      (reportative.has(index) ||
        continuesReportedSpeech(
          speech.filter((token) => !conjectures.has(token.start)),
          block.lang
        ) ||
        (demanding && continuesDemand(tokens, words)))
    ) {
      result.push({ sentence: index, claim, source: claim ? 'inherited' : 'n/a', from: speaker })
      continue
    }
    // An indicative sentence that points back ("Die Polizei teilte mit … . Er wurde festgenommen.") or follows a quote
    // goes on with the account, unless the writer's own doubt ("Er dürfte …") marks it as the writer's.
    if (speaker !== undefined && !doubted.has(index) && (afterQuote !== undefined || continuesAccount(tokens, words))) {
      result.push({ sentence: index, claim, source: claim ? 'inherited' : 'n/a', from: speaker })
      continue
    }
    // Konjunktiv I, or the first person of speech whose quote marks were lost, takes up the last named source.
    if (lastNamed !== undefined && ((block.lang === 'de' && hasKonjunktivI(speech)) || speaksInFirstPerson(tokens, words))) {
      speaker = lastNamed
      demanding = false
      result.push({ sentence: index, claim, source: claim ? 'inherited' : 'n/a', from: lastNamed })
      continue
    }
    // The indicative is back (or the sentence is not a claim): the writer speaks again.
    if (claim) speaker = undefined
    result.push({ sentence: index, claim, source: claim ? 'none' : 'n/a' })
  }
  const local = (sentence: number | undefined) => (sentence === undefined || sentence < 0 ? sentence : sentence - block.sentences[0])
  return {
    sourcing: result.map((entry) => ({
      ...entry,
      sentence: entry.sentence - block.sentences[0],
      ...(entry.from === undefined ? {} : { from: local(entry.from) })
    })),
    carried: { speaker: local(speaker), demanding, lastNamed: local(lastNamed) }
  }
}
