import { endOfLine, endOfLineBefore, nextLineStart, startOfLine } from '../../engine/line-breaks.js'
import type { Article, PastedBlock, Sentence } from '../../engine/model.js'
import type { PastedLexicon } from './lexicon.js'
import { creditAround, isAgencyCredit } from './credit-signals.js'
import { balanced, withSyntaxBefore } from './markup-edges.js'
import {
  carriesPostMarks,
  hasPostMark,
  isPostLink,
  isPostSignature,
  postSignatureLength,
  isProseLine,
  mediaLinks,
  placedAsCited,
  textInLanguage
} from './post-signals.js'
import { visibleText } from './signals.js'
import { opensConsentBox } from './voice-signals.js'

// Posts pasted into a paragraph of prose, as plain-text copies of a page leave them: "… festgehalten.
// All good in the hood guys. Thanks for the messages. pic.twitter.com/SGB8NEssCF Mittlerweile …".
// The paragraph stays the article's; the post is a span inside it, from its first sentence through
// its media link (and a "-H" style signature). Sentences before the link belong to the post while
// they carry #tags or @handles or are in another language than the article.

const SIGNATURE = /^\s{1,3}-\p{Lu}{1,3}(?![\p{L}\p{N}])/u
// Tags and the like between two links of one post.
const MAX_TAIL = 40
const MAX_SIGNATURE = 200

export function findInlinePosts(article: Article, blockIndex: number, lexicon: PastedLexicon): PastedBlock[] {
  const block = article.blocks[blockIndex]
  const sentences = block.sentences.map((index) => article.sentences[index])
  const posts: PastedBlock[] = []
  let taken = block.start
  for (const at of mediaLinks(article.text.slice(block.start, block.end), lexicon)) {
    const anchor = block.start + at
    const urlStart = startOfUrl(article.text, anchor)
    if (urlStart < taken) continue
    const linkEnd = anchor + wordLength(article.text, anchor)
    // The signature is the post's last word in its block, never the next block's first.
    let end = linkEnd + (SIGNATURE.exec(article.text.slice(linkEnd, Math.min(linkEnd + 8, block.end)))?.[0].length ?? 0)
    end = throughSignatureLine(article.text, throughSignatureOnLine(article.text, end, block.end), block.end)
    const previous = posts[posts.length - 1]
    if (previous?.span && urlStart - previous.span.end <= MAX_TAIL && !/[.!?]\s/.test(article.text.slice(previous.span.end, urlStart))) {
      // A second link of the same post ("https://t.co/… (js) #W7X pic.twitter.com/…").
      previous.span.end = end
    } else {
      const postText = Math.min(dropLeadingProse(article, postStart(article, sentences, anchor, taken), urlStart, lexicon), urlStart)
      // The article's sentence citing the link ("Das Foto war unter pic.twitter.com/… abrufbar."): words of its
      // language without a post's marks before the link or on its line after it ("… cc @wienerlinien"), and no
      // signature under its line.
      const lineEnd = endOfLine(article.text, linkEnd)
      const words = article.plain.slice(postText, urlStart)
      const cited =
        end === linkEnd &&
        placedAsCited(article.text, anchor) &&
        /\p{L}/u.test(words) &&
        !hasPostMark(words) &&
        textInLanguage(words, article.lang, article.lang === 'de' ? 'en' : 'de') &&
        !hasPostMark(article.plain.slice(linkEnd, lineEnd)) &&
        throughSignatureLine(article.text, lineEnd, block.end) === lineEnd
      if (cited) continue
      const start = consentBoxAbove(article, taken, postText, lexicon)
      posts.push({ block: blockIndex, kind: 'embed', signal: { key: 'inlinePost' }, span: { start, end } })
    }
    taken = end
  }
  // The markup around the post goes with it, where its partner does ("[Thanks for … pic.twitter.com/…](…)" left "[").
  // A signature's date links to the post ("— Name (@handle) [May 1, 2016](https://twitter.com/…/status/…)"): that link takes the post's place.
  const statusLinks = posts.length > 0 ? block.links.filter((candidate) => isPostLink(candidate, lexicon)) : []
  return posts.map((post) => {
    const span = balanced(article, { start: withSyntaxBefore(article, post.span!.start), end: post.span!.end })
    const inSpan = article.text.slice(span.start, span.end)
    const link = statusLinks.find((candidate) => inSpan.includes(candidate))
    return { ...post, span, ...(link ? { post: { link, holdsLink: true } } : {}) }
  })
}

/**
 * Where a consent box opens right above the post in its block ("… irrt womöglich.⏎Empfohlener
 * redaktioneller Inhalt⏎An dieser Stelle finden Sie einen externen Inhalt von X, …⏎Was für ein
 * Abend! pic.twitter.com/…"): the label and the placeholder on the two lines over the post's line,
 * whose words before the post are the post's, though in the article's language. Any other line
 * between them may be the article's ("Der VfL feierte den Klassenerhalt auf X:"), and so may a
 * label line that ends like prose, or a sentence before the post's own on its line ("Der Verein
 * jubelte? Was für ein Abend! pic.twitter.com/…"). `start` where no box opens so.
 */
function consentBoxAbove(article: Article, floor: number, start: number, lexicon: PastedLexicon): number {
  const postLine = Math.max(floor, startOfLine(article.text, start))
  if (SENTENCE_END.test(article.plain.slice(postLine, start).trim())) return start
  const placeholder = lineAbove(article, postLine, floor)
  const label = placeholder && lineAbove(article, placeholder.at, floor)
  if (!label || isProseLine(label.text)) return start
  return opensConsentBox(label.text, placeholder.text, lexicon, article.lang) ? label.at : start
}

// The end of a sentence with more text after it on its line.
const SENTENCE_END = /[.!?…]["“”»«’]?\s/

/** The visible text of the line above the one starting at `lineStart`, and where it starts; none above `floor`. */
function lineAbove(article: Article, lineStart: number, floor: number): { at: number; text: string } | undefined {
  if (lineStart <= floor) return undefined
  const end = endOfLineBefore(article.text, lineStart)
  const at = Math.max(floor, startOfLine(article.text, end))
  return { at, text: visibleText(article, at, end).trim() }
}

/**
 * A post's signature on the line after its link ("— Name (@handle) May 1, 2016") is the post's:
 * left behind by a fix, it made the paragraph above it look like the post's text. In a block
 * quote it may stand a blank quote line below ("> — Name (@handle) …").
 */
function throughSignatureLine(text: string, end: number, blockEnd: number): number {
  const lineBreak = /^[ \t]*(?:\r\n?|\n)(?:[ \t>]*(?:\r\n?|\n))?[ \t>]*/.exec(text.slice(end, Math.min(end + 64, blockEnd)))
  if (!lineBreak) return end
  const lineStart = end + lineBreak[0].length
  // A signature is a short line: one running on past MAX_SIGNATURE is prose.
  const window = text.slice(lineStart, Math.min(lineStart + MAX_SIGNATURE, blockEnd))
  const lineEnd = lineStart + endOfLine(window, 0)
  const wholeLine = lineEnd < lineStart + MAX_SIGNATURE || lineEnd === blockEnd
  return wholeLine && isPostSignature(withoutEmphasis(text.slice(lineStart, lineEnd))) ? lineEnd : end
}

/** A line without the emphasis marks around it: a post set in bold keeps its signature in bold ("**— Stadt Wien (@Stadt_Wien) …**"). */
function withoutEmphasis(line: string): string {
  return line.replace(/^[*_]{1,3}|[*_]{1,3}$/g, '')
}

/**
 * A post's signature after its link on the same line, as a plain-text copy leaves it ("Wir bleiben
 * dran! pic.twitter.com/… — Stadt Wien (@Stadt_Wien) March 3, 2016"): the post's. Left behind, a
 * second fix took it.
 */
function throughSignatureOnLine(text: string, end: number, blockEnd: number): number {
  const lineEnd = Math.min(endOfLine(text, end), blockEnd, end + MAX_SIGNATURE)
  const rest = text.slice(end, lineEnd)
  if (rest.trim() === '' || !isPostSignature(withoutEmphasis(rest.trim()))) return end
  // The signature ends with its date: the article's words after it on the line stay.
  const lead = rest.length - rest.trimStart().length
  const length = postSignatureLength(rest.slice(lead))
  return length === undefined ? end + rest.trimEnd().length : end + lead + length
}

/** The first sentence of the post whose media link sits at `anchor`. */
function postStart(article: Article, sentences: Sentence[], anchor: number, floor: number): number {
  let index = sentences.length - 1
  while (index >= 0 && sentences[index].start > anchor) index--
  if (index < 0) return floor
  let start = sentences[index].start
  while (index > 0 && carriesPostMarks(article, sentences[index - 1].text) && sentences[index - 1].start >= floor)
    start = sentences[--index].start
  return Math.max(start, floor)
}

/**
 * The sentence splitter does not end a sentence before a lower-case word ("… zeigt. apples 2015
 * lineup …") or at a full stop glued to the next word: a stretch of the article's own language
 * before such a full stop is prose, not post, and so is a credit that opens what is left.
 */
function dropLeadingProse(article: Article, from: number, anchor: number, lexicon: PastedLexicon): number {
  const start = afterCredit(article.text, from, anchor, lexicon)
  const text = article.text.slice(start, anchor)
  // Full stops before a space or a line break ("… in Innsbruck ein.⏎pic.twitter.com/…"), or glued to the next word ("… so Tsipras.Thanks for …").
  const cuts = [...text.matchAll(/[.!?](?:\s+|(?=\p{Lu}\p{Ll}))/gu)]
  const lang = article.lang
  const other = lang === 'de' ? 'en' : 'de'
  const sentenceBefore = (k: number) => text.slice(k > 0 ? cuts[k - 1].index + cuts[k - 1][0].length : 0, cuts[k].index + 1)
  // A glued full stop ends the article's part only between a sentence that is not in the other
  // language and a post that is ("… so Tsipras.Thanks for …"): a post holds glued ones of its own
  // ("… Wählern. thanks for …, what a night.Tomorrow we fight on …", "… was für eine Nacht.Morgen …").
  const endsArticle = (k: number) =>
    cuts[k][0].length > 1 || (!textInLanguage(sentenceBefore(k), other, lang) && textInLanguage(text.slice(cuts[k].index + 1), other, lang))
  // From the last back, the first after text of the article's language: among the last few, and the last before a space however far back.
  let lastSpaced = cuts.length - 1
  while (lastSpaced >= 0 && cuts[lastSpaced][0].length === 1) lastSpaced--
  for (let k = cuts.length - 1; k >= 0; k--) {
    if (k < cuts.length - MAX_POST_SENTENCES && k !== lastSpaced) continue
    if (endsArticle(k) && textInLanguage(text.slice(0, cuts[k].index + 1), lang, other))
      return pastOpeningCredit(article.text, start + cuts[k].index + cuts[k][0].length, anchor, lexicon)
  }
  return pastOpeningCredit(article.text, start, anchor, lexicon)
}

// Full stops in a post's text before its link that are looked at, each with a language test of the text before it.
const MAX_POST_SENTENCES = 8

/** Past the credit that opens the post's stretch, as codes or in brackets ("… Kompromiss. sba/hos/dpa Thanks for …", "… (APA/dpa, 12.3.2016) Thanks for …"). */
function pastOpeningCredit(text: string, start: number, anchor: number, { agencies }: PastedLexicon): number {
  const stretch = text.slice(start, anchor)
  const end = stretch.startsWith('(') ? stretch.indexOf(')') + 1 : stretch.search(/\s/)
  if (end <= 0 || !isAgencyCredit(stretch.slice(0, end), agencies)) return start
  return start + end + (/^\s*/.exec(stretch.slice(end))?.[0].length ?? 0)
}

/**
 * Past the agency credit that closes the line a post's sentence starts on ("… gestiegen. (APA,
 * 8.8.2015)⏎Russian …"; the splitter may cut inside it: "8.8. 2015)"), or that opens it.
 */
function afterCredit(text: string, start: number, anchor: number, { agencies }: PastedLexicon): number {
  const lineEnd = endOfLine(text, start)
  if (lineEnd >= anchor) return start
  if (isAgencyCredit(text.slice(start, lineEnd).trim(), agencies)) return nextLineStart(text, lineEnd)
  const credit = creditAround(text, start, lineEnd, agencies)?.end
  return credit !== undefined && text.slice(credit, lineEnd).trim() === '' ? nextLineStart(text, lineEnd) : start
}

/** "https://t.co/…" starts before the "t.co/" the search found. */
function startOfUrl(text: string, anchor: number): number {
  let start = anchor
  while (start > 0 && !/\s/.test(text[start - 1])) start--
  return start
}

function wordLength(text: string, from: number): number {
  let end = from
  while (end < text.length && !/\s/.test(text[end])) end++
  return end - from
}
