import { startOfLine } from '../../engine/line-breaks.js'
import type { Article, Block, Sentence } from '../../engine/model.js'
import { Token } from '../../engine/token.js'
import { withoutFormatMarks } from '../phrases.js'
import type { Registry } from '../credit/agencies.js'
import { isGermanMonth } from '../credit/date.js'
import { isAgencyCodes, isAgencyCredit } from './credit-signals.js'
import { isPostSignature } from './post-signals.js'

// The pieces a test for pasted material reads a block in: its sentences, also cut where the
// sentence splitter let a full stop pass (a glued end, a line break, a post's signature, a credit
// that opens the sentence).

/**
 * The block's sentences, also cut at every full stop the sentence splitter let pass: before a
 * lower-case word ("… Euro. subscribe now …"), after a number or an abbreviation ("… 2,3. Auf
 * YouTube ansehen"). Finer pieces only narrow what a pasted phrase can take along.
 */
export function segments(article: Article, block: Block, agencies: Registry): Sentence[] {
  return block.sentences.flatMap((index) => segmentsOf(article, article.sentences[index], agencies))
}

export function segmentsOf(article: Article, sentence: Sentence, agencies: Registry): Sentence[] {
  const { tokens, cuts } = withGluedStopsCut(sentence.tokens)
  // Where a credit opens the sentence or a piece of it ("… Köpfe. sba/hos/news.de/dpa Dieser Artikel erschien zuerst …").
  const creditAfter = (from: number) => {
    const end = openingCreditEnd(tokens.slice(from, from + MAX_CREDIT_TOKENS + 1), agencies)
    return end < 0 ? -1 : from + end
  }
  let credit = creditAfter(0)
  const parts: Sentence[] = []
  let from = 0
  // No piece is cut inside a credit in brackets: its date's full stops end no sentence ("… Putin (red, 5. 2. 2016)").
  let creditEnd = 0
  for (let at = 1; at + 1 < tokens.length; at++) {
    if (at - 1 >= creditEnd) creditEnd = Math.max(creditEnd, bracketedCreditEnd(tokens, at - 1, agencies))
    if (at < creditEnd) continue
    // What goes on after such a credit opens a piece ("… mehr Geld (red, 5. 2. 2016) ERGEBNISSE der Abstimmung …").
    if (at === creditEnd && tokens[at].kind === 'whitespace' && opensWord(tokens, at + 1)) {
      parts.push(segment(article, sentence, tokens.slice(from, at)))
      from = at + 1
      credit = creditAfter(from)
      continue
    }
    const before = tokens[at - 1]
    const stop = /[.!?…]$/.test(before.value)
    // A full stop, then a line break the tokens leave out, then the next line ("… 2,4 Mrd.⏎Sign up …"); or a glued end.
    const lineBreak = /^[\p{L}\p{N}]/u.test(tokens[at].value) && /[\r\n]/.test(article.plain.slice(before.end, tokens[at].start))
    if (cuts.has(at) || (stop && lineBreak)) {
      parts.push(segment(article, sentence, tokens.slice(from, at)))
      from = at
      credit = creditAfter(from)
      continue
    }
    // The full stop is a token of its own, or the end of a word the splitter took for an abbreviation or ordinal
    // ("Stadt.", "3."); the space after it a token, or blanked markup the tokens leave out ("… 10 Mio. [Bericht …](…)").
    const spaceToken = tokens[at].kind === 'whitespace'
    const gap = spaceToken ? tokens[at].value : article.plain.slice(before.end, tokens[at].start)
    // A post's signature ends its line too ("— VfL Bochum 1848 (@VfLBochum1848) April 14, 2024⏎Einige Länder …").
    const ends = stop || (/[\r\n]/.test(gap) && endsSignature(article, before.end))
    const next = spaceToken ? at + 1 : at
    // A credit after a full stop the splitter took for an abbreviation's opens a piece too ("… u.a. (APA, 8.8.2015) © 2016 …").
    const fullStop =
      ends && (spaceToken || /\s/.test(gap)) && (opensWord(tokens, next) || creditAfter(next) >= 0) && !opensDateMonth(before, tokens[next])
    if (!fullStop && at !== credit) continue
    parts.push(segment(article, sentence, tokens.slice(from, at)))
    from = next
    credit = creditAfter(from)
  }
  return from === 0 ? [sentence] : [...parts, segment(article, sentence, tokens.slice(from))]
}

/** The line ending at `end` is a post's signature ("> — Name (@handle) May 1, 2016"). */
function endsSignature(article: Article, end: number): boolean {
  return isPostSignature(article.text.slice(startOfLine(article.text, end), end).replace(/^[ \t>]+/, ''))
}

/**
 * A word or a symbol that opens a box starts at `at` ("► Mit unserem Newsletter …"), after marks
 * of writing direction or zero width if any ("‏Sign up …" pasted from a right-to-left page).
 */
/** A day's ordinal before its month: "am 3. Mär 2016", "5. Jänner" is one date, no end. */
function opensDateMonth(ordinal: Token, next: Token | undefined): boolean {
  return /^\d{1,2}\.$/.test(ordinal.value) && next !== undefined && isGermanMonth(next.value)
}

function opensWord(tokens: Token[], at: number): boolean {
  while (at < tokens.length && withoutFormatMarks(tokens[at].value) === '') at++
  return at < tokens.length && /^[\p{L}\p{N}\p{So}]/u.test(tokens[at].value)
}

/** A sentence's end glued to the next one's capital, one word to the tokenizer ("… veröffentlicht werden.Sign up", "Woran aber dann?.Dieser", "Hypo-U-Ausschuss.Alle"). */
const GLUED_STOP = /^([\p{L}\p{N}-]*\p{Ll}[.!?…]{1,3})(\p{Lu}\p{Ll}+)$/u

/** The tokens with each glued end cut into two words, and where the second words stand. */
function withGluedStopsCut(tokens: Token[]): { tokens: Token[]; cuts: Set<number> } {
  const cuts = new Set<number>()
  if (!tokens.some((token) => token.kind === 'word' && GLUED_STOP.test(token.value))) return { tokens, cuts }
  const cut: Token[] = []
  for (const token of tokens) {
    const glued = token.kind === 'word' ? GLUED_STOP.exec(token.value) : null
    if (!glued) {
      cut.push(token)
      continue
    }
    const pieces = [new Token(token.start, glued[1], 'word'), new Token(token.start + glued[1].length, glued[2], 'word')]
    for (const piece of pieces) [piece.quoted, piece.verbatim] = [token.quoted, token.verbatim]
    cut.push(...pieces)
    cuts.add(cut.length - 1)
  }
  return { tokens: cut, cuts }
}

// "(APA, 17.7.2023)": a credit in brackets is a few tokens.
const MAX_CREDIT_TOKENS = 24

/**
 * The space after a credit that opens the sentence, where the splitter glued what follows the
 * credit to it: in brackets ("(APA, 17.7.2023) Mehr zum Thema: …") or as the credit line's codes
 * ("sba/hos/news.de/dpa Dieser Artikel erschien zuerst …"); -1 where none opens it.
 */
function openingCreditEnd(tokens: Token[], agencies: Registry): number {
  if (tokens[0]?.value === '(') {
    const end = bracketedCreditEnd(tokens, 0, agencies)
    return end >= 0 && tokens[end]?.kind === 'whitespace' ? end : -1
  }
  const limit = Math.min(tokens.length - 1, MAX_CREDIT_TOKENS)
  let end = 0
  while (end < limit && tokens[end].kind !== 'whitespace') end++
  if (end === 0 || end >= limit) return -1
  return isAgencyCodes(textOf(tokens.slice(0, end)), agencies) ? end : -1
}

/** Where a credit in brackets that opens at `from` ends ("(APA, 17.7.2023)", "(red, 5. 2. 2016)"): the token after it, or -1. */
function bracketedCreditEnd(tokens: Token[], from: number, agencies: Registry): number {
  if (tokens[from]?.value !== '(') return -1
  const limit = Math.min(tokens.length, from + MAX_CREDIT_TOKENS)
  let close = from + 1
  while (close < limit && tokens[close].value !== ')') close++
  if (close >= limit) return -1
  return isAgencyCredit(textOf(tokens.slice(from, close + 1)), agencies) ? close + 1 : -1
}

function textOf(tokens: Token[]): string {
  return tokens.map((token) => token.value).join('')
}

export function segment(article: Article, sentence: Sentence, tokens: Sentence['tokens']): Sentence {
  const start = tokens[0].start
  const end = tokens[tokens.length - 1].end
  return { ...sentence, start, end, text: article.plain.slice(start, end), tokens }
}
