import { detectLanguage } from '../../engine/language.js'
import { countVisible } from '../../engine/blocks.js'
import type { Article, Block, Lang, Sentence, Token } from '../../engine/model.js'
import { lexiconSet } from '../../engine/lexicon.js'
import type { Registry } from '../credit/agencies.js'
import type { PastedLexicon } from './lexicon.js'
import { normalizePhrase } from '../phrases.js'

// What a block gives away about being pasted from a web page: each signal is one small test on a
// block's text, its links or its sentences.

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

export function viewBlock(article: Article, block: Block): BlockView {
  const visible = article.plain.slice(block.start, block.end)
  const text = visible.replace(/\s+/g, ' ').trim()
  const lines = visible
    .split('\n')
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

/**
 * "— Anton Gerashchenko (@Gerashchenko_en) September 6, 2023": the line an embedded tweet (or a
 * Bluesky or Mastodon post) signs off with. A dash, a name, the handle in brackets, a date with a
 * year. One bounded quantifier before a literal: no backtracking blow-up.
 */
const SIGNATURE = /^[—–-]{1,2} ?[^()\n]{1,80}\(@[\w.@-]{1,60}\)/u
const YEAR = /\b(?:19|20)\d\d\b/

export function isPostSignature(line: string): boolean {
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

/** The link to the one social-media post the block stands for (a tweet's status link), if it has one. */
export function postLink(block: Block, lexicon: PastedLexicon): string | undefined {
  return block.links.find((link) => {
    let url: URL
    try {
      url = new URL(link)
    } catch {
      return false
    }
    const host = url.hostname.toLowerCase().replace(/^(?:www|mobile|m)\./, '')
    return lexicon.postLinks.some(
      (pattern) => pattern.host.includes(host) && url.pathname.length > 1 && url.pathname.includes(pattern.path)
    )
  })
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
 * an Beispielen. (Suhrkamp, 16 Euro)").
 */
export function opensWithQuestionHook(view: BlockView): boolean {
  const [first, ...rest] = view.sentences
  if (!first || rest.length === 0) return false
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
 * A sentence opening with an imperative addressed to the reader: "Folgen Sie …", "Abonnieren Sie
 * …", "Sign up …", or an imperative that sends the reader to a link ("Follow AP's coverage at
 * https://…"), or the infinitive that page furniture calls with ("Jetzt kostenlos registrieren
 * und …"). Not inside quotation marks: „Folgen Sie den Anweisungen“ is someone speaking.
 */
export function hasCallToAction(view: BlockView, lexicon: PastedLexicon): boolean {
  return callsToAction(view, lexicon).length > 0
}

/** The sentences of the block that call on the reader (see hasCallToAction). */
export function callsToAction(view: BlockView, lexicon: PastedLexicon): Sentence[] {
  // A letters page's note calls on readers to write to the newsroom, as its own page.
  if (lexicon.lettersPage.within(view.lower) !== undefined) return []
  return view.sentences.filter((sentence) => {
    // "Folgen Sie ihr auf Instagram?" is an interviewer's question.
    if (endsAsQuestion(sentence.text)) return false
    const words = sentence.tokens.filter((token) => token.kind === 'word')
    const [verb, address] = words
    if (verb === undefined || verb.quoted) return false
    // The call negated is advice ("Laden Sie keine App aus unbekannten Quellen herunter").
    if (lexicon.ctaNegations.has(words[2]?.lower ?? '') && !lexicon.ctaNegatedCalls.has(verb.lower)) return false
    if (!lexicon.ctaVerbs.has(verb.lower)) return callsWithInfinitive(sentence, words, lexicon)
    return (address !== undefined && lexicon.ctaAddress.has(address.lower)) || linksFrom(view, sentence)
  })
}

/**
 * The sentence's own markdown holds one of the block's links. A link elsewhere in the block (a
 * citation in the next tip of a list) sends no call anywhere.
 */
export function linksFrom(view: BlockView, sentence: Sentence): boolean {
  const raw = view.raw.slice(sentence.start - view.block.start, sentence.end - view.block.start)
  return view.block.links.some((link) => raw.includes(link))
}

/**
 * "Jetzt registrieren", "Jetzt kostenlos anmelden und …", "Jetzt Plus testen: …": "jetzt", at
 * most two words, a call's verb ending the clause. "Jetzt testen die Forscher …" goes on with a
 * subject: prose. A separable verb ("weiterlesen", "herunterladen") is never the finite verb after
 * "jetzt" ("Jetzt lesen die Schüler weiter"): "Jetzt weiterlesen für 1 Euro." calls whatever follows.
 */
function callsWithInfinitive(sentence: Sentence, words: Token[], lexicon: PastedLexicon): boolean {
  if (words[0]?.lower !== 'jetzt') return false
  const at = words.slice(1, 4).findIndex((word) => lexicon.ctaVerbs.has(word.lower)) + 1
  if (at === 0) return false
  if (lexicon.ctaSeparable.has(words[at].lower)) return true
  const next = words[at + 1]
  if (next === undefined || next.lower === 'und') return true
  const after = sentence.tokens.find((token) => token.start >= words[at].end && token.kind !== 'whitespace')
  return after !== undefined && CLAUSE_END.test(after.value)
}

// A colon or a dash after the verb ends the call's clause ("Jetzt Plus testen: Vier Wochen …").
const CLAUSE_END = /^[:–—]$/

/**
 * What a call to action points at: a network or the outlet, a link in the call, or a newsletter, an app, "uns"
 * in the outlet's voice or with an exclamation mark. "Laden Sie keine App aus unbekannten Quellen
 * herunter." in a list of tips names an app, not the outlet's.
 */
export function namesCallToActionObject(view: BlockView, lexicon: PastedLexicon): boolean {
  if (lexicon.ctaPlaces.within(view.lower) !== undefined || namesOutlet(view, lexicon)) return true
  if (callsToAction(view, lexicon).some((sentence) => linksFrom(view, sentence))) return true
  return lexicon.ctaObjects.within(view.lower) !== undefined && (speaksAsOutlet(view) || exclaims(view))
}

const endsWithExclamation = endingIn('!')

/** Ends with an exclamation mark ("Jetzt testen!"). */
function exclaims(view: BlockView): boolean {
  return endsWithExclamation(view.text)
}

/** The outlet advertises its own products: "… bei BILD und in der BILD-App!". */
export function promotesOutletProduct(view: BlockView, lexicon: PastedLexicon): boolean {
  return lexicon.products.within(view.lower) !== undefined && namesOutlet(view, lexicon)
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
  const opening = article.text.slice(block.start, block.start + 2)
  if (opening !== '**' && opening !== '__') return undefined
  // A question or a hook is a line of a few hundred characters at most: the paragraph is not read past it.
  const head = article.text.slice(block.start, Math.min(block.end, block.start + MAX_BOLD_LINE))
  const lineEnd = head.search(/\r\n?|\n/)
  const bold = lineEnd < 0 ? null : /^(\*\*|__)([^*_]+)\1\s*$/.exec(head.slice(0, lineEnd))
  return bold ? { text: bold[2].trim(), end: block.start + lineEnd } : undefined
}

const MAX_BOLD_LINE = 400

/** The last line of visible text. */
export function lastLine(view: BlockView): string {
  return view.lines[view.lines.length - 1] ?? ''
}

/** The outlet names itself ("News.de", "ZEIT ONLINE"); names are case-sensitive, domains are not. */
export function namesOutlet(view: BlockView, lexicon: PastedLexicon): boolean {
  return lexicon.outlets.some((outlet) => {
    const domain = outlet.includes('.')
    const haystack = domain ? view.lower : view.text
    const needle = domain ? outlet.toLowerCase() : outlet
    // An empty name names no outlet, and every place would match it again and again.
    if (needle === '') return false
    for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
      const before = haystack[at - 1]
      const after = haystack[at + needle.length]
      const bounded = (before === undefined || !/[\p{L}\p{N}]/u.test(before)) && (after === undefined || !/[\p{L}\p{N}]/u.test(after))
      if (bounded && !inCreditCodes(haystack, at, lexicon)) return true
    }
    return false
  })
}

/** The credit line's codes hold the outlet's name ("… Community. sba/hos/news.de/dpa"): no outlet naming itself to the reader. */
function inCreditCodes(text: string, at: number, lexicon: PastedLexicon): boolean {
  const start = text.lastIndexOf(' ', at) + 1
  const end = text.indexOf(' ', at)
  return isAgencyCodes(text.slice(start, end < 0 ? text.length : end), lexicon.agencies)
}

/** The credit line's codes, the agency last ("sba/hos/news.de/dpa"); a photo's credit names its photographer last ("REUTERS/Dana Whitfield"). */
export function isAgencyCodes(text: string, agencies: Registry): boolean {
  return isCreditText(text) && isAgencyCode(text.slice(text.lastIndexOf('/') + 1).toLowerCase(), agencies)
}

const READER = {
  de: new Set(['Sie', 'Ihnen', 'Ihr', 'Ihre', 'Ihren', 'Ihrem', 'Ihrer', 'Ihres']),
  en: new Set(['you', 'your', 'You', 'Your'])
}
// The polite "Sie" takes the plural: "Sie will", "Sie hat" after a colon is "she".
const THIRD_PERSON_SINGULAR = new Set(
  'ist war hat hatte wird wurde will wollte kann konnte muss musste soll sollte darf durfte mag möchte weiß wusste'.split(' ')
)

/**
 * The block speaks to the reader ("Sie", "Ihnen", "you"). A German "Sie" or "Ihr" opening a
 * sentence is as often "she" or "her": there only the words inside a sentence count.
 */
export function addressesReader(view: BlockView): boolean {
  const reader = READER[view.block.lang]
  return view.sentences.some((sentence) => {
    const words = sentence.tokens.filter((token) => token.kind === 'word')
    return words.some(
      (token, index) =>
        reader.has(token.value) &&
        (view.block.lang !== 'de' || (index > 0 && !(token.value === 'Sie' && THIRD_PERSON_SINGULAR.has(words[index + 1]?.value ?? ''))))
    )
  })
}

/**
 * The text promotes: it speaks as the outlet, sends the reader somewhere (an imperative, a linked
 * label) or exclaims ("Jetzt testen!"). News prose about apps, subscriptions and standards does none of
 * these; speaking to the reader alone is service journalism too ("Achten Sie auf die
 * Cookie-Einstellungen").
 */
export function promotes(view: BlockView, lexicon: PastedLexicon): boolean {
  return speaksAsOutlet(view) || callsOrExclaims(view, lexicon)
}

/**
 * The words naming one of the outlet's products in its own voice, unquoted: its possessive, then
 * within three words the product or a compound ending in it ("unsere App", "unserem kostenlosen
 * Wetter-Newsletter").
 */
export function ownProduct(sentence: Sentence, lexicon: PastedLexicon): string | undefined {
  const words = sentence.tokens.filter((token) => token.kind === 'word' && !token.quoted)
  for (let at = 0; at < words.length; at++) {
    if (!lexicon.possessives.has(words[at].lower)) continue
    for (let next = at + 1; next < Math.min(words.length, at + 4); next++) {
      if (isProduct(words[next].lower, lexicon))
        return words
          .slice(at, next + 1)
          .map((word) => word.value)
          .join(' ')
    }
  }
  return undefined
}

function isProduct(lower: string, lexicon: PastedLexicon): boolean {
  const dash = lower.lastIndexOf('-')
  if (lexicon.productWords.has(lower) || (dash > 0 && lexicon.productWords.has(lower.slice(dash + 1)))) return true
  // A closed compound of a long product word, also in the genitive: "unseres Wissenschaftspodcasts" ("knapp" ends in no "app").
  const stem = lower.endsWith('s') ? lower.slice(0, -1) : lower
  return [...lexicon.productWords].some(
    (product) => product.length >= MIN_COMPOUND_PRODUCT && stem.length > product.length && stem.endsWith(product)
  )
}

const MIN_COMPOUND_PRODUCT = 7

/**
 * Speaks to the reader, calls, exclaims or stands as a label: where the outlet's products and desk
 * in its own voice promote ("Mit unserem Newsletter erhalten Sie …"). An interviewee speaks of
 * "unsere App" too ("Unsere App hat kaum jemand benutzt.").
 */
export function addressesOrCalls(view: BlockView, lexicon: PastedLexicon): boolean {
  return addressesReader(view) || callsOrExclaims(view, lexicon) || standsAsLabel(view.text, lexicon.agencies)
}

/**
 * Ends without a full stop and is no question: a label ("Alles Wichtige in unserer App"). A credit
 * at the end is no part of the text ("Mehr dazu wollte er nicht sagen. (dpa)", "… dpa / AFP").
 */
export function standsAsLabel(text: string, agencies: Registry): boolean {
  const own = beforeCredit(text, agencies)
  return endsWithoutFullStop(own) && !endsAsQuestion(own)
}

function callsOrExclaims(view: BlockView, lexicon: PastedLexicon): boolean {
  return hasCallToAction(view, lexicon) || linkedLabel(view) || exclaims(view)
}

/** A link in a line without a full stop: a link box's label. A link in a sentence of prose cites. */
function linkedLabel(view: BlockView): boolean {
  return view.block.links.length > 0 && endsWithoutFullStop(view.text)
}

const OUTLET_WE = new Set(['wir', 'uns', 'unser', 'unsere', 'unseren', 'unserem', 'unserer', 'we', 'us', 'our'])

/** The block speaks as the outlet ("Folgen Sie uns", "Sign up for our …"). */
export function speaksAsOutlet(view: BlockView): boolean {
  return view.sentences.some((sentence) =>
    sentence.tokens.some((token) => token.kind === 'word' && !token.quoted && OUTLET_WE.has(token.lower))
  )
}

// "Dieser Artikel …", "Um diesen Artikel zu lesen", "Diese Website …", "This article …".
export const THIS_PAGE =
  /\b(?:dies(?:er|e|es|en|em)|this)\s+(?:artikel|text|beitrag|seite|website|audioversion|zusammenfassung|article|story|site|page|summary)\b/i

/**
 * A sentence in the voice of page furniture: it speaks to the reader or calls on them, stands as
 * a label, speaks as the outlet or of this page ("Wenn Sie fortfahren, stimmen Sie … zu.", "A
 * version of this article appears in print …"), or reads as a notice. Report prose does none of these.
 */
export function inFurnitureVoice(view: BlockView, lexicon: PastedLexicon): boolean {
  return addressesOrCalls(view, lexicon) || speaksAsOutlet(view) || THIS_PAGE.test(view.text) || readsAsNotice(view, lexicon)
}

/**
 * Two of the notices' words (`boilerplate.noticeWords`) unquoted, and no figure: "Der Inhalt darf
 * nicht kopiert werden.", "Nachdruck und Weiterverbreitung nur mit Genehmigung.", "Damit können
 * Daten an Meta übermittelt werden.". A report's sentence names one at most ("Die Genehmigung
 * fehlte.") or gives figures ("… mit 120 Kräften im Einsatz").
 */
export function readsAsNotice(view: BlockView, lexicon: PastedLexicon): boolean {
  if (/\p{N}/u.test(view.text)) return false
  const words = view.sentences.flatMap((sentence) => sentence.tokens.filter((token) => token.kind === 'word' && !token.quoted))
  const notice = new Set(words.map((word) => word.lower).filter((lower) => lexicon.noticeWords.has(lower)))
  return notice.size >= MIN_NOTICE_WORDS
}

const MIN_NOTICE_WORDS = 2

// "© 2023 Verlag", "(c) dpa", "Copyright 2016 Reuters": the mark, then a year or a holder's
// capital; the word, then a year ("Das Copyright Office lehnte ab" names an authority). "… zum
// Thema Copyright geäußert" discusses copyright; it is no notice.
const COPYRIGHT_MARK = /(?:©|\([cC]\)) ?(?:(?:19|20)\d\d\b|[A-ZÄÖÜ©])|\b(?:Copyright|COPYRIGHT)\b (?:(?:©|\([cC]\)) ?)?(?:19|20)\d\d\b/
const MAX_NOTICE = 150

/** A short line with a copyright mark and a year or holder, not quoted: a copyright footer. */
export function isCopyrightNotice(view: BlockView): boolean {
  const at = view.text.length <= MAX_NOTICE ? copyrightMarkAt(view.text) : -1
  return at >= 0 && !insideQuotes(view.text, at)
}

/** Where the copyright mark stands ("© 2016 …", "Copyright 2016"), or -1. */
export function copyrightMarkAt(text: string): number {
  return text.search(COPYRIGHT_MARK)
}

/**
 * Whether `at` lies inside German or Swiss quotation marks („…“, »…«, «…»: a guillemet closes the
 * other one, as the engine's quote marking reads them) or straight double ones.
 */
export function insideQuotes(text: string, at: number): boolean {
  const open: string[] = []
  let straight = 0
  for (const char of text.slice(0, at)) {
    const top = open[open.length - 1]
    if (char === '"') straight++
    else if (char === '„') open.push(char)
    else if (char === '“' && top === '„') open.pop()
    else if (char === '»' || char === '«') {
      if (top === (char === '»' ? '«' : '»')) open.pop()
      else open.push(char)
    }
  }
  return open.length > 0 || straight % 2 === 1
}

/**
 * The agency credit line ("sba/hos/news.de/dpa", "(APA, 12.3.2016)", "© dpa-infocom, dpa:…",
 * "Quelle: ntv.de, mli/dpa"): the credit analysis owns it, it is not boilerplate.
 */
export function looksLikeCredit(view: BlockView): boolean {
  return isCreditText(view.text)
}

/** The text, its spaces collapsed, reads as an agency credit line; see looksLikeCredit. */
function isCreditText(text: string): boolean {
  if (text.length > 120) return false
  return (
    /^\(.*\)$/.test(text) ||
    /^[\p{L}.-]+(?:\/[\p{L}.-]+)+$/u.test(text) ||
    text.toLowerCase().includes('dpa-infocom') ||
    /^(?:quelle|source|mit material von|with reporting by|reporting by)\b/i.test(text)
  )
}

/** A credit line of an agency: "(APA, 8.8.2015)", "(dpa)", "sba/hos/news.de/dpa", not "(Video)". */
export function isAgencyCredit(text: string, agencies: Registry): boolean {
  return text.startsWith('(') ? beforeCredit(text, agencies) === '' : isCreditText(text)
}

/**
 * The text without an agency credit at its end, in brackets ("Mehr dazu wollte er nicht sagen.
 * (dpa)", "… (APA, 8.8.2015)") or as the credit line's codes ("… nicht sagen. sba/hos/news.de/dpa"):
 * the brackets open with, or the codes hold, an agency of the registry or "red". "(Video)" and
 * "und/oder" are the text's own.
 */
export function beforeCredit(text: string, agencies: Registry): string {
  const end = text.trimEnd()
  return end.endsWith(')') ? beforeBracketedCredit(text, end, agencies) : beforeCodes(text, end, agencies)
}

function beforeBracketedCredit(text: string, end: string, agencies: Registry): string {
  // By hand, not /\s*\((…)\)\s*$/: that searches on from every space of a long run.
  const open = end.lastIndexOf('(')
  if (open < 0 || end.length - open > MAX_CREDIT_BRACKETS) return text
  const inside = end.slice(open + 1, -1)
  const first = inside
    .trim()
    .split(/[\s/,;]+/)[0]
    .toLowerCase()
  if (inside.includes(')') || first === '') return text
  return isAgencyCode(first, agencies) ? text.slice(0, open).trimEnd() : text
}

function beforeCodes(text: string, end: string, agencies: Registry): string {
  const start = codesStart(end)
  // After a space or a line break that is the text's: codes alone, or a cut word, are no credit at the end.
  if (start === undefined || start === 0 || !/\s/.test(end[start - 1])) return text
  return end
    .slice(start)
    .split('/')
    .some((code) => isAgencyCode(code.trim().toLowerCase(), agencies))
    ? end.slice(0, start).trimEnd()
    : text
}

const CODE_CHAR = /[\p{L}.-]/u
const GAP_CHAR = /[ \t]/

/**
 * Where the codes joined by slashes at the end of the text start ("sba/hos/news.de/dpa", "dpa /
 * AFP"), read from the end by hand and only as far as a credit reaches (a pattern for them
 * backtracks on a long run of slashes).
 */
function codesStart(end: string): number | undefined {
  const limit = Math.max(0, end.length - MAX_CREDIT_BRACKETS)
  let at = end.length
  let codes = 0
  let start = at
  while (at > limit) {
    let from = at
    while (from > limit && CODE_CHAR.test(end[from - 1])) from--
    if (from === at) break
    codes++
    start = from
    let gap = from
    while (gap > limit && GAP_CHAR.test(end[gap - 1])) gap--
    if (gap === limit || end[gap - 1] !== '/') break
    gap--
    while (gap > limit && GAP_CHAR.test(end[gap - 1])) gap--
    at = gap
  }
  return codes >= 2 && start > limit ? start : undefined
}

/**
 * The agency credit in brackets that `at` lies inside, from its opening to past its closing
 * bracket, for a credit the sentence splitter cut at a full stop ("(APA, 8.8." | "2015) Folgen Sie
 * …"); the bracket closes before `limit`. `undefined` where `at` lies in no credit.
 */
export function creditAround(text: string, at: number, limit: number, agencies: Registry): { start: number; end: number } | undefined {
  const before = text.slice(Math.max(0, at - MAX_CREDIT_BRACKETS), at)
  const open = before.lastIndexOf('(')
  const close = text.slice(at, Math.min(limit, at + MAX_CREDIT_BRACKETS)).indexOf(')')
  if (open < 0 || before.includes(')', open) || close < 0) return undefined
  const opened = at - before.length + open
  return beforeCredit(text.slice(opened, at + close + 1), agencies) === '' ? { start: opened, end: at + close + 1 } : undefined
}

function isAgencyCode(lower: string, agencies: Registry): boolean {
  return lower === 'red' || agencies.byLowerSpelling.has(lower)
}

// "(APA, 12.3.2016)", "(AFP/Reuters/dpa, 8.8.2015)": a credit in brackets is short.
const MAX_CREDIT_BRACKETS = 82

/** A #tag or an @handle. */
const POST_MARK = /(?:^|\s)[#@][\p{L}\p{N}_]/u

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

/** Nearly all visible text is link text: a link box or a "related articles" list. */
export function isOnlyLinks(block: Block): boolean {
  return block.links.length > 0 && linkShare(block) >= 0.8
}
