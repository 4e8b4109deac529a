import type { Article, Sentence, SourceMention, Token } from '../../engine/model.js'
import { isAttributionLine } from '../sources/index.js'
import type { SourcingLexicon } from './lexicon.js'
import { speaksInFirstPerson } from './speech.js'

// Who speaks a sentence that has no source of its own but stands inside a quotation or an
// interview answer.

// These read the sentence's tokens as they are (whitespace included, skipped where it matters)
// rather than a copy of them without whitespace: each runs for every sentence of a block.

/** The sentence has words, all inside quote marks. */
export function isQuoted(tokens: Token[]): boolean {
  let words = false
  for (const token of tokens) {
    if (token.kind !== 'word') continue
    if (!token.quoted) return false
    words = true
  }
  return words
}

/**
 * For each sentence of a block, the sentence naming the speaker of the quote it belongs to: a sentence all in
 * quote marks (or in the first person, where copy lost its quote marks) takes its speaker from
 * the sentence where the quote closes ("…“, sagte X") or from the one that opened it ("X
 * sagte: „…").
 */
export function quoteSpeakersOf(
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
export interface Turns {
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
export function interviewTurns(
  article: Article,
  blockSentences: number[],
  mentions: Map<number, SourceMention[]>,
  display: Set<number>
): Turns {
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
  const tokens = sentence.tokens
  const opening = mentions?.[0]
  if (opening && firstContent(tokens, 0)?.start === opening.start) {
    return firstContent(tokens, opening.end)?.value === ':' ? ANSWER : undefined
  }
  // The words before the first token that is no word, which must be a colon.
  const tag: Token[] = []
  for (const token of tokens) {
    if (token.kind === 'whitespace') continue
    if (token.kind !== 'word') {
      if (tag.length < 1 || token.value !== ':') return undefined
      return tag.every((word) => /^\p{Lu}/u.test(word.value)) ? tag.map((word) => word.value).join(' ') : undefined
    }
    if (tag.length === TAG_WORDS) return undefined
    tag.push(token)
  }
  return undefined
}

/** The first token that is not whitespace and starts at `from` or later. */
function firstContent(tokens: Token[], from: number): Token | undefined {
  return tokens.find((token) => token.kind !== 'whitespace' && token.start >= from)
}

function continuesQuote(sentence: Sentence, words: SourcingLexicon): boolean {
  return isQuoted(sentence.tokens) || speaksInFirstPerson(sentence.tokens, words)
}

/** The sentence begins inside the quote (the quote closes in it) or speaks in the first person. */
function opensWithQuote(sentence: Sentence, words: SourcingLexicon): boolean {
  const firstWord = sentence.tokens.find((token) => token.kind === 'word')
  return firstWord?.quoted === true || speaksInFirstPerson(sentence.tokens, words)
}
