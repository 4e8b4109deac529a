import { append } from '../../engine/arrays.js'
import { type AnalyzeOptions, type Stage, inBlock } from '../../engine/stage.js'
import { perVocabulary, vocabularyWordsOfAllLanguages } from '../../engine/vocabulary.js'
import { endOfLine, endOfLineBefore, nextLineStart, startOfLine } from '../../engine/line-breaks.js'
import { SETEXT_UNDERLINE } from '../../engine/limits.js'
import type { Article, Block, BlockKind, Lang, PastedBlock, PastedSignal, Sentence } from '../../engine/model.js'
import { findInlinePosts } from './inline-posts.js'
import { isNavigation, isCaptionLine } from './page-lines.js'
import { isControlRow } from './control-rows.js'
import { inAnswer, interviewAnswers } from './interview.js'
import { extendEmbedsToPostText, extendHooks, extendKickers, keepCrossheads, opensProse } from './neighbours.js'
import { MAX_EMBED, MAX_INDENT, MAX_HOOK, MAX_HOOK_LINE, MAX_LABEL_LINE, MAX_LABEL_LINES, MAX_PASTED, MAX_POST } from './sizes.js'
import { type Verdict, pastedSentences, pastedTail, withoutCreditLine, withoutEditorsNote, withoutFootnoteLabel } from './extent.js'
import { PASTED_KINDS, type PastedLexicon, isBoxLine, pastedLexicon } from './lexicon.js'
import { type PhraseList, normalizePhrase, trimToWords, withoutFormatMarks, withoutFormatMarksAt } from '../phrases.js'
import {
  type BlockView,
  endsWithoutFullStop,
  hasGluedColon,
  isHeadlineLike,
  isOnlyLinks,
  lastLine,
  linksFrom,
  opensWithProse,
  opensWithQuestionHook,
  viewBlock,
  viewSentence,
  visibleText
} from './signals.js'
import { isAgencyCredit, copyrightMarkAt, isCopyrightNotice, insideQuotes, looksLikeCredit } from './credit-signals.js'
import {
  carriesPostMarks,
  hasEmbedMedia,
  isForeignPost,
  isPostSignature,
  isProseLine,
  mediaLinks,
  postLink,
  readsAsPost,
  textInLanguage
} from './post-signals.js'
import {
  addressesReader,
  callsToAction,
  hasCallToAction,
  speaksAsOutlet,
  THIS_PAGE,
  namesCallToActionObject,
  namesOutlet,
  promotes,
  promotesAfterOpening,
  promotesOutletProduct,
  addressesOrCalls,
  standsAsLabel,
  ownProduct,
  opensConsentBox,
  reportedAsSaid,
  leadInEnd
} from './voice-signals.js'

// Block classification: marks the blocks that were pasted into the article rather than written
// for it (Pressekodex Ziffer 7) as `teaser`, `boilerplate` or `embed`; `structure` keeps the
// markdown kind. Runs first, so that every later stage and rule can skip them. Where a block also
// holds the article's own text, only the pasted sentences are marked, as spans (extent.ts)
// and the block stays the article's. The phrase lists
// are data (`lexicons/*/pasted.yaml`), extended by the options of the rules teaser, boilerplate
// and embed (`phrases`, and the boilerplate rule's `outlets`).

/** Markdown kinds that pasted material arrives as. Title, lead and frontmatter are the article's own. */
const CANDIDATES: ReadonlySet<BlockKind> = new Set(['paragraph', 'heading', 'quote', 'list'])

/** The pasted-material lexicon with the newsroom's phrases and outlets. */
const newsroomPastedLexicon = perVocabulary((vocabulary) =>
  pastedLexicon({
    teaser: vocabularyWordsOfAllLanguages(vocabulary, 'teaserPhrases'),
    boilerplate: vocabularyWordsOfAllLanguages(vocabulary, 'boilerplatePhrases'),
    embed: vocabularyWordsOfAllLanguages(vocabulary, 'embedPhrases'),
    outlets: vocabularyWordsOfAllLanguages(vocabulary, 'outlets'),
    agencies: vocabularyWordsOfAllLanguages(vocabulary, 'agencies')
  })
)

export const classifyStage: Stage = { id: 'classify', reads: [], writes: ['blockKinds', 'pasted'], run: classifyBlocks }

function classifyBlocks(article: Article, options: AnalyzeOptions): void {
  const lexicon = newsroomPastedLexicon(options.vocabulary)
  const views = article.blocks.map((block) => (isCandidate(block) ? keptView(article, block, options) : undefined))
  // A block's own verdict and the pasted parts inside it read the block and the article's language
  // alone: an edit elsewhere keeps them (the memo's block key holds the rest).
  const verdicts = views.map((view) =>
    view && !looksLikeCredit(view)
      ? inBlock(options, 'classify', article, view.block, `alone ${article.lang}`, () => classifyAlone(article, view, lexicon), kept)
      : undefined
  )
  const answers = interviewAnswers(article, views, lexicon)
  for (const index of answers) verdicts[index] = inAnswer(verdicts[index])
  extendEmbedsToPostText(article, views, verdicts, lexicon)
  extendKickers(article, views, verdicts, lexicon)
  const tail = lastArticleParagraph(article, verdicts) + 1
  classifyTail(views, verdicts, lexicon, tail, answers)
  keepCrossheads(article, views, verdicts, lexicon)
  const parts = verdicts.map((verdict, index) => verdict && pastedParts(article, index, verdict, lexicon, index >= tail))
  extendHooks(article, views, verdicts, parts)
  const pasted: PastedBlock[] = []
  const inside: PastedBlock[] = []
  verdicts.forEach((verdict, index) => {
    if (!verdict) return
    if (parts[index]) return append(inside, parts[index])
    article.blocks[index].kind = verdict.kind
    const unbounded = gluedToCrosshead(article, views, verdicts, index, lexicon)
    pasted.push({ block: index, kind: verdict.kind, signal: verdict.signal, ...(unbounded ? { startUnknown: true as const } : {}) })
  })
  linkPosts(article, pasted, views, lexicon)
  article.blocks.forEach((block, index) => {
    if (verdicts[index] || !CANDIDATES.has(block.structure) || block.kind !== block.structure || block.textLength === 0) return
    const inTail = index >= tail
    const answer = answers.has(index)
    const find = () => pastedInside(article, block, lexicon, inTail, answer)
    append(inside, inBlock(options, 'classify', article, block, `inside ${article.lang} ${inTail} ${answer}`, find, movePasted))
  })
  article.annotations.pasted = [...pasted, ...inside]
    .flatMap((part) => withoutCreditLine(article, part, lexicon.agencies))
    .flatMap((part) => withoutEditorsNote(article, part))
    .map((part) => withoutFootnoteLabel(article, part))
    .sort((a, b) => a.block - b.block || (a.span?.start ?? 0) - (b.span?.start ?? 0))
}

/** The posts pasted into an article paragraph, and the pasted sentences glued to its end. */
function pastedInside(article: Article, block: Block, lexicon: PastedLexicon, inTail: boolean, answer: boolean): PastedBlock[] {
  const posts = findInlinePosts(article, block.index, lexicon)
  const glued = pastedTail(
    article,
    block,
    (view) => {
      const verdict = gluedVerdict(article, view, lexicon, inTail)
      return answer ? inAnswer(verdict) : verdict
    },
    lexicon
  )
  return [...posts, ...glued.filter((part) => !posts.some((post) => overlap(post.span!, part.span!)))]
}

/** The block's view; its text worked out again only for a block the analysis before did not have. */
function keptView(article: Article, block: Block, options: AnalyzeOptions): BlockView {
  const view = inBlock(options, 'classify', article, block, 'view', () => viewBlock(article, block), kept)
  return view.block === block ? view : { ...view, block, sentences: block.sentences.map((index) => article.sentences[index]) }
}

/** A verdict holds no offsets: it stands wherever its block moved. */
function kept<T>(found: T): T {
  return found
}

function movePasted(parts: PastedBlock[], by: number, index: number): PastedBlock[] {
  return parts.map((part) => ({
    ...part,
    block: index,
    ...(part.span ? { span: { start: part.span.start + by, end: part.span.end + by } } : {})
  }))
}

/**
 * The parts of a block with a verdict that were pasted, where the block also holds the article's
 * own text: the posts at their media links, or the sentences that carry the signal themselves.
 * `undefined` when the block is pasted throughout.
 */
function pastedParts(
  article: Article,
  index: number,
  verdict: Verdict,
  lexicon: PastedLexicon,
  inTail: boolean
): PastedBlock[] | undefined {
  const block = article.blocks[index]
  if (block.structure === 'heading') return gluedToHeading(article, block, verdict, lexicon)
  if (verdict.extent === 'block') return undefined
  if (verdict.extent === 'posts') {
    const posts = findInlinePosts(article, index, lexicon)
    // None where every media link is cited in the article's sentence: the block is the article's.
    return posts.length === 0 ? [] : coversBlock(article, block, posts) ? undefined : posts
  }
  if (verdict.signal.key === 'postSignature' || verdict.signal.key === 'signedPost') return postUnderProse(article, block, verdict, lexicon)
  const parts = pastedSentences(article, block, (view) => sentenceVerdict(article, view, lexicon, inTail), lexicon)
  if (parts !== 'none') return parts
  // No sentence gives itself away: the block's signal spans them ("… wir … Jetzt weiterlesen mit
  // Plus-Abo: …"). Then the sentences holding its phrase are the pasted ones, where they open
  // with a label or promote themselves: a report's "Abonnentinnen und Abonnenten" stays, though
  // a link box glued to its paragraph promotes. Without a phrase a short box goes whole, a longer
  // block or a list (tips, one with a call) stays.
  const phrase = verdict.signal.quoted
  if (phrase !== undefined) {
    const own = lexicon.kinds[verdict.kind]
    const holds = (view: BlockView) =>
      view.text.includes(phrase) && (phraseSignal(view, own.opens, own.contains, own.is) !== undefined || promotes(view, lexicon))
    const holding = pastedSentences(article, block, (view) => (holds(view) ? verdict : undefined), lexicon)
    return holding === 'none' ? [] : holding
  }
  return block.structure !== 'list' && block.textLength <= MAX_HOOK ? undefined : []
}

/** A sentence judged by the tests for whole blocks (and below the article, by the weaker ones). */
function sentenceVerdict(article: Article, view: BlockView, lexicon: PastedLexicon, inTail: boolean): Verdict | undefined {
  if (looksLikeCredit(view)) return undefined
  return classifyAlone(article, view, lexicon) ?? (inTail ? tailVerdict(view, lexicon) : undefined)
}

/**
 * A sentence glued to the end of an article paragraph is pasted only on a signal of its own that
 * prose does not give: not inside a quote, and a teaser only with its label's colon or question
 * mark ("Lesen Sie auch: …", "Schon gelesen? …"), since "Mehr dazu sagte er nicht." is prose.
 */
function gluedVerdict(article: Article, view: BlockView, lexicon: PastedLexicon, inTail: boolean): Verdict | undefined {
  if (view.sentences.some((sentence) => sentence.tokens.some((token) => token.quoted))) return undefined
  // A line of the page's controls or navigation under the paragraph ("… celebrating.⏎Share this post · Copy link").
  if (opensLine(article, view.block.start)) {
    if (isNavigation(view.text)) return { kind: 'boilerplate', signal: { key: 'navigation' }, extent: 'sentences' }
    if (isControlRow(view.text, lexicon)) return { kind: 'boilerplate', signal: { key: 'isOnly', quoted: view.text }, extent: 'sentences' }
  }
  const verdict = sentenceVerdict(article, view, lexicon, inTail)
  if (verdict?.extent !== 'sentences' || (verdict.kind === 'teaser' && !/^[^:?]{1,40}[:?]/.test(view.text))) return undefined
  return verdict
}

/** Only blanks and quote marks stand between `at` and the line's start before it. */
function opensLine(article: Article, at: number): boolean {
  for (let before = at - 1; before >= Math.max(0, at - MAX_INDENT); before--) {
    const char = article.text[before]
    if (char === '\n' || char === '\r') return true
    if (char !== ' ' && char !== '\t' && char !== '>') return false
  }
  return at === 0
}

/** The posts found cover every sentence of the block. */
function coversBlock(article: Article, block: Block, posts: PastedBlock[]): boolean {
  return block.sentences.every((index) =>
    posts.some((post) => post.span!.start <= article.sentences[index].start && article.sentences[index].end <= post.span!.end)
  )
}

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end
}

/**
 * Adjacent embed blocks are one post until a signature line closes it; where one of its blocks
 * carries the link to the original post (a tweet's status link), the post can become that link.
 */
function linkPosts(article: Article, pasted: PastedBlock[], views: Array<BlockView | undefined>, lexicon: PastedLexicon): void {
  const embeds = pasted.filter((entry) => entry.kind === 'embed')
  let post: PastedBlock[] = []
  embeds.forEach((entry, position) => {
    post.push(entry)
    const next = embeds[position + 1]
    const closed =
      isPostSignature(views[entry.block] ? lastLine(views[entry.block]!) : '') || next === undefined || next.block !== entry.block + 1
    if (!closed) return
    const carrier = post.find((member) => postLink(article.blocks[member.block], lexicon) !== undefined)
    const link = carrier && postLink(article.blocks[carrier.block], lexicon)
    if (link) for (const member of post) member.post = { link, holdsLink: member === carrier }
    post = []
  })
}

function isCandidate(block: Block): boolean {
  return CANDIDATES.has(block.structure) && block.kind === block.structure && block.textLength > 0 && block.textLength <= MAX_EMBED
}

/** A line of web addresses only, word by word: one pattern for the whole line backtracks exponentially. */
function isWebAddresses(line: string): boolean {
  return line.split(' ').every((word) => /^https?:\/\/\S/.test(word))
}

/** What the block's own text and links say. */
function classifyAlone(article: Article, view: BlockView, lexicon: PastedLexicon): Verdict | undefined {
  const { kinds } = lexicon
  const length = view.block.textLength
  // The credit line may stand under the post, in its block ("… — Name (@handle) April 14, 2024⏎(red, 5. 2. 2016)"); it stays the article's.
  const credited = view.lines.length > 1 && isAgencyCredit(lastLine(view), lexicon.agencies)
  const signed = isPostSignature(credited ? view.lines[view.lines.length - 2] : lastLine(view))
  // A consent placeholder over the post it held ("Empfohlener redaktioneller Inhalt ⏎ … ⏎ — Name (@handle) …") is pasted throughout.
  if (signed && kinds.embed.opens.opens(view.lower)) return { kind: 'embed', signal: { key: 'postSignature' }, extent: 'block' }
  if (length <= MAX_POST && hasEmbedMedia(view, lexicon)) return { kind: 'embed', signal: { key: 'postMediaLink' }, extent: 'posts' }
  // A signed block whose media link stands on a line longer than a post is prose with the post glued
  // to its end (see sizes.ts); a post on lines of its own under the prose goes by its lines (postUnderProse).
  if (signed && view.raw.split(/\r\n?|\n/).some((line) => line.length > MAX_POST && mediaLinks(line, lexicon).length > 0))
    return { kind: 'embed', signal: { key: 'postMediaLink' }, extent: 'posts' }
  if (signed) return { kind: 'embed', signal: { key: 'postSignature' }, extent: signedBlockExtent(article, view, lexicon) }
  const embedPhrase =
    unlessReported(phraseSignal(view, kinds.embed.opens, kinds.embed.contains, kinds.embed.is), view, lexicon) ??
    (addressesOrLabels(view, lexicon) ? unlessReported(phraseSignal(view, undefined, lexicon.addressingPhrases), view, lexicon) : undefined)
  if (embedPhrase) return { kind: 'embed', signal: embedPhrase, extent: 'sentences' }
  if (length > MAX_PASTED) return undefined
  // A block that is only the link to a post is how a post is embedded (or linked) properly, also over
  // the credit line, as the embed fix leaves it ("<https://twitter.com/…/status/…>⏎sba/hos/news.de/dpa").
  const linkOnly = isOnlyLinks(view.block) || (credited && view.lines.slice(0, -1).every(isWebAddresses))
  if (linkOnly && postLink(view.block, lexicon)) return undefined
  const teaserOpening = labelOrPromotion(view, lexicon, phraseSignal(view, kinds.teaser.opens, undefined, kinds.teaser.is))
  if (teaserOpening) return { kind: 'teaser', signal: teaserOpening, extent: 'sentences' }
  const boilerplatePhrase =
    labelOrPromotion(
      view,
      lexicon,
      unlessReported(phraseSignal(view, kinds.boilerplate.opens, kinds.boilerplate.contains, kinds.boilerplate.is), view, lexicon)
    ) ??
    (promotes(view, lexicon) || THIS_PAGE.test(view.text) ? phraseSignal(view, undefined, lexicon.promotingPhrases) : undefined) ??
    promotionUnderLabel(view, lexicon) ??
    ownVoice(article, view, lexicon)
  if (boilerplatePhrase) return { kind: 'boilerplate', signal: boilerplatePhrase, extent: 'sentences' }
  if (isButtonRow(view, lexicon)) return { kind: 'boilerplate', signal: { key: 'isOnly', quoted: view.text }, extent: 'block' }
  // A list of such lines is a report naming them ("Genannt werden etwa: - Anzeige - Werbung").
  if (view.block.structure === 'paragraph') {
    const labels = labelLines(view, lexicon)
    if (labels) return labels
    // A caption's credit goes alone where a sentence stands before it on its line: that may be the article's ("…, sagte ein Sprecher. Foto: APA/…").
    if (view.lines.every(isCaptionLine)) return { kind: 'boilerplate', signal: { key: 'caption' }, extent: 'sentences' }
  }
  // A call in a block quote under a lead-in is the quoted speaker's ("Die Organisatoren verlasen eine Erklärung:⏎> … Folgen Sie uns auf Facebook …").
  if (hasCallToAction(view, lexicon) && namesCallToActionObject(view, lexicon) && !quotedUnderLeadIn(article, view.block))
    return { kind: 'boilerplate', signal: { key: 'callToAction' }, extent: 'sentences' }
  if (isCopyrightNotice(view) && !reportsWhere(view, lexicon))
    return { kind: 'boilerplate', signal: { key: 'copyright' }, extent: 'sentences' }
  if (promotesOutletProduct(view, lexicon) && promotes(view, lexicon))
    return { kind: 'boilerplate', signal: { key: 'ownProducts' }, extent: 'sentences' }
  const teaserPhrase = unlessReported(phraseSignal(view, undefined, kinds.teaser.contains), view, lexicon)
  if (teaserPhrase) return { kind: 'teaser', signal: teaserPhrase, extent: 'sentences' }
  if (length <= MAX_HOOK) {
    if (isOnlyLinks(view.block) && !opensWithProse(view) && !linksToDocuments(view.block))
      return { kind: 'teaser', signal: { key: 'onlyLinks' }, extent: 'block' }
    // Under lines of the article's prose the kicker is its own line: the block's sentences are tested one by one.
    if (hasGluedColon(view.text) && endsWithoutFullStop(view.text))
      return { kind: 'teaser', signal: { key: 'gluedKicker' }, extent: isHeadlineLike(view) ? 'block' : 'sentences' }
    if (opensWithQuestionHook(view)) return { kind: 'teaser', signal: { key: 'questionHook' }, extent: 'block' }
  }
  if (isForeignPost(article, view)) return { kind: 'embed', signal: { key: 'foreignPost' }, extent: 'block' }
  return undefined
}

/** A verb of saying or standing on the notice's line: it reports where a notice stands ("© 2016 Stadt Wien – so steht es unter dem Plakat."). */
function reportsWhere(view: BlockView, lexicon: PastedLexicon): boolean {
  const line = view.lines.find((candidate) => copyrightMarkAt(candidate) >= 0) ?? ''
  return (line.toLowerCase().match(/\p{L}+/gu) ?? []).some((word) => lexicon.reportingVerbs.has(word))
}

/**
 * The outlet's products and desk in its own voice, in a sentence that speaks to the reader, calls,
 * exclaims or stands as a label ("Mit unserem Newsletter erhalten Sie …"). In an interview the
 * "Sie" of the question is the interviewee, and "Unsere App hat kaum jemand benutzt." is theirs; in
 * a block quote under a lead-in ("Der Chefredakteur warb für das Angebot:") the words are the
 * quoted speaker's, and so is a sentence reported with its speaker after it ("Mit unserer App sind
 * Sie immer informiert, heißt es in der Werbung.").
 */
function ownVoice(article: Article, view: BlockView, lexicon: PastedLexicon): PastedSignal | undefined {
  if (quotedUnderLeadIn(article, view.block)) return undefined
  const products = view.sentences.map((sentence) => ownProduct(sentence, lexicon))
  if (products.every((product) => product === undefined) && lexicon.ownVoicePhrases.within(view.lower) === undefined) return undefined
  for (const [index, sentence] of view.sentences.entries()) {
    if (reportedAsSaid(sentence, view.block.lang, lexicon)) continue
    const alone = view.sentences.length === 1 ? view : viewSentence(article, view.block, sentence)
    const quoted = products[index] ?? phraseSignal(alone, undefined, lexicon.ownVoicePhrases)?.quoted
    if (quoted !== undefined && addressesOrCalls(alone, lexicon)) return { key: 'contains', quoted }
  }
  return undefined
}

/** Files a source is published as ("Das Urteil im Wortlaut (PDF)"); a teaser links to a page. */
const DOCUMENT = /\.(?:pdf|docx?|odt|xlsx?|ods|csv)(?:[?#]|$)/i

/** Every link of the block leads to a document: the article's source, not a teaser for another story. */
function linksToDocuments(block: Block): boolean {
  return block.links.every((link) => DOCUMENT.test(link))
}

/** A block quote right under a paragraph that ends with a colon: someone's words, introduced. */
function quotedUnderLeadIn(article: Article, block: Block): boolean {
  const before = article.blocks[block.index - 1]
  if (block.structure !== 'quote' || before === undefined) return false
  // The paragraph's last mark, read back over blanks: not a copy of a paragraph that may be long.
  let end = before.end
  while (end > before.start && /\s/.test(article.text[end - 1])) end--
  return article.text[end - 1] === ':'
}

/**
 * A crosshead with pasted text glued after its words ("## Die Reaktionen © 2016 Lokalkurier
 * Verlag", "## Die Reaktionen Alle Rechte vorbehalten."): the crosshead's words stay, the part runs
 * from the phrase or the kind's label before it ("## Die Reaktionen Schon gelesen? Nordkorea-Tyrann
 * …"), or from the copyright mark, to the heading's end.
 */
function gluedToHeading(article: Article, block: Block, verdict: Verdict, lexicon: PastedLexicon): PastedBlock[] | undefined {
  const at = pastedStartInHeading(article, block, verdict, lexicon)
  const before = at < 0 ? '' : withoutFormatMarks(headingText(article, block).slice(0, at).replace(/^#+/, '')).trim()
  if (before === '') return undefined
  // A heading underlined with "=" or "-" keeps its underline.
  const lastLine = startOfLine(article.text, block.end)
  const underlined = lastLine > block.start && SETEXT_UNDERLINE.test(article.text.slice(lastLine, block.end))
  const end = underlined ? endOfLineBefore(article.text, lastLine) : block.end
  return [{ block: block.index, kind: verdict.kind, signal: verdict.signal, span: { start: block.start + at, end } }]
}

/** Where in the heading its pasted text starts, by the phrase, the kind's label or the copyright mark; -1 where no such mark shows it. */
function pastedStartInHeading(article: Article, block: Block, verdict: Verdict, lexicon: PastedLexicon): number {
  // Marks of zero width inside a word ("Sc\u200bhon gelesen?") hide no label: the search reads the heading without them.
  const { text, writtenAt } = withoutFormatMarksAt(headingText(article, block))
  const phrase = verdict.signal.quoted
  // The kind's label may stand before the phrase ("## Folgen Sie News.de … ? Hier finden Sie brandheiße News …").
  const at =
    verdict.signal.key === 'copyright'
      ? copyrightMarkAt(text)
      : earliest(labelAt(text, lexicon.kinds[verdict.kind].opens), phrase === undefined ? -1 : text.indexOf(phrase))
  return at >= 0 ? writtenAt(at) : signAtStart(article, block, verdict, lexicon)
}

/**
 * Where the heading's text starts, when it is its sign from the first word: only web links, a post's
 * signature ("## — Chris Froome (@chrisfroome) July 10, 2016"), or a media link first
 * ("## pic.twitter.com/…"); -1 otherwise.
 */
function signAtStart(article: Article, block: Block, verdict: Verdict, lexicon: PastedLexicon): number {
  const written = headingText(article, block)
  const first = written.search(/[^#\s]/)
  if (first < 0) return -1
  const visible = article.plain.slice(block.start, block.end).trim()
  // A link into the page ("## [Reaktionen aus Berlin](#reaktionen)") is the article's crosshead.
  const webLinks = block.links.length > 0 && block.links.every((link) => /^https?:\/\//i.test(link))
  if ((verdict.signal.key === 'onlyLinks' && webLinks) || isPostSignature(visible)) return first
  const [media] = mediaLinks(written, lexicon)
  if (media === undefined) return -1
  const urlStart = written.lastIndexOf(' ', media) + 1
  return urlStart <= first ? first : -1
}

/** The heading as written, each blank as a space, so that the phrase as the view quotes it is found ("Alle\u00a0Rechte", "Auch\tzum"). */
function headingText(article: Article, block: Block): string {
  return article.text.slice(block.start, block.end).replace(/\s/g, ' ')
}

/**
 * A heading over the article's prose that is pasted by a sign that does not show where in it the
 * pasted text starts (a post's media link, a kicker glued to its title) may be the editor's
 * crosshead with the text glued on ("## Die Reaktionen Thanks for the messages … pic.twitter.com/…"):
 * it is reported, and left for the editor to cut, since its whole removal could take the crosshead.
 */
function gluedToCrosshead(
  article: Article,
  views: Array<BlockView | undefined>,
  verdicts: Array<Verdict | undefined>,
  index: number,
  lexicon: PastedLexicon
): boolean {
  const block = article.blocks[index]
  const verdict = verdicts[index]
  return (
    verdict !== undefined &&
    block.structure === 'heading' &&
    pastedStartInHeading(article, block, verdict, lexicon) < 0 &&
    opensProse(article, views, verdicts, index + 1)
  )
}

/** The first of two places in a text, -1 where neither is. */
function earliest(a: number, b: number): number {
  return a < 0 || b < 0 ? Math.max(a, b) : Math.min(a, b)
}

/** Where a label of the kind stands in `text` (its blanks as spaces), -1 where none does. */
function labelAt(text: string, labels: PhraseList): number {
  const lower = text.toLowerCase()
  const label = labels.within(lower)
  return label === undefined ? -1 : lower.indexOf(label)
}

/** A post (or a post's text over its signature) under the article's prose: from the line after the last full-stopped line of prose to the block's end. */
function postUnderProse(article: Article, block: Block, verdict: Verdict, lexicon: PastedLexicon): PastedBlock[] {
  // A consent placeholder's sentence over the post is the post's ("An dieser Stelle finden Sie einen externen Inhalt von X, …").
  const placeholder = (line: string) => isBoxLine(lexicon, 'embed', normalizePhrase(line))
  const ends: number[] = []
  for (let line = block.start; line < block.end; line = ends[ends.length - 1])
    ends.push(Math.min(block.end, nextLineStart(article.text, endOfLine(article.text, line))))
  const lines = ends.map((end, index) => visibleText(article, index === 0 ? block.start : ends[index - 1], end).trim())
  const label = labelLineBelowTop(lines, lexicon, block.lang)
  let start = block.start
  lines.forEach((text, index) => {
    const articleLine = isProseLine(text) || overForeignPost(article, lines, index) || (index < label && text !== '')
    if (articleLine && !placeholder(text)) start = ends[index]
  })
  // The article's lead-in on the post's first line stays ("Außenminister Kurz widersprach ihm: Die Balkanroute …").
  let lineText = start
  while (lineText < block.end && /[\s>]/.test(article.plain[lineText])) lineText++
  // On a line of its own under the article's lines, the post's own sentences may stand before a "sagte:".
  const leadIn = leadInEnd(article.plain.slice(lineText, endOfLine(article.text, lineText)), lexicon, start === block.start)
  if (leadIn > 0) start = lineText + leadIn
  return start < block.end ? [{ block: block.index, kind: verdict.kind, signal: verdict.signal, span: { start, end: block.end } }] : []
}

/** A block ending in a post's signature: the post throughout, or the article's prose with the signature glued under it. */
function signedBlockExtent(article: Article, view: BlockView, lexicon: PastedLexicon): Verdict['extent'] {
  // A full-stopped line above the post is the article's ("… Kompromiss.⏎Was für ein Rennen!⏎Gepostet von …"), and so is a lead-in to it.
  const above = view.lines.slice(0, -1)
  const label = labelLineBelowTop(view.lines, lexicon, view.block.lang)
  const articleLine = (line: string, index: number) => isProseLine(line) || overForeignPost(article, view.lines, index) || index < label
  const leadIn = above.length > 0 && leadInEnd(above[0], lexicon) > 0
  return !above.some(articleLine) && !leadIn && readsAsPost(article, above.join(' ')) ? 'block' : 'sentences'
}

/**
 * The line below the block's first where a consent box opens (`opensConsentBox`): the lines above
 * it are none of the box's ("> Zwei Milliarden US-Dollar für eine Firma, die … wiederbeleben
 * will?⏎>⏎> Empfohlener redaktioneller Inhalt⏎> An dieser Stelle …⏎> — VfL Bochum 1848 (…) …").
 * -1 where none opens below the first line.
 */
function labelLineBelowTop(lines: string[], lexicon: PastedLexicon, lang: Lang): number {
  return lines.findIndex((line, index) => index > 0 && opensConsentBox(line, lines[index + 1], lexicon, lang))
}

/**
 * A question in the article's language without a post's marks, over a post in another language,
 * is the article's ("> Wie ist diese Landschaft … beschaffen, und wie wirkte sie auf die
 * Menschen?⏎>⏎> We will not give up an inch of our land. #Ukraine⏎>⏎> — Volodymyr Zelenskyy
 * (@ZelenskyyUa) …"), as a full-stopped line is.
 */
function overForeignPost(article: Article, lines: string[], index: number): boolean {
  const line = lines[index]
  // A question: a post's own lines end in an exclamation or none ("Wir stehen an der Seite der Ukraine!", "Was für ein Abend"), a placeholder's too.
  if (!line.endsWith('?') || carriesPostMarks(article, line)) return false
  // The post's text is what stands between the line and the signature, whose names mislead the language detector.
  let signature = lines.length - 1
  while (signature > index && !isPostSignature(lines[signature])) signature--
  const post = lines.slice(index + 1, signature > index ? signature : lines.length).join(' ')
  const other = article.lang === 'de' ? 'en' : 'de'
  return post !== '' && textInLanguage(line, article.lang, other) && textInLanguage(post, other, article.lang)
}

/**
 * A phrase found inside a sentence that reports speech with its source is the article's: the source
 * after it ("Alle Rechte vorbehalten, hatte der Verlag unter jedes Foto geschrieben") or a verb of
 * saying before a comma ahead of it ("Das Unternehmen erklärte, das Partnerangebot … sei nicht betroffen.").
 */
function unlessReported(signal: PastedSignal | undefined, view: BlockView, lexicon: PastedLexicon): PastedSignal | undefined {
  const phrase = signal?.key === 'contains' ? signal.quoted : undefined
  if (phrase === undefined) return signal
  const holding = view.sentences.find((sentence) => sentence.text.includes(phrase))
  if (holding === undefined) return signal
  const reported = reportedAsSaid(holding, view.block.lang, lexicon) || saidBefore(holding, holding.text.indexOf(phrase), lexicon)
  return reported ? undefined : signal
}

/** A verb of saying, then a comma, before `at` in the sentence ("Der Sprecher erklärte am Montag, …"). */
function saidBefore(sentence: Sentence, at: number, lexicon: PastedLexicon): boolean {
  let verb = false
  for (const token of sentence.tokens) {
    if (token.start - sentence.start >= at) return false
    if (token.kind === 'word' && lexicon.reportingVerbs.has(token.lower)) verb = true
    else if (verb && token.value === ',') return true
  }
  return false
}

/** `opens with "…"` / `contains "…"` / `is "…"` for the first list that matches, quoting the text as written. */
function phraseSignal(view: BlockView, opens?: PhraseList, contains?: PhraseList, is?: PhraseList): PastedSignal | undefined {
  // A placeholder in brackets opens with its phrase too: "[Externer Inhalt · Podcast-Player von Podigee]".
  const bracket = view.lower.startsWith('[') ? 1 : 0
  const opening = opens?.opens(view.lower.slice(bracket))
  if (opening) return { key: 'opensWith', quoted: view.text.slice(bracket, bracket + opening.length) }
  const inside = contains?.within(view.lower)
  const at = inside === undefined ? -1 : view.lower.indexOf(inside)
  // Quoted, the words are someone's: „Klicken Sie hier“, steht in der SMS.
  if (inside !== undefined && !insideQuotes(view.text, at)) return { key: 'contains', quoted: view.text.slice(at, at + inside.length) }
  return is?.equals(view.lower) ? { key: 'isOnly', quoted: trimToWords(view.text) } : undefined
}

// "Hier finden Sie …", "Here …".
const HERE_OPENING = /^(?:hier|here)\s/i
const INTRODUCES_WHAT_FOLLOWS = /^[^:.!?]{1,40}:/
const WEB_ADDRESS = /\b(?:https?:\/\/|www\.)\S/i

/**
 * An opening phrase marks pasted material as a label ("Mehr dazu:", "Auch interessant: …", a
 * label over a headline), where the text promotes, or where the page speaks of itself ("Dieser
 * Artikel erschien zuerst …", "Hier finden Sie …"); opening a sentence of prose ("Mehr dazu
 * wollte er nicht sagen.", "In Kooperation mit der Universität entstehen …") it does not.
 */
function labelOrPromotion(view: BlockView, lexicon: PastedLexicon, signal: PastedSignal | undefined): PastedSignal | undefined {
  if (signal?.key !== 'opensWith') return signal
  // "Hier finden Sie …" is the page speaking of itself, unless a few words and a colon introduce
  // what follows in the article ("Hier finden Sie die wichtigsten:" over its list, "Hier finden Sie
  // Hilfe: …" in a help box); a link or a web address points elsewhere all the same.
  const here = HERE_OPENING.test(signal.quoted!)
  const elsewhere = view.block.links.length > 0 || WEB_ADDRESS.test(view.text)
  if (here && !elsewhere && INTRODUCES_WHAT_FOLLOWS.test(view.text.slice(signal.quoted!.length))) return undefined
  const after = view.text.slice(signal.quoted!.length).trimStart()
  // "Weiterlesen mit Plus: …": a short name, then the label's colon. A label's headline may report speech ("Lesen Sie auch: …, sagt der Fiskalrat").
  const label = after === '' || /^(?:[A-ZÄÖÜ0-9][^\s:.!?]{0,19})?[:?!–—|»›-]/.test(after) || standsAsLabel(view.text, lexicon.agencies)
  if (label) return signal
  // "Hier finden Sie Hilfe, steht auf den Schildern …": someone's words, reported.
  if (view.sentences[0] && reportedAsSaid(view.sentences[0], view.block.lang, lexicon)) return undefined
  return here || THIS_PAGE.test(signal.quoted!) || promotesAfterOpening(view, lexicon, signal.quoted!) ? signal : undefined
}

/**
 * One line that opens with a label's colon, has a promoting phrase after it and ends without a full
 * stop: "Keine Meldung mehr verpassen: Unwetter-Newsletter bestellen". A crosshead-like line that
 * names the phrase as its subject ("Privatsphäre-Einstellungen: Wo Nutzer nachsehen sollten") stays.
 */
function promotionUnderLabel(view: BlockView, lexicon: PastedLexicon): PastedSignal | undefined {
  const label = /^[^:.!?]{1,40}: /.exec(view.text)
  if (view.lines.length !== 1 || !label || !standsAsLabel(view.text, lexicon.agencies)) return undefined
  const after = view.lower.slice(label[0].length)
  const phrase = lexicon.promotingPhrases.within(after)
  return phrase === undefined
    ? undefined
    : { key: 'contains', quoted: view.text.slice(label[0].length + after.indexOf(phrase)).slice(0, phrase.length) }
}

/** Speaks to the reader, promotes, or stands as a label (no full stop): how a consent placeholder reads. */
function addressesOrLabels(view: BlockView, lexicon: PastedLexicon): boolean {
  return addressesReader(view) || promotes(view, lexicon) || endsWithoutFullStop(view.text)
}

/**
 * "Artikel anhören ⏎ 00:00 / 04:37", "Abo ⏎ KI-Zusammenfassung anzeigen", "Show key events only ⏎
 * Please turn on JavaScript …", "Startseite › Politik ⏎ Lesezeit: 4 Min.", "Published 12 March 2024 ·
 * Updated 06:58 GMT ⏎ Share · Save", "Zum Thema ⏎ Nasenspray-Impfung: Was Eltern wissen müssen": the
 * page's labels, one to a line. One line is a kind's label (for boilerplate also the page's navigation
 * or a row of buttons); each other is a short line without a full stop (a headline under a teaser's
 * label) or opens with one of the kind's phrases.
 */
function labelLines(view: BlockView, lexicon: PastedLexicon): Verdict | undefined {
  if (view.lines.length > MAX_LABEL_LINES || view.block.textLength > MAX_HOOK) return undefined
  // A line opening in lower case goes on with a sentence wrapped from the line above: prose, not labels.
  if (view.lines.some((line, index) => index > 0 && /^\p{Ll}/u.test(line))) return undefined
  const lowered = new Map(view.lines.map((line) => [line, normalizePhrase(line)]))
  for (const kind of PASTED_KINDS) {
    const { is, opens, contains } = lexicon.kinds[kind]
    const isLabel = (line: string) =>
      is.equals(lowered.get(line)!) || (kind === 'boilerplate' && (isNavigation(line) || isControlRow(line, lexicon)))
    const opening = (line: string) => opens.opens(lowered.get(line)!)
    // Under the label, a line holding the kind's phrase: "Diese Audioversion wurde automatisch erstellt.", "… straight to your inbox — sign up …".
    const pastedLine = (line: string) =>
      contains.within(lowered.get(line)!) !== undefined ||
      (kind === 'boilerplate' &&
        lexicon.promotingPhrases.within(lowered.get(line)!) !== undefined &&
        (THIS_PAGE.test(line) || endsWithoutFullStop(line)))
    const label = view.lines.find(isLabel)
    // A link box's lines behind arrows ("Mehr aus der Wirtschaft ⏎ › Tarifstreit … ⏎ › Solarfabrik …") label themselves.
    const pointers = kind === 'teaser' ? view.lines.filter((line) => opening(line) !== undefined) : []
    if (label === undefined ? pointers.length < 2 : view.lines.length === 1 && !isNavigation(label)) continue
    const longest = kind === 'teaser' ? MAX_HOOK_LINE : MAX_LABEL_LINE
    const labelled = (line: string) =>
      isLabel(line) || (line.length <= longest && endsWithoutFullStop(line)) || opening(line) !== undefined || pastedLine(line)
    if (!view.lines.every(labelled)) continue
    const signal: PastedSignal =
      label === undefined
        ? { key: 'opensWith', quoted: pointers[0].slice(0, opening(pointers[0])!.length) }
        : isNavigation(label)
          ? { key: 'navigation' }
          : { key: 'isOnly', quoted: label }
    return { kind, signal, extent: 'block' }
  }
  return undefined
}

/**
 * A row of the page's controls, one line of a paragraph (control-rows.ts). A list of such words is
 * an article naming them ("Genannt werden etwa: - Anzeige - Werbung").
 */
function isButtonRow(view: BlockView, lexicon: PastedLexicon): boolean {
  return view.block.structure === 'paragraph' && isControlRow(view.text, lexicon)
}

/**
 * Below the last paragraph of the article, weaker signals suffice: a call to action without a
 * named network or product (but with a link or the outlet's "we"), an outlet naming itself while
 * speaking to the reader.
 */
function classifyTail(
  views: Array<BlockView | undefined>,
  verdicts: Array<Verdict | undefined>,
  lexicon: PastedLexicon,
  from: number,
  answers: ReadonlySet<number>
): void {
  for (let index = from; index < views.length; index++) {
    const view = views[index]
    // An interview's last answer ends it in the interviewee's "we", which calls on readers too.
    if (!view || verdicts[index] || answers.has(index) || view.block.textLength > MAX_PASTED || looksLikeCredit(view)) continue
    verdicts[index] = tailVerdict(view, lexicon)
  }
}

function tailVerdict(view: BlockView, lexicon: PastedLexicon): Verdict | undefined {
  // Advice ("Melden Sie sich bei der Verbraucherzentrale.") ends articles too: the outlet must speak or the call link.
  // A block quote's "we" is the quoted speaker's ("> Die Rechnung … werden wir bezahlen lassen, droht Davutoğlu.").
  const calls = callsToAction(view, lexicon)
  const outletSpeaks = view.block.structure !== 'quote' && speaksAsOutlet(view)
  if (calls.some((call) => linksFrom(view, call)) || (calls.length > 0 && outletSpeaks)) {
    return { kind: 'boilerplate', signal: { key: 'callToActionBelow' }, extent: 'sentences' }
  }
  if (namesOutlet(view, lexicon) && addressesReader(view))
    return { kind: 'boilerplate', signal: { key: 'outletBelow' }, extent: 'sentences' }
  return undefined
}

/** The last paragraph that reads like the article: long enough, and not classified as pasted. */
function lastArticleParagraph(article: Article, verdicts: Array<Verdict | undefined>): number {
  for (let index = article.blocks.length - 1; index >= 0; index--) {
    const block = article.blocks[index]
    if (!verdicts[index] && block.structure === 'paragraph' && block.textLength > MAX_HOOK) return index
  }
  return -1
}
