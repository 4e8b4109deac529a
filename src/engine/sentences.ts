import { append } from './arrays.js'
import type { Sentence as NlcstSentence } from 'nlcst'
import { TabledParseLatin } from './latin-tokenizer.js'
import { lexicon, lexiconSet } from './lexicon.js'
import type { Lang } from './model.js'
import { Token, type TokenKind } from './token.js'

// Sentences come from parse-latin (Unicode-aware tokens and the usual boundaries), run on one
// paragraph at a time so that the cost stays linear. parse-latin knows no German: it ends
// sentences after "Dr." or "Nr." and hands a closing „…“ quote to the next sentence, so two
// repair passes follow, both reading the abbreviation lists in `lexicons/`.

export interface RawSentence {
  start: number
  end: number
  tokens: Token[]
}

const parser = new TabledParseLatin()
/**
 * parse-latin holds about 300 bytes per character of its input at once, so a long paragraph is
 * parsed in stretches of this many characters. Its sentence ends depend only on the sentences
 * either side, so the last two sentences of a stretch are parsed again at the start of the next.
 */
const SENTENCE_STRETCH = 16 * 1024

/** Split `plain.slice(from, to)` into sentences whose offsets point into `plain`. */
export function splitSentences(plain: string, from: number, to: number, lang: Lang, stretch = SENTENCE_STRETCH): RawSentence[] {
  const sentences: RawSentence[] = []
  let at = from
  while (to - at > stretch) {
    const parsed = parseSentences(plain, at, at + stretch)
    if (parsed.length >= 3) {
      const kept = parsed.length - 2
      for (let i = 0; i < kept; i++) sentences.push(parsed[i])
      at = parsed[kept].start
    } else {
      // Fewer than three sentence ends in a whole stretch is no prose: it is read in stretches cut at a space.
      const cut = stretchCut(plain, at, at + stretch)
      append(sentences, parseSentences(plain, at, cut))
      at = cut
    }
  }
  append(sentences, parseSentences(plain, at, to))
  return splitGluedCrossheads(
    trimWhitespace(moveClosingQuotes(mergeAfterAbbreviations(sentences, lexiconSet(lang, 'abbreviations', 'abbreviations')))),
    lang
  )
}

function parseSentences(plain: string, from: number, to: number): RawSentence[] {
  const tree = parser.parse(plain.slice(from, to))
  const sentences: RawSentence[] = []
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (const child of paragraph.children) {
      if (child.type !== 'SentenceNode') continue
      const tokens = flatten(child, plain, from)
      if (tokens.length > 0) sentences.push({ start: tokens[0].start, end: tokens[tokens.length - 1].end, tokens })
    }
  }
  return sentences
}

/** The last space in the second half of `plain.slice(from, to)`, or `to` (not inside a surrogate pair) when there is none. */
function stretchCut(plain: string, from: number, to: number): number {
  const half = from + Math.floor((to - from) / 2)
  for (let at = to - 1; at > half; at--) if (/\s/.test(plain[at])) return at
  const code = plain.charCodeAt(to - 1)
  return code >= 0xd800 && code <= 0xdbff ? to - 1 : to
}

interface CrossheadLexicon {
  minSentences: number
  maxWords: number
}

/** The word classes that tell a crosshead from the start of a sentence (lexicons/<lang>/crossheads.yaml). */
interface CrossheadWords {
  openers: Set<string>
  articles: Set<string>
  determiners: Set<string>
  titleNouns: Set<string>
  titleNounEndings: Set<string>
  auxiliaries: Set<string>
  coordinators: Set<string>
  subordinators: Set<string>
  functionWords: Set<string>
}

function crossheadWords(lang: Lang): CrossheadWords {
  const set = (key: string) => lexiconSet(lang, 'crossheads', key)
  return {
    openers: set('openers'),
    articles: set('articles'),
    determiners: set('determiners'),
    titleNouns: set('titleNouns'),
    titleNounEndings: set('titleNounEndings'),
    auxiliaries: set('auxiliaries'),
    coordinators: set('coordinators'),
    subordinators: set('subordinators'),
    functionWords: lexiconSet(lang, 'function-words', 'words')
  }
}

/** In a paragraph that holds a whole plain-text article, split a crosshead off the sentence it was glued to. */
function splitGluedCrossheads(sentences: RawSentence[], lang: Lang): RawSentence[] {
  const { minSentences, maxWords } = lexicon<CrossheadLexicon>(lang, 'crossheads')
  if (sentences.length < minSentences) return sentences
  const words = crossheadWords(lang)
  return sentences.flatMap((sentence) => {
    const at = crossheadEnd(sentence.tokens, maxWords, words)
    if (at === undefined) return [sentence]
    const heading = trimWhitespace([{ start: sentence.start, end: sentence.tokens[at - 1].end, tokens: sentence.tokens.slice(0, at) }])
    return [...heading, { start: sentence.tokens[at].start, end: sentence.end, tokens: sentence.tokens.slice(at) }]
  })
}

/**
 * Where the sentence after a title starts, where the two are glued without a full stop ("Neue
 * Regeln für E-Scooter in Wien | Ein Umweltaktivist ist …"): the token index, read as for a glued
 * crosshead; undefined where the words do not read as a title before a capital opener.
 */
export function sentenceAfterTitle(tokens: Token[], lang: Lang): number | undefined {
  // After a teaser's label a headline follows, not running text naming "Die Zeit": an article opens the sentence after any word.
  return crossheadEnd(tokens, lexicon<CrossheadLexicon>(lang, 'crossheads').maxWords, crossheadWords(lang), true)
}

const BULLETS = new Set(['·', '•'])

/** The token that opens the real sentence after a glued crosshead of words only ("Automatische Obergrenze | Für …"). */
function crossheadEnd(tokens: Token[], maxWords: number, words: CrossheadWords, articleAfterAnyWord = false): number | undefined {
  const heading: Token[] = []
  let previous: Token | undefined
  for (let i = 0; i < tokens.length && heading.length <= maxWords; i++) {
    const token = tokens[i]
    if (token.kind === 'whitespace') continue
    // A list bullet opens a list item ("Spaltpilz Gentechnik · Kompliziert wird es …").
    if (BULLETS.has(token.value) && heading.length >= 1) return i
    // Punctuation inside means a sentence, not a crosshead ("Wien – …", "Ein Beispiel: …").
    if (token.kind !== 'word' && token.value !== '-') return undefined
    if (
      heading.length >= 2 &&
      previous &&
      isCapitalizedWord(token) &&
      (words.openers.has(token.lower) || (words.articles.has(token.lower) && (articleAfterAnyWord || isCapitalizedWord(previous))))
    )
      // The first capital opener decides: words that do not read as a title run on into the sentence.
      return readsAsTitle(heading, words) ? i : undefined
    if (token.kind === 'word') heading.push(token)
    previous = token
  }
  return undefined
}

/**
 * Whether the words before a capital opener can stand alone as a crosshead: a noun phrase or a
 * headline clause, not words that wait for what follows (a noun, a title, a complement, a verb).
 */
function readsAsTitle(heading: Token[], words: CrossheadWords): boolean {
  const first = heading[0]
  const last = heading[heading.length - 1]
  const beforeLast = heading[heading.length - 2]
  const isDeterminer = (token: Token) => words.articles.has(token.lower) || words.determiners.has(token.lower)
  const isLower = (token: Token) => token.value === token.lower
  // A determiner, or a determiner and its adjective, want their noun ("Der wendige | Von Miller").
  if (isDeterminer(last) || (isDeterminer(beforeLast) && isLower(last))) return false
  // A noun that announces a title or a quote ("Unter dem Titel | Der Hexer", "Star Wars-Film | Das Erwachen der Macht").
  if (words.titleNouns.has(last.lower) || [...words.titleNounEndings].some((ending) => last.lower.endsWith(ending))) return false
  // A finite auxiliary right after its subject wants its complement ("Sie habe | Er hat …", "Kernfragen seien | Wie …").
  if (isLower(last) && words.auxiliaries.has(last.lower) && !isLower(beforeLast)) return false
  // Such a verb with an article is a sentence; a headline clause drops its articles ("sollen die Ärzte | An Hyong-chan").
  if (heading.some((token) => isLower(token) && words.auxiliaries.has(token.lower)) && heading.some(isDeterminer)) return false
  // A conjunction joins the words to the sentence before ("Und fragt etwa | Wie …").
  if (words.coordinators.has(first.lower)) return false
  // A subordinate clause or question without its verb yet ("Wo in Österreich | Die Tagespresse … punkten kann").
  if (words.subordinators.has(first.lower) && !heading.slice(1).some((token) => isLower(token) && !words.functionWords.has(token.lower)))
    return false
  return true
}

function isCapitalizedWord(token: Token): boolean {
  const first = token.value.charAt(0)
  return token.kind === 'word' && first !== first.toLowerCase()
}

// A token's text is the text its node spans (parse-latin keeps every character): a slice, where
// joining a word's parts built an array and a string per word.
function flatten(sentence: NlcstSentence, plain: string, offset: number): Token[] {
  const tokens: Token[] = []
  for (const node of sentence.children) {
    const start = node.position!.start.offset! + offset
    const end = node.position!.end.offset! + offset
    tokens.push(new Token(start, plain.slice(start, end), tokenKind(node.type)))
  }
  return tokens
}

function tokenKind(type: string): TokenKind {
  if (type === 'WordNode') return 'word'
  if (type === 'WhiteSpaceNode') return 'whitespace'
  if (type === 'PunctuationNode') return 'punctuation'
  return 'symbol'
}

/** Join a sentence that ends in "<abbreviation>." with the one after it. */
function mergeAfterAbbreviations(sentences: RawSentence[], known: Set<string>): RawSentence[] {
  const merged: RawSentence[] = []
  for (const sentence of sentences) {
    const previous = merged[merged.length - 1]
    if (previous && endsWithAbbreviation(previous.tokens, known)) {
      append(previous.tokens, sentence.tokens)
      previous.end = sentence.end
    } else {
      merged.push(sentence)
    }
  }
  return merged
}

function endsWithAbbreviation(tokens: Token[], known: Set<string>): boolean {
  let last = tokens.length - 1
  while (last >= 0 && tokens[last].kind === 'whitespace') last--
  if (last < 1 || tokens[last].value !== '.') return false
  const word = tokens[last - 1]
  return word.kind === 'word' && word.end === tokens[last].start && known.has(word.value)
}

// Closing quotation marks that parse-latin may leave at the start of the next sentence.
const CLOSING_QUOTES = new Set(['“', '”', '"', '«', '»', '‘', '’', "'"])

/**
 * Hand leading closing quotes back to the sentence they close; when the quote is followed by a
 * comma or a lower-case word („Wir gehen.“, sagte er), the rest belongs to that sentence too.
 */
function moveClosingQuotes(sentences: RawSentence[]): RawSentence[] {
  const result: RawSentence[] = []
  for (const sentence of sentences) {
    const previous = result[result.length - 1]
    const tokens = sentence.tokens
    let count = 0
    while (count < tokens.length && tokens[count].kind === 'punctuation' && isClosing(tokens[count].value)) count++
    // Only a quote that follows the previous sentence's end directly closes it.
    if (!previous || tokens[0].start !== previous.end || (count === 0 && !endsWithClosingQuote(previous))) {
      result.push(sentence)
      continue
    }
    const rest = tokens.slice(count)
    const continues = count > 0 ? continuesQuotedSentence(rest) : continuesQuotedSentence(tokens)
    const moved = continues ? tokens : tokens.slice(0, count)
    if (moved.length === 0) {
      result.push(sentence)
      continue
    }
    append(previous.tokens, moved)
    previous.end = moved[moved.length - 1].end
    const left = tokens.slice(moved.length)
    if (left.length > 0) result.push({ start: left[0].start, end: left[left.length - 1].end, tokens: left })
  }
  return result
}

function endsWithClosingQuote(sentence: RawSentence): boolean {
  const last = sentence.tokens[sentence.tokens.length - 1]
  return last.kind === 'punctuation' && CLOSING_QUOTES.has(last.value[last.value.length - 1])
}

/** After a closing quote: ", sagte er" or "sagte er" continue the sentence the quote ended. */
function continuesQuotedSentence(tokens: Token[]): boolean {
  const first = tokens.find((token) => token.kind !== 'whitespace')
  if (!first) return false
  if (first.value === ',' || first.value === ';') return true
  return first.kind === 'word' && first.value[0] !== first.value[0].toUpperCase()
}

function isClosing(value: string): boolean {
  for (const char of value) if (!CLOSING_QUOTES.has(char) && char !== ',' && char !== '.') return false
  return CLOSING_QUOTES.has(value[0])
}

function trimWhitespace(sentences: RawSentence[]): RawSentence[] {
  const trimmed: RawSentence[] = []
  for (const sentence of sentences) {
    let first = 0
    let last = sentence.tokens.length - 1
    while (first <= last && sentence.tokens[first].kind === 'whitespace') first++
    while (last >= first && sentence.tokens[last].kind === 'whitespace') last--
    if (first > last) continue
    const tokens = sentence.tokens.slice(first, last + 1)
    trimmed.push({ start: tokens[0].start, end: tokens[tokens.length - 1].end, tokens })
  }
  return trimmed
}
