import { firstIndex } from '../engine/arrays.js'
import { lexicon } from '../engine/lexicon.js'
import {
  PROSE_KINDS,
  type Article,
  type Block,
  type CreditLine,
  type HedgeCue,
  type Lang,
  type Sentence,
  type SentenceSourcing,
  type SourceMention,
  type Token
} from '../engine/model.js'
import { type AnalyzeOptions, type Stage, inBlock } from '../engine/stage.js'
import { finiteForms, hasKonjunktivI, reportedSpeechContinuations, reportedSpeechMoods } from './german-verbs.js'
import { newsroomSourceLexicon, type SourceLexicon } from './source-lexicon.js'
import { contentTokens, isAttributionLine, mentionsBySentence } from './sources/index.js'

// Decides for each sentence of the article's prose whether it is a claim that needs a source,
// and how it is sourced: named or vague (a source in the sentence), quote (a direct quote whose
// speaker is named next to it), inherited (reported speech in Konjunktiv I that continues the
// source of an earlier sentence, across sentences and paragraphs, until the indicative returns
// or someone else is named), or none. Reads `annotations.sources` (and `hedges` where present:
// a hedged sentence is always a claim).

interface SourcingLexicon {
  firstPerson: string[]
  analysisMarkers: string[]
  ownReporting: string[][]
  advice: {
    subjects: string[]
    modals: string[]
    passive: { modals: string[]; auxiliary: string }
    phrases: string[][]
    openings: string[]
  }
  /** Words that open a sentence by pointing back at what the sentence before reported ("Er …", "Dabei …"). */
  accountContinuations?: string[]
  /** Words after which a Konjunktiv compares ("als werde"): no reported speech. */
  comparisons?: string[]
  /** German only: demands whose reported speech continues with "sollen". */
  demands?: { verbs: string[]; nouns: string[]; modals: string[] }
}

/** How many sentences of headline and subtitle may stand before a glued dateline. */
const HEADLINE_SENTENCES = 3
/** Words and marks a place name may have before its dash ("Frankfurt / Brüssel", "St. Pölten"). */
const PLACE_WORDS = 6
const PLACE_LINKS = new Set(['de', 'am', 'an', 'bei', 'im'])
/** Sentences in one paragraph from which on it is a whole article pasted as plain text. */
const PLAIN_TEXT_ARTICLE = 8
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
  for (const hedge of hedges) {
    const inSentence = bySentence.get(hedge.sentence)
    if (inSentence) inSentence.push(hedge)
    else bySentence.set(hedge.sentence, [hedge])
  }
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
      !NOT_CLAIM_KINDS.has(block.kind) && !display.has(index) && (hedged.has(index) || isClaim(sentence, tokens, words, article))
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

/**
 * Display text in plain-text copy, where a whole article stands in one paragraph: it opens with
 * its headline, and what stands before the dateline ("Wien –") is headline and subtitle.
 */
function displaySentences(article: Article): Set<number> {
  const display = new Set<number>()
  const prose = article.blocks.filter((block) => PROSE_KINDS.has(block.kind))
  const first = prose[0]
  if (prose.length !== 1 || first.kind !== 'paragraph') return display
  const dateline = (article.annotations.datelines ?? []).find((candidate) => candidate.block === first.index)
  // A bare place dateline ("Wien –", "Frankfurt/Brüssel –") glued after the headline and subtitle.
  const placed = first.sentences.slice(1, HEADLINE_SENTENCES + 1).findIndex((index) => opensWithPlace(article.sentences[index]))
  if (!dateline && placed >= 0) {
    for (const index of first.sentences.slice(0, placed + 1)) display.add(index)
    return display
  }
  if (!dateline && first.sentences.length < PLAIN_TEXT_ARTICLE) return display
  display.add(first.sentences[0])
  if (dateline) for (const index of first.sentences) if (article.sentences[index].end <= dateline.start) display.add(index)
  return display
}

/** Sentences pasted into a paragraph of the article (a teaser, a call to follow): no claims of the article's, whatever they say. */
function pastedInsideProse(article: Article): number[] {
  const pasted: number[] = []
  for (const entry of article.annotations.pasted ?? []) {
    if (!entry.span) continue
    const inBlock = article.blocks[entry.block].sentences
    const span = entry.span
    // Spans hold few sentences: find the first by binary search, so many posts in one long paragraph stay linear.
    for (let k = firstIndex(inBlock, (index) => article.sentences[index].start >= span.start); k < inBlock.length; k++) {
      if (article.sentences[inBlock[k]].end > span.end) break
      pasted.push(inBlock[k])
    }
  }
  return pasted
}

const PLACE_DASHES = new Set(['–', '—', '-'])

/** "Wien – …", "Santiago de Chile – …", "Frankfurt/Brüssel/Luxemburg – …": a sentence that opens with a dateline. */
function opensWithPlace(sentence: Sentence): boolean {
  const tokens = contentTokens(sentence)
  for (const [k, token] of tokens.slice(0, PLACE_WORDS + 1).entries()) {
    if (PLACE_DASHES.has(token.value)) return k > 0
    const capitalized = token.value.charAt(0) !== token.value.charAt(0).toLowerCase()
    if (token.kind === 'word' ? !capitalized && !PLACE_LINKS.has(token.value) : token.value !== '/' && token.value !== '.') return false
  }
  return false
}

/**
 * Not claims: questions, fragments, crossheads (no closing punctuation), credit lines, public
 * record such as a final score or a match's play-by-play, marked analysis, the writer's own enquiry, advice in the
 * writer's voice.
 */
function isClaim(sentence: Sentence, tokens: Token[], words: SourcingLexicon, article: Article): boolean {
  const unquoted = tokens.filter((token) => !token.quoted)
  const last = unquoted[unquoted.length - 1] ?? tokens[tokens.length - 1]
  if (!last || last.value.includes('?')) return false
  // No closing punctuation: a crosshead or a fragment, not a statement; a closing colon leads in
  // to what follows ("Das Wichtigste in Kürze:").
  if (last.kind === 'word' || last.value === ':') return false
  const wordCount = tokens.filter((token) => token.kind === 'word').length
  if (wordCount < 3) return false
  const colon = tokens.findIndex((token) => token.value === ':')
  if (colon > 0 && colon <= 3 && tokens.slice(0, colon).some((token) => setOf(words.analysisMarkers).has(token.lower))) return false
  if (inCredit(article, sentence) || hasScore(tokens) || hasMatchMinute(tokens)) return false
  if (words.ownReporting.some((phrase) => containsPhrase(unquoted, phrase))) return false
  return !isAdvice(unquoted, words)
}

/**
 * "Hierbei sollte man …", "Sonderzeichen sollten klug gewählt werden", "Zuletzt lohnt es sich …",
 * "Einfach einen Ausschnitt wählen": a recommendation in the writer's voice.
 */
function isAdvice(unquoted: Token[], words: SourcingLexicon): boolean {
  const { subjects, modals, passive, phrases, openings } = words.advice
  const onlyWords = unquoted.filter((token) => token.kind === 'word')
  if (setOf(openings).has(onlyWords[0]?.lower ?? '') || phrases.some((phrase) => containsPhrase(onlyWords, phrase))) return true
  const holds = (list: string[]) => {
    const set = setOf(list)
    return unquoted.some((token) => set.has(token.lower))
  }
  if (holds(subjects) && holds(modals)) return true
  return holds(passive.modals) && unquoted.some((token) => token.lower === passive.auxiliary)
}

// The sourcing lexicon's word lists as sets, made once per list: each is asked for every word of every sentence.
const sets = new WeakMap<string[], Set<string>>()

function setOf(list: string[]): Set<string> {
  let set = sets.get(list)
  if (!set) sets.set(list, (set = new Set(list)))
  return set
}

function inCredit(article: Article, sentence: Sentence): boolean {
  return (creditsByBlock(article).get(sentence.block) ?? []).some((credit) => credit.start < sentence.end && sentence.start < credit.end)
}

// The credit lines of each block, once per article: a file of many articles has many credit lines, and every sentence asks.
const creditBlocks = new WeakMap<Article, Map<number, CreditLine[]>>()

function creditsByBlock(article: Article): Map<number, CreditLine[]> {
  let byBlock = creditBlocks.get(article)
  if (!byBlock) {
    byBlock = new Map()
    for (const credit of article.annotations.credits ?? (article.annotations.credit ? [article.annotations.credit] : []))
      byBlock.set(credit.block, [...(byBlock.get(credit.block) ?? []), credit])
    creditBlocks.set(article, byBlock)
  }
  return byBlock
}

function containsPhrase(tokens: Token[], phrase: string[]): boolean {
  for (let i = 0; i + phrase.length <= tokens.length; i++) {
    let k = 0
    while (k < phrase.length && tokens[i + k].lower === phrase[k]) k++
    if (k === phrase.length) return true
  }
  return false
}

/** "5:0", "2:1-Sieg": a result is public record (the tokenizer keeps a score as one word). */
function hasScore(tokens: Token[]): boolean {
  return tokens.some((token) => token.kind === 'word' && /^\d{1,3}:\d{1,3}(-|$)/.test(token.value))
}

/** "Welbeck (60.) traf zum Tor des Tages": the minute of a goal or card marks a match's play-by-play, public record like its score. */
function hasMatchMinute(tokens: Token[]): boolean {
  return tokens.some(
    (token, k) =>
      token.kind === 'word' &&
      /^\d{1,3}\.$/.test(token.value) &&
      tokens[k - 1]?.value === '(' &&
      [')', ',', '/'].includes(tokens[k + 1]?.value)
  )
}

/** A finite verb in Konjunktiv I (or a word that continues reported speech) outside quote marks. */
function continuesReportedSpeech(tokens: Token[], lang: Lang): boolean {
  if (lang !== 'de') return false
  const moods = reportedSpeechMoods()
  const continuations = reportedSpeechContinuations()
  return tokens.some(
    (token) =>
      token.kind === 'word' && !token.quoted && token.value === token.lower && (moods.has(token.lower) || continuations.has(token.lower))
  )
}

const demandVerbForms = new WeakMap<SourcingLexicon, Set<string>>()

/** A demand in the sentence, by verb ("fordert", "schlägt … vor") or noun ("nannte Forderungen"). */
function makesDemand(tokens: Token[], words: SourcingLexicon): boolean {
  const demands = words.demands
  if (!demands) return false
  let forms = demandVerbForms.get(words)
  if (!forms) {
    forms = new Set(demands.verbs.flatMap((verb) => finiteForms(verb).map((form) => form.form)))
    demandVerbForms.set(words, forms)
  }
  const verbs = forms
  const nouns = setOf(demands.nouns)
  return tokens.some((token) => token.kind === 'word' && !token.quoted && (verbs.has(token.lower) || nouns.has(token.lower)))
}

function continuesDemand(tokens: Token[], words: SourcingLexicon): boolean {
  if (!words.demands) return false
  const modals = setOf(words.demands.modals)
  return tokens.some((token) => token.kind === 'word' && !token.quoted && modals.has(token.lower))
}

/**
 * "Xi Jinping will seinen Besuch offenbar für die Ankündigung nutzen", "LG entschied sich für den
 * anscheinend weniger hitzköpfigen Chip": an actor's own act, intention or stance sources the sentence
 * (the labels' convention 1) unless the writer infers it; the writer's own doubt ("offenbar")
 * marks the inference. A verb of saying beside the act keeps the source.
 */
function infersActorsAct(tokens: Token[], own: SourceMention[], hedges: HedgeCue[], sources: SourceLexicon): boolean {
  if (own.length === 0) return false
  const { actForms, stanceForms, verbForms } = sources
  // An adverb ("offenbar") anywhere, or a verb ("dürfte") outside the actor's words: "Eine solche Vita mag der Grund sein" is no inference.
  const inferred = (hedge: HedgeCue) =>
    hedge.cue.toLowerCase() === hedge.lemma || own.every((mention) => hedge.start >= mention.end || hedge.end <= mention.start)
  if (!hedges.some((hedge) => hedge.kind === 'epistemic' && !hedge.quoted && !hedge.presumption && inferred(hedge))) return false
  return own.every((mention) => {
    const words = tokens.filter((token) => token.kind === 'word' && token.start >= mention.start && token.end <= mention.end)
    const isAct = (token: Token) => actForms.has(token.lower) || stanceForms.has(token.lower)
    // A form that needs its particle ("geht … aus") says nothing without it.
    const says = (token: Token) =>
      [...(verbForms.get(token.lower) ?? [])].some((particle) => particle === '' || words.some((word) => word.lower === particle))
    return mention.kind === 'named' && words.some(isAct) && words.every((token) => isAct(token) || !says(token))
  })
}

/** "Es schien, als werde sich nichts ändern": the verb right after "als" compares; it reports no speech. */
function withoutComparisons(tokens: Token[], words: SourcingLexicon): Token[] {
  if (!words.comparisons) return tokens
  const comparisons = setOf(words.comparisons)
  return tokens.filter((_, k) => k === 0 || !comparisons.has(tokens[k - 1].lower))
}

function continuesAccount(tokens: Token[], words: SourcingLexicon): boolean {
  const first = tokens.find((token) => token.kind === 'word')
  return (
    first !== undefined && !first.quoted && words.accountContinuations !== undefined && setOf(words.accountContinuations).has(first.lower)
  )
}

function isQuoted(tokens: Token[]): boolean {
  const words = tokens.filter((token) => token.kind === 'word')
  return words.length > 0 && words.every((token) => token.quoted)
}

function speaksInFirstPerson(tokens: Token[], words: SourcingLexicon): boolean {
  const firstPerson = setOf(words.firstPerson)
  return tokens.some((token) => token.kind === 'word' && !token.quoted && firstPerson.has(token.lower))
}

/**
 * For each sentence of a block, the sentence naming the speaker of the quote it belongs to: a sentence all in
 * quote marks (or in the first person, where copy lost its quote marks) takes its speaker from
 * the sentence where the quote closes ("…“, sagte X") or from the one that opened it ("X
 * sagte: „…").
 */
function quoteSpeakersOf(
  article: Article,
  blockSentences: number[],
  mentions: Map<number, SourceMention[]>,
  words: SourcingLexicon
): Array<number | undefined> {
  // A markdown block quote is a quotation as a whole, quote marks or not.
  const quoteBlock = blockSentences.length > 0 && article.blocks[article.sentences[blockSentences[0]].block].kind === 'quote'
  const continues = blockSentences.map((index) => quoteBlock || continuesQuote(article.sentences[index], words))
  // One pass each way instead of a scan from every sentence: a block quote of many sentences stays linear.
  // after[k]: the first speaker named from sentence k on, while the quote goes on.
  const after = new Array<number | undefined>(blockSentences.length + 1)
  for (let k = blockSentences.length - 1; k >= 0; k--) {
    const next = blockSentences[k]
    if (mentions.has(next) && (opensWithQuote(article.sentences[next], words) || isAttributionLine(article.sentences[next])))
      after[k] = next
    else after[k] = continues[k] ? after[k + 1] : undefined
  }
  // before[k]: the nearest speaker named up to sentence k, while the quote goes back.
  const before = new Array<number | undefined>(blockSentences.length)
  for (let k = 0; k < blockSentences.length; k++) {
    const previous = blockSentences[k]
    before[k] = mentions.has(previous) ? previous : continues[k] && k > 0 ? before[k - 1] : undefined
  }
  return blockSentences.map((_, k) => (continues[k] ? (after[k + 1] ?? (k > 0 ? before[k - 1] : undefined)) : undefined))
}

/** Per sentence of a block: the sentence that opened the answer it belongs to, and the paper's own turns (by position). */
interface Turns {
  speakers: Array<number | undefined>
  asks: Set<number>
}

/**
 * Interview answers: a sentence that opens with its speaker and a colon ("**Stöger:** Wir werden
 * verhandeln. Die Lage ist ernst.") opens an answer that is that speaker's up to the next turn
 * ("STANDARD: Warum?"), the paper's questions being the writer's text. A paragraph that opens
 * with an answer is that answer; inside a paragraph (plain-text copy, where a whole interview is
 * one paragraph), an answer opens only where the paper's tag opens two turns or more, so that a
 * headline in that form ("Zeitung: Sechs Millionen Bürger betroffen") or a label ("Ziel: …")
 * opens none.
 */
function interviewTurns(article: Article, blockSentences: number[], mentions: Map<number, SourceMention[]>, display: Set<number>): Turns {
  const tags = blockSentences.map((index) => (display.has(index) ? undefined : turnTag(article.sentences[index], mentions.get(index))))
  const askTags = new Map<string, number>()
  for (const tag of tags) if (tag && tag !== ANSWER) askTags.set(tag, (askTags.get(tag) ?? 0) + 1)
  const interview = [...askTags.values()].some((count) => count >= 2)
  const speakers: Array<number | undefined> = []
  const asks = new Set<number>()
  let answer: number | undefined
  tags.forEach((tag, position) => {
    if (tag === ANSWER && (position === 0 || interview)) answer = blockSentences[position]
    else if (tag !== undefined && tag !== ANSWER && (interview || answer !== undefined)) {
      answer = undefined
      asks.add(position)
    }
    speakers.push(answer)
  })
  return { speakers, asks }
}

const ANSWER = ''
/** Words a turn's tag may have before its colon ("STANDARD:", "Verteidiger Mario Sonnleitner:"). */
const TAG_WORDS = 3

/**
 * How a sentence opens a turn: `ANSWER` where a source stands before the colon, else the
 * tag as written ("STANDARD") where capitalised words do; `undefined` for no turn.
 */
function turnTag(sentence: Sentence, mentions: SourceMention[] | undefined): string | undefined {
  const tokens = contentTokens(sentence)
  const opening = mentions?.[0]
  if (opening && tokens[0]?.start === opening.start) {
    return tokens.find((token) => token.start >= opening.end)?.value === ':' ? ANSWER : undefined
  }
  const colon = tokens.findIndex((token) => token.kind !== 'word')
  if (colon < 1 || colon > TAG_WORDS || tokens[colon].value !== ':') return undefined
  const tag = tokens.slice(0, colon)
  return tag.every((token) => /^\p{Lu}/u.test(token.value)) ? tag.map((token) => token.value).join(' ') : undefined
}

function continuesQuote(sentence: Sentence, words: SourcingLexicon): boolean {
  const tokens = contentTokens(sentence)
  return isQuoted(tokens) || speaksInFirstPerson(tokens, words)
}

/** The sentence begins inside the quote (the quote closes in it) or speaks in the first person. */
function opensWithQuote(sentence: Sentence, words: SourcingLexicon): boolean {
  const tokens = contentTokens(sentence)
  const firstWord = tokens.find((token) => token.kind === 'word')
  return firstWord?.quoted === true || speaksInFirstPerson(tokens, words)
}
