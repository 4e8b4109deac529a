import { detectLanguage } from '../../engine/language.js'
import { lexiconSet } from '../../engine/lexicon.js'
import type { Article, Block, Lang, Sentence } from '../../engine/model.js'
import type { PastedLexicon } from './lexicon.js'
import { withoutFormatMarks } from '../phrases.js'
import type { BlockView } from './signals.js'

// Signals of an embedded post pasted as text: its signature line, its media links, its #tags and
// @handles, and a language other than the article's.

/**
 * "— Anton Gerashchenko (@Gerashchenko_en) September 6, 2023": the line an embedded tweet (or a
 * Bluesky or Mastodon post) signs off with. A dash, a name, the handle in brackets, a date with a
 * year. One bounded quantifier before a literal: no backtracking blow-up.
 */
const SIGNATURE = /^[—–-]{1,2} ?[^()\n]{1,80}\(@[\w.@-]{1,60}\)/u
const YEAR = /\b(?:19|20)\d\d\b/

/**
 * Where a signature that opens `written` ends: after the year of its date, a link on the date
 * ("[May 5, 2016](https://twitter.com/…)"), emphasis closing around it and a full stop; the article may go on
 * after it on its line ("… May 5, 2016 In Syrien tobt …").
 */
export function postSignatureLength(written: string): number | undefined {
  const handle = /\(@[\w.@-]{1,60}\)/u.exec(written)
  if (!handle) return undefined
  const after = handle.index + handle[0].length
  const year = YEAR.exec(written.slice(after))
  if (!year) return undefined
  const end = after + year.index + year[0].length
  return end + (/^(?:\]\([^()\s]*\))?[*_]{0,3}\.?/.exec(written.slice(end))?.[0].length ?? 0)
}

export function isPostSignature(written: string): boolean {
  // A mark of direction may stand before the dash ("\u200f— VfL Bochum 1848 (…) April 14, 2024").
  const line = withoutFormatMarks(written)
  const match = SIGNATURE.exec(line)
  return (match !== null && YEAR.test(line.slice(match[0].length))) || isFacebookSignature(line.trim())
}

/**
 * "Gepostet von RSV Bad Düben 1921 am Sonntag, 7. April 2024", "Posted by … on Sunday, April 7,
 * 2024": the line an embedded Facebook post signs off with, a whole line ending in the year.
 */
function isFacebookSignature(line: string): boolean {
  return (
    line.length <= MAX_FACEBOOK_SIGNATURE &&
    /^(?:Gepostet von|Posted by) /.test(line) &&
    / (?:am|on) /.test(line) &&
    /\b(?:19|20)\d\d$/.test(line)
  )
}

const MAX_FACEBOOK_SIGNATURE = 160

// Longer than any media link: a run without spaces past it is no link to read.
const MAX_LINK = 200

/** A link only an embed carries (a tweet's picture link, its t.co short link). */
export function hasEmbedMedia(view: BlockView, lexicon: PastedLexicon): boolean {
  return mediaLinks(view.raw, lexicon).length > 0
}

/**
 * Where `text` has media links of posts ("pic.twitter.com/74PXDkkedq", "https://t.co/QH1bJFIB6F"),
 * in order: a link with its id, not part of a longer host name, not `code`, and not cited in a
 * sentence that goes on after it ("Aus der Adresse wird etwa t.co/x7Fk2Lm9Qa, erst …"): a post
 * ends at its link.
 */
export function mediaLinks(text: string, lexicon: PastedLexicon): number[] {
  const lower = text.toLowerCase()
  const anchors: number[] = []
  for (const media of lexicon.embedMedia) {
    for (let at = lower.indexOf(media); at >= 0; at = lower.indexOf(media, at + 1)) {
      const before = lower[at - 1]
      const partOfHost = before !== undefined && before !== '/' && /[\p{L}\p{N}.`-]/u.test(before)
      const cited = /[,;]$/.test(/^\S*/.exec(lower.slice(at, at + MAX_LINK))![0])
      if (!partOfHost && !cited && /[a-z0-9]/.test(lower[at + media.length] ?? '')) anchors.push(at)
    }
  }
  return anchors.sort((a, b) => a - b)
}

// A word of prose after a link: letters, perhaps a hyphen, and a mark ending the sentence or clause.
const PROSE_WORD = /^[ \t]+\p{Ll}[\p{L}-]*[.,;:!?]?(?:\s|$)/u

/**
 * A media link placed as the writer cites one, where a post's link ends its text: in brackets
 * ("… auf Twitter (pic.twitter.com/…) und bat um Hinweise"), before a full stop ("… einen Link
 * an: https://t.co/….") or with the sentence going on after it ("… unter
 * pic.twitter.com/Xy7aB3kLmQ abrufbar."). Whether the words around it are the article's the caller
 * tells (a post's "… #Derby pic.twitter.com/….", "… pic.twitter.com/… via @handle" are none).
 */
export function placedAsCited(text: string, at: number): boolean {
  // The link's start, a link's length back at most: a long run without spaces is read once, not once per link in it.
  let start = at
  while (start > Math.max(0, at - MAX_LINK) && !/\s/.test(text[start - 1])) start--
  const link = /^\S*/.exec(text.slice(at, at + MAX_LINK))![0]
  // (A link before a comma is no anchor at all: see mediaLinks.)
  if (text[start] === '(' || link.endsWith('.')) return true
  return PROSE_WORD.test(text.slice(at + link.length, at + link.length + MAX_LINK))
}

/** The link to the one social-media post the block stands for (a tweet's status link), if it has one. */
export function postLink(block: Block, lexicon: PastedLexicon): string | undefined {
  return block.links.find((link) => isPostLink(link, lexicon))
}

/** A link to one social-media post: a tweet's status link, an Instagram post's. */
export function isPostLink(link: string, lexicon: PastedLexicon): boolean {
  let url: URL
  try {
    url = new URL(link)
  } catch {
    return false
  }
  const host = url.hostname.toLowerCase().replace(/^(?:www|mobile|m)\./, '')
  return lexicon.postLinks.some((pattern) => pattern.host.includes(host) && url.pathname.length > 1 && url.pathname.includes(pattern.path))
}

/** A #tag or an @handle. */
const POST_MARK = /(?:^|\s)[#@][\p{L}\p{N}_]/u

/** A #tag or an @handle in the text. */
export function hasPostMark(text: string): boolean {
  return POST_MARK.test(text)
}

/** What a post's text carries and the article's prose does not: #tags, @handles, another language. */
export function carriesPostMarks(article: Article, text: string): boolean {
  if (POST_MARK.test(text)) return true
  const lang = detectLanguage(text)
  // Trigrams of a short sentence mislead where a name is foreign ("Bis 2009 war die Holzbläserin Bandmitglied von Funk Project."): its function words decide.
  return lang !== undefined && lang !== article.lang && !mostlyFunctionWordsOf(wordsOf(text), article.lang, lang)
}

/** A line of the article's prose above a post: it ends in a full stop and carries no #tag or @handle (a line is too short to tell its language). */
export function isProseLine(line: string): boolean {
  return /\.["“”»«’]?$/.test(line.trim()) && !POST_MARK.test(line)
}

/**
 * Text above a post's signature that reads as the post's: with its marks, or no sentence ended by
 * a full stop ("Was für ein Abend! Danke Wien ❤️"). A paragraph of the article's prose is the
 * article's (links in it cite), where an editor took the post's text out and left its signature.
 */
export function readsAsPost(article: Article, text: string): boolean {
  return carriesPostMarks(article, text) || !/\.["“”»«’]?(?:\s|$)/.test(text)
}

/** A line of another language inside the article, with what social posts carry (#tags, @handles, links). */
export function isForeignPost(article: Article, view: BlockView): boolean {
  const lang = detectLanguage(view.text)
  if (lang === undefined || lang === article.lang) return false
  const postLike =
    POST_MARK.test(view.text) ||
    view.block.links.some((link) => /^https?:\/\/(?:www\.|mobile\.)?(?:twitter|x|instagram|facebook|tiktok|youtube|bsky)\./.test(link))
  // A sentence in the article's language is the article's: a tweet of two English sentences
  // outweighed it, and the paragraph went whole.
  return postLike && !view.sentences.some((sentence) => inLanguage(sentence, article.lang, lang))
}

/** Detected as `lang`; or too short to detect, with more of `lang`'s function words than of `other`'s ("#Greece Der Ausgang des Referendums …"). */
function inLanguage(sentence: Sentence, lang: Lang, other: Lang): boolean {
  return readsAs(sentence.text, () => sentence.tokens.filter((token) => token.kind === 'word').map((token) => token.lower), lang, other)
}

/** The same for a stretch of text: "Die Minister einigten sich am Montag auf einen Kompromiss." is too short for the detector. */
export function textInLanguage(text: string, lang: Lang, other: Lang): boolean {
  return readsAs(text, () => wordsOf(text), lang, other)
}

function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/\p{L}+/gu) ?? []
}

/** `words` only for text too short to detect: a whole article may stand in `text`. */
function readsAs(text: string, words: () => string[], lang: Lang, other: Lang): boolean {
  const detected = detectLanguage(text)
  return detected !== undefined ? detected === lang : mostlyFunctionWordsOf(words(), lang, other)
}

/** At least two of `lang`'s function words, and more than of `other`'s. */
function mostlyFunctionWordsOf(words: string[], lang: Lang, other: Lang): boolean {
  const count = (of: Lang) => {
    const set = lexiconSet(of, 'function-words', 'words')
    return words.filter((word) => set.has(word)).length
  }
  const own = count(lang)
  return own >= 2 && own > count(other)
}
