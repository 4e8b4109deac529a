import { countVisible } from '../../engine/blocks.js'
import { LINE_BREAK } from '../../engine/line-breaks.js'
import { lexiconSet } from '../../engine/lexicon.js'
import { FORMAT_MARK, normalizePhrase, withoutFormatMarks } from '../phrases.js'
import type { Article, Block, Sentence } from '../../engine/model.js'

// What a block gives away about being pasted from a web page: each signal is one small test on a
// block's text, its links or its sentences. Here the block as the tests see it, and how its text
// ends and what it links; the page's voice, embedded posts and credit lines each have a file.

export interface BlockView {
  block: Block
  /** Visible text (markdown, URLs and HTML removed), whitespace collapsed. */
  text: string
  /** `text` lower-cased: what the phrase lists match. */
  lower: string
  /** The lines of visible text, whitespace collapsed; the last is where an embedded post signs off. */
  lines: string[]
  /** The block as written, links and all. */
  raw: string
  /** Its sentences (for a sentence seen on its own, that sentence). */
  sentences: Sentence[]
}

/** The article's visible text from `start` to `end` as the tests read it: markup blanked, without format characters. */
export function visibleText(article: Article, start: number, end: number): string {
  return withoutFormatMarks(article.plain.slice(start, end))
}

export function viewBlock(article: Article, block: Block): BlockView {
  const visible = visibleText(article, block.start, block.end)
  const text = visible.replace(/\s+/g, ' ').trim()
  const lines = visible
    .split(LINE_BREAK)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
  const sentences = block.sentences.map((index) => article.sentences[index])
  return { block, text, lower: normalizePhrase(text), lines, raw: article.text.slice(block.start, block.end), sentences }
}

/**
 * One sentence of a block seen as a block of its own, so that the tests for pasted blocks can
 * tell which sentences of a paragraph were pasted. Link text is not measured per sentence.
 */
export function viewSentence(article: Article, block: Block, sentence: Sentence): BlockView {
  const raw = article.text.slice(sentence.start, sentence.end)
  const links = block.links.filter((link) => raw.includes(link))
  const part = {
    ...block,
    start: sentence.start,
    end: sentence.end,
    sentences: [sentence.index],
    links,
    textLength: countVisible(sentence.text),
    linkTextLength: 0
  }
  return { ...viewBlock(article, part), sentences: [sentence] }
}

/** "Nordkorea:Kim": a kicker glued to a headline, what copying a teaser box leaves behind. */
export function hasGluedColon(text: string): boolean {
  return /\p{Ll}:\p{Lu}/u.test(text)
}

/** Share of the visible text that is link text. */
export function linkShare(block: Block): number {
  return block.textLength === 0 ? 0 : block.linkTextLength / block.textLength
}

// What may follow a sentence's last mark: closing quotes and brackets.
const CLOSERS = new Set(['"', '“', '”', '„', '»', '«', "'", '’', ')', ']'])

/**
 * A test whether a text's last mark, closing quotes and brackets aside, is one of `marks`: one
 * scan for every "how does it end" test, so that they all see past the same closing marks.
 */
export function endingIn(marks: string): (text: string) => boolean {
  return (text) => {
    const trimmed = text.trimEnd()
    let end = trimmed.length
    while (end > 0 && CLOSERS.has(trimmed[end - 1])) end--
    return end > 0 && marks.includes(trimmed[end - 1])
  }
}

const endsWithFullStop = endingIn('.:;')

/** Ends like a headline or a hook, not like a sentence of prose. */
export function endsWithoutFullStop(text: string): boolean {
  return !endsWithFullStop(text)
}

/** Ends with a question mark. */
export const endsAsQuestion = endingIn('?')

/**
 * "Schon gelesen? Nordkorea-Tyrann schockt …": a short question, then a headline. Not a paragraph
 * that ends in a question: "Wer hat sie ausgestellt? Wo kommt das Objekt her?" asks in prose;
 * nor one whose question opens sentences of prose ("Wie funktioniert Macht? Die Autorin zeigt es
 * an Beispielen. (Suhrkamp, 16 Euro)"); nor one a conjunction opens ("Und die Opposition? Schäumt vor Wut").
 */
export function opensWithQuestionHook(view: BlockView): boolean {
  const [first, ...rest] = view.sentences
  if (!first || rest.length === 0) return false
  const opening = first.tokens.find((token) => token.kind === 'word')
  if (opening && lexiconSet(view.block.lang, 'crossheads', 'coordinators').has(opening.lower)) return false
  const headline = rest.every((sentence) => endsWithoutFullStop(sentence.text.trim())) && !endsAsQuestion(view.text)
  return wordCount(first) <= 4 && first.text.trim().endsWith('?') && headline
}

/**
 * A sentence of the block's own, with no link and a full stop, before its one link ("Die EZB ist
 * besorgt. [Wir verwenden Cookies, …](…)", on its line or the next): the article's sentence with
 * a link glued to it, no link box however long the link's text. A box's label line ("Weitere
 * Meldungen aus Tirol.") stands over several links.
 */
export function opensWithProse(view: BlockView): boolean {
  const [first] = view.sentences
  return (
    view.block.links.length === 1 &&
    view.sentences.length > 1 &&
    wordCount(first) >= 3 &&
    /[.!?]$/.test(first.text.trim()) &&
    !linksFrom(view, first)
  )
}

function wordCount(sentence: Sentence): number {
  return sentence.tokens.filter((token) => token.kind === 'word').length
}

/**
 * The sentence's own markdown holds one of the block's links. A link elsewhere in the block (a
 * citation in the next tip of a list) sends no call anywhere.
 */
export function linksFrom(view: BlockView, sentence: Sentence): boolean {
  const raw = view.raw.slice(sentence.start - view.block.start, sentence.end - view.block.start)
  return view.block.links.some((link) => raw.includes(link))
}

/** A line that reads like a headline or a teaser label: short, one line, no full stop at the end. */
export function isHeadlineLike(view: BlockView): boolean {
  const oneSentenceALine = view.block.sentences.length <= view.lines.length
  return (
    oneSentenceALine &&
    view.lines.length <= 6 &&
    view.lines.every((line) => line.length <= 160 && endsWithoutFullStop(line) && !GLUED_END.test(line))
  )
}

/** A sentence's end glued to the next one's capital: two sentences, no headline ("… die Oligarchen.Auch zum Pakt …: …"). */
const GLUED_END = /\p{Ll}[.!?…]{1,3}\p{Lu}\p{Ll}/u

/**
 * The block's first line when it is bold on its own ("**Und wie verhindern Sie das?**" over the
 * answer, a hook over its box), with where it ends in the article's text; `undefined` otherwise.
 */
export function boldFirstLine(article: Article, block: Block): { text: string; end: number } | undefined {
  // Marks of zero width before it hide no bold line ("\u200f**Sie wollen nichts verpassen?**").
  let start = block.start
  while (start < block.end && FORMAT_MARK.test(article.text[start])) start++
  const opening = article.text.slice(start, start + 2)
  if (opening !== '**' && opening !== '__') return undefined
  // A question or a hook is a line of a few hundred characters at most: the paragraph is not read past it.
  const head = article.text.slice(start, Math.min(block.end, start + MAX_BOLD_LINE))
  const lineEnd = head.search(/\r\n?|\n/)
  const bold = lineEnd < 0 ? null : /^(\*\*|__)([^*_]+)\1\s*$/.exec(head.slice(0, lineEnd))
  return bold ? { text: bold[2].trim(), end: start + lineEnd } : undefined
}

const MAX_BOLD_LINE = 400

/** The last line of visible text. */
export function lastLine(view: BlockView): string {
  return view.lines[view.lines.length - 1] ?? ''
}

/** Nearly all visible text is link text: a link box or a "related articles" list. */
export function isOnlyLinks(block: Block): boolean {
  return block.links.length > 0 && linkShare(block) >= 0.8
}
