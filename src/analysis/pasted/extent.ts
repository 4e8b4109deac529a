import type { Article, Block, Lang, PastedBlock, PastedSignal, Sentence } from '../../engine/model.js'
import { lexiconSet } from '../../engine/lexicon.js'
import { endOfLine, endOfLineBefore, nextLineStart, startOfLine } from '../../engine/line-breaks.js'
import type { Registry } from '../credit/agencies.js'
import type { PastedLexicon } from './lexicon.js'
import { type BlockView, endingIn, viewSentence } from './signals.js'
import { beforeCredit, copyrightMarkAt, creditAround, isAgencyCredit } from './credit-signals.js'
import { balanced, withSyntaxAfter, withSyntaxBefore } from './markup-edges.js'
import { segment, segments, segmentsOf } from './pieces.js'
import { textInLanguage } from './post-signals.js'
import { sentenceAfterTitle } from '../../engine/sentences.js'
import { withoutFormatMarks, withoutFormatMarksAt } from '../phrases.js'
import { inFurnitureVoice, isPlaceholderLine, speaksToReader } from './voice-signals.js'

// Where inside a block the pasted material lies. CMS exports and agency feeds glue notices, calls
// to action and "Lesen Sie auch" lines onto a paragraph of the article: a finding covers those
// sentences and never the article's own, so that its fix cannot delete a word of the report. A
// block pasted throughout stays one finding for the whole block.

export interface Verdict {
  kind: PastedBlock['kind']
  signal: PastedSignal
  /**
   * How far the signal reaches: its own sentences (found again one by one), the posts pasted into
   * the block (found by their media links), or the whole block (a signature line, a kicker).
   */
  extent: 'sentences' | 'posts' | 'block'
}

/** What a test for pasted material says about one sentence seen on its own. */
export type SentenceTest = (view: BlockView) => Verdict | undefined

/**
 * The pasted sentences of a block that a test found pasted: a sentence the test finds, and what
 * continues it (see `continues`). `undefined` when the sentences are pasted throughout; 'none'
 * when none is pasted on its own (the signal belongs to the block as a whole).
 */
export function pastedSentences(
  article: Article,
  block: Block,
  test: SentenceTest,
  lexicon: PastedLexicon
): PastedBlock[] | 'none' | undefined {
  const { agencies } = lexicon
  const sentences = segments(article, block, agencies)
  const verdicts = sentences.map((sentence) => test(viewSentence(article, block, sentence)))
  const runs = markRuns(article, sentences, verdicts, lexicon)
  const { marks } = runs
  if (marks.every((mark) => mark === undefined)) return 'none'
  // Pasted throughout, unless a teaser ended before the prose its sentence ran on into.
  const runsOn = sentences.some((sentence, index) => marks[index] !== undefined && runs.end(index) < sentence.end)
  return marks.every((mark) => mark !== undefined) && !runsOn ? undefined : spans(article, block, sentences, runs, lexicon)
}

/**
 * A run of pasted sentences glued to the end of a paragraph of the article ("… Euro. Lesen Sie
 * auch: Tempo 30 in ganz Innsbruck? Das sagen die Anrainer"): the test runs from the last sentence
 * back while sentences are pasted or end like a headline, so the cost stays with the tail.
 */
export function pastedTail(article: Article, block: Block, test: SentenceTest, lexicon: PastedLexicon): PastedBlock[] {
  const { agencies } = lexicon
  // The segments from the last back, cut only as far as the test reads (a whole article may stand in one paragraph).
  const tested: Sentence[] = []
  const verdicts: Array<Verdict | undefined> = []
  let pasted = 0
  let throughout = false
  reading: for (let k = block.sentences.length - 1; k >= 0; k--) {
    const parts = segmentsOf(article, article.sentences[block.sentences[k]], agencies)
    for (let part = parts.length - 1; part >= 0; part--) {
      const verdict = test(viewSentence(article, block, parts[part]))
      tested.push(parts[part])
      verdicts.push(verdict)
      if (verdict) {
        pasted = tested.length
        throughout = k === 0 && part === 0
      } else if (!endsLikeHeadline(parts[part].text)) break reading
    }
  }
  // A block pasted throughout is a block the whole-block tests judge; long blocks are the article's.
  if (pasted === 0 || throughout) return []
  const tail = tested.slice(0, pasted).reverse()
  return spans(article, block, tail, markRuns(article, tail, verdicts.slice(0, pasted).reverse(), lexicon), lexicon)
}

/** Each sentence's mark, and where the pasted part of a marked one ends. */
interface Runs {
  marks: Array<Verdict | undefined>
  end(index: number): number
}

/**
 * Each sentence's verdict, carried on to what continues it in the same paragraph; the sentences
 * between two pasted ones of a paragraph are pasted too where they read as the box (see `inBox`).
 */
function markRuns(article: Article, sentences: Sentence[], verdicts: Array<Verdict | undefined>, lexicon: PastedLexicon): Runs {
  const { agencies } = lexicon
  const marks: Array<Verdict | undefined> = []
  // Worked out once for each marked sentence (a label's may ask the language detector); a mark, once given, stays.
  const ends: number[] = []
  const end = (index: number) => (ends[index] ??= pastedEnd(article, sentences[index], marks[index]!, lexicon))
  let lastMarked = -1
  sentences.forEach((sentence, index) => {
    const previous = marks[index - 1]
    const joined = index > 0 && sameParagraph(article, sentences[index - 1], sentence)
    if (!joined) lastMarked = -1
    // The agency credit is the article's, whatever stands before it ("Alle Rechte vorbehalten.⏎sba/hos/news.de/dpa").
    if (isAgencyCredit(sentence.text.replace(/\s+/g, ' ').trim(), agencies)) {
      marks.push(undefined)
      lastMarked = -1
      return
    }
    const carried = previous && joined && continues(previous, sentence) && !endsEarly(index - 1) ? previous : undefined
    const mark = verdicts[index] ?? carried
    marks.push(mark)
    if (!mark) return
    if (lastMarked >= 0 && inBox(sentences.slice(lastMarked + 1, index)))
      for (let between = lastMarked + 1; between < index; between++) marks[between] = marks[lastMarked]
    // A sentence whose pasted part ends inside it goes on in the article's words ("Video abspielen Die Opposition …"): no run goes past it.
    lastMarked = endsEarly(index) ? -1 : index
  })
  return { marks, end }

  /**
   * The sentences between two pasted ones are the box's where each speaks in its voice or reads
   * as a notice ("Wir verwenden Cookies … Wenn Sie fortfahren, stimmen Sie … zu. Mehr dazu in
   * unserer Datenschutzerklärung.", "Alle Rechte vorbehalten. Der Inhalt darf nicht kopiert
   * werden. © 2016 Verlag"). One sentence of report prose among them makes them the article's,
   * on one line or on lines of their own ("📩 Jetzt Newsletter abonnieren! Die Feuerwehr war mit
   * 120 Kräften im Einsatz. … 📩 Jetzt Newsletter abonnieren!").
   */
  function inBox(between: Sentence[]): boolean {
    return wholeSentences(article, between).every((sentence) =>
      inFurnitureVoice(viewSentence(article, article.blocks[sentence.block], sentence), lexicon)
    )
  }

  /** The pasted part ends inside its line, before words of the article; one that ends with its line leaves the run to the lines under it. */
  function endsEarly(index: number): boolean {
    if (marks[index] === undefined) return false
    const at = end(index)
    return at < sentences[index].end && !/^[ \t]*[\r\n]/.test(article.text.slice(at, at + MAX_GAP))
  }
}

// Blanks between a pasted part and the line's end: more are no line's end to look for.
const MAX_GAP = 80

/** The pieces of one sentence of the splitter's joined again: "Euro." cut from "… rund 10 Mio. Euro." reads as nothing alone. */
function wholeSentences(article: Article, pieces: Sentence[]): Sentence[] {
  const whole: Sentence[] = []
  for (const piece of pieces) {
    const last = whole[whole.length - 1]
    if (last?.index === piece.index) whole[whole.length - 1] = segment(article, piece, [...last.tokens, ...piece.tokens])
    else whole.push(piece)
  }
  return whole
}

/** Consecutive marked sentences of one paragraph become one span, with the kind of its first sentence. */
function spans(
  article: Article,
  block: Block,
  sentences: Sentence[],
  { marks, end: pastedEndOf }: Runs,
  lexicon: PastedLexicon
): PastedBlock[] {
  const { agencies } = lexicon
  const found: PastedBlock[] = []
  sentences.forEach((sentence, index) => {
    const mark = marks[index]
    if (!mark) return
    const last = found[found.length - 1]
    const previous = sentences[index - 1]
    if (last?.span && marks[index - 1] && last.span.end >= previous.end && sameParagraph(article, previous, sentence)) {
      last.span.end = withSyntaxAfter(article, creditEnd(article, sentence, sentence.end, agencies))
      return
    }
    const end = creditEnd(article, sentence, pastedEndOf(index), agencies)
    const start = phraseLineStart(article, sentence, mark, lexicon) ?? pastCutCredit(article, sentence, agencies)
    if (start >= end) return
    found.push({
      block: block.index,
      kind: mark.kind,
      signal: mark.signal,
      span: { start: withSyntaxBefore(article, start), end: withSyntaxAfter(article, end) }
    })
  })
  return found.map((part) => ({ ...part, span: balanced(article, part.span!) }))
}

/**
 * Where a label found inside a piece opens a line of its own below the piece's first line, as the
 * piece was joined across a line break ("… – 2. Gregor Mühlberger (AUT) Bora 0:12⏎Video
 * abspielen"): the part starts with that line, and the lines above stay the article's.
 */
function phraseLineStart(article: Article, sentence: Sentence, mark: Verdict, lexicon: PastedLexicon): number | undefined {
  const phrase = mark.signal.key === 'contains' ? mark.signal.quoted?.toLowerCase() : undefined
  if (!phrase) return undefined
  const lines = linesOf(article, sentence)
  const visible = (line: string) =>
    withoutFormatMarks(blanksAsSpaces(line))
      .replace(/^[\s>]+/, '')
      .toLowerCase()
  if (visible(lines[0].line).includes(phrase)) return undefined
  const index = lines.findIndex(({ line }, at) => at > 0 && visible(line).startsWith(phrase))
  if (index < 0) return undefined
  // A line above that ends in a word waiting for its noun ("Abonnieren Sie jetzt unseren⏎kostenlosen
  // Newsletter!") is the same sentence wrapped: the part starts where it does.
  const lastWord =
    visible(lines[index - 1].line)
      .match(/\p{L}+/gu)
      ?.pop() ?? ''
  const lang = article.blocks[sentence.block].lang
  if (lexiconSet(lang, 'function-words', 'words').has(lastWord) || lexicon.possessives.has(lastWord)) return undefined
  return lines[index].at
}

/**
 * What follows pasted material and belongs to it: a line without a full stop ("Mehr unter
 * x.de"); after a teaser's label also the headline it introduces, which may end in "!" or "?"
 * ("Schon gelesen? Nordkorea-Tyrann schockt mit irrem Auftritt! Untenrum mag er es luftig").
 */
function continues(pasted: Verdict, sentence: Sentence): boolean {
  return pasted.kind === 'teaser' ? endsLikeHeadline(sentence.text) : !endsWithAnyMark(sentence.text)
}

const endsWithAnyMark = endingIn('.!?…:;')
const endsLikeProse = endingIn('.…:;')

/** No full stop at the end (a question or exclamation mark at most): a headline, not prose. */
function endsLikeHeadline(text: string): boolean {
  return !endsLikeProse(text)
}

/**
 * Where the pasted material of a marked sentence ends: a teaser's, and a label line's of another
 * kind that holds its phrase ("Video abspielen⏎Das Papier soll …", "Ein Beitrag geteilt von …⏎Das
 * Papier soll …"), before the line of prose the sentence splitter joined to it.
 */
function pastedEnd(article: Article, sentence: Sentence, mark: Verdict, lexicon: PastedLexicon): number {
  if (mark.kind === 'teaser') return titleEnd(article, sentence, mark) ?? teaserEnd(article, sentence)
  // As the view quotes the phrase: without marks of zero width ("Ein Bei\u00adtrag geteilt von …").
  const firstLine = withoutFormatMarks(blanksAsSpaces(article.text.slice(sentence.start, sentence.end)).split(/\r\n?|\n/, 1)[0])
  // A copyright line over a line of prose ("© 2016 Lokalkurier Verlag⏎Mit Hello Barbie hat …") is a label line too.
  if (mark.signal.key === 'copyright')
    return copyrightMarkAt(firstLine) >= 0 && !endsWithAnyMark(firstLine) ? teaserEnd(article, sentence) : sentence.end
  const phrase = mark.signal.quoted
  if (phrase === undefined)
    return (
      (CALLS.has(mark.signal.key) && (proseAfterHandle(article, sentence, lexicon) ?? proseLineBelow(article, sentence, lexicon))) ||
      sentence.end
    )
  if (!firstLine.includes(phrase)) return sentence.end
  // The placeholder line under a label is its box's ("Empfohlener redaktioneller Inhalt⏎An dieser Stelle finden Sie …").
  const lang = article.blocks[sentence.block].lang
  const boxLine = (written: string) => isPlaceholderLine(lexicon, mark.kind, written.replace(/^[\s>]+/, ''), lang)
  if (endsWithAnyMark(firstLine)) return labelEnd(article, sentence, phrase, boxLine)
  return proseLineBelow(article, sentence, lexicon, boxLine) ?? teaserEnd(article, sentence, boxLine)
}

/**
 * Where a label glued before a sentence of the article on its line ends ("Video abspielen Talks
 * with the unions … said.", "Ein Beitrag geteilt von Helene Fischer (@helenefischer) Sogar beim
 * …"): after its phrase, or after the handle in brackets that follows it; the sentence splitter
 * saw no full stop between them. The whole sentence where what follows is no sentence, the box's
 * placeholder, or one in the other language.
 */
function labelEnd(article: Article, sentence: Sentence, phrase: string, boxLine: (written: string) => boolean): number {
  // The visible text: markup around the sentence after the label ("*Die Opposition* kritisierte …") is blanked.
  const { text, writtenAt } = withoutFormatMarksAt(blanksAsSpaces(article.plain.slice(sentence.start, sentence.end)))
  const at = text.indexOf(phrase)
  if (at < 0) return sentence.end
  let end = at + phrase.length
  const handle = /^[^.!?()\r\n]{0,60}?\(@[\p{L}\p{N}_.]+\)/u.exec(text.slice(end))?.[0].length ?? 0
  end += handle
  // The post's date and time after the handle are the label's ("… (@maxmuster) am 5. Mai 2016 um 10:12 Uhr PDT").
  if (handle > 0) end += POSTED_AT.exec(text.slice(end))?.[0].length ?? 0
  const rest = text.slice(end).trim()
  // The placeholder after its label on one line is the box's ("Empfohlener redaktioneller Inhalt An dieser Stelle finden Sie …").
  if (boxLine(rest)) return sentence.end
  if (subjectOfProse(rest, article.blocks[sentence.block].lang)) return sentence.start
  const other = article.lang === 'de' ? 'en' : 'de'
  // A question after the label is the poll's or the teaser's ("Umfrage: Kaufen Sie noch im Warenhaus ein?").
  // A label that names its author ("… geteilt von", "… shared by") names them with a handle; without
  // one, the sentence goes on in the article's words ("Ein Beitrag geteilt von Conchita Wurst sorgte …",
  // "A post shared by the singer reached …"): nothing of it is pasted.
  const words = rest.match(/[\p{L}\p{N}]+/gu)?.length ?? 0
  if (handle === 0 && AWAITS_AUTHOR.test(phrase) && endsLikeProse(rest) && words >= MIN_SENTENCE_WORDS) return sentence.start
  const prose = SENTENCE_START.test(rest) && endsLikeProse(rest) && !textInLanguage(rest, other, article.lang)
  if (!prose) return sentence.end
  // A notice's words that end in a preposition go on with its object: no label before a sentence, but
  // one sentence, the article's where a verb follows ("Nachdruck nur mit Genehmigung des Verlags war
  // bisher die Regel, …"), else the notice's ("Nachdruck nur mit Genehmigung des Verlags."); a label
  // with its object and colon goes with what it labels ("In Kooperation mit Check24: Wir haben …").
  if (handle === 0 && AWAITS_OBJECT.test(phrase)) {
    const labels = /^[^.!?:]{1,60}:/.test(rest)
    return !labels && finiteVerbIn(rest, article.blocks[sentence.block].lang) ? sentence.start : sentence.end
  }
  return sentence.start + writtenAt(end)
}

/** A finite auxiliary among the words: a clause. */
function finiteVerbIn(text: string, lang: Lang): boolean {
  const auxiliaries = lexiconSet(lang, 'crossheads', 'auxiliaries')
  return (text.match(/[\p{L}]+/gu) ?? []).some((word) => auxiliaries.has(word))
}

/**
 * The label's words are the subject of a sentence of the article's, its verb right after them and
 * not speaking to the reader ("Empfohlener redaktioneller Inhalt ist bei der „Zeit“ ein eigenes Ressort.").
 */
function subjectOfProse(rest: string, lang: Lang): boolean {
  const words = rest.match(/[\p{L}\p{N}]+/gu) ?? []
  return (
    words.length >= MIN_SENTENCE_WORDS &&
    lexiconSet(lang, 'crossheads', 'auxiliaries').has(words[0] ?? '') &&
    endsLikeProse(rest) &&
    !speaksToReader(words, lang)
  )
}

/** When a post was shared, as its label gives it: "am 5. Mai 2016 um 10:12 Uhr PDT", "on May 5, 2016 at 10:12am PDT". */
const POSTED_AT =
  /^\s*(?:am \d{1,2}\. \p{L}{3,9}\.? \d{4} um \d{1,2}:\d{2}(?: Uhr)?|on \p{L}{3,9}\.? \d{1,2}, \d{4} at \d{1,2}:\d{2} ?(?:am|pm)?)(?: [A-Z]{2,4}\b)?/u

/** A post's label, which ends where its author's name follows ("Ein Beitrag geteilt von", "A post shared by"). */
const AWAITS_AUTHOR = /\b(?:(?:geteilt|gepostet) von|(?:shared|posted) by)$/i
/** A notice's words that end where their object follows ("Nachdruck nur mit", "Vervielfältigung nur mit"). */
const AWAITS_OBJECT = /\s(?:mit|von|ohne|with|by|without)$/i

/**
 * Where a teaser's headline ends that the sentence after it on its line was glued to for want of a
 * full stop ("Lesen Sie auch: Neue Regeln für E-Scooter in Wien Ein Umweltaktivist ist seit Montag
 * verschwunden."): before a capital article or opener after words that read as a title, as for a
 * glued crosshead (German capitalises these only opening a sentence), where a sentence of a few
 * words follows.
 */
function titleEnd(article: Article, sentence: Sentence, mark: Verdict): number | undefined {
  const phrase = mark.signal.quoted
  const lang = article.blocks[sentence.block].lang
  if (phrase === undefined || lang !== 'de' || linesOf(article, sentence).length > 1 || !endsLikeProse(sentence.text)) return undefined
  const at = sentence.text.indexOf(phrase)
  if (at < 0) return undefined
  // The headline's words after the label and its colon or question mark.
  const after = sentence.tokens.filter((token) => token.start >= sentence.start + at + phrase.length)
  while (after.length > 0 && after[0].kind !== 'word') after.shift()
  const opens = sentenceAfterTitle(after, lang)
  if (opens === undefined || after.slice(opens).filter((token) => token.kind === 'word').length < MIN_SENTENCE_WORDS) return undefined
  let last = opens - 1
  while (last > 0 && after[last].kind === 'whitespace') last--
  return last >= 0 ? after[last].end : undefined
}

/**
 * Where a call or notice on a line of its own ends, over a sentence of the article that the
 * sentence splitter joined to it for want of a full stop ("Folgen Sie uns auf Twitter: @derStandardat⏎Zu
 * Beginn fokussiert die Kamera …, später auf den Zwergplaneten selbst."): before the first line below
 * that opens a sentence of its own, ending like prose, of a few words at least, also one wrapped
 * over the lines below (a call wrapped onto a second line, "… um keine Neuigkeit⏎zu verpassen.",
 * goes whole). A label's placeholder lines (`boxLine`) stay its own.
 */
function proseLineBelow(
  article: Article,
  sentence: Sentence,
  lexicon: PastedLexicon,
  boxLine: (line: string) => boolean = () => false
): number | undefined {
  const lang = article.blocks[sentence.block].lang
  const below = linesOf(article, sentence).slice(1)
  const visible = below.map(({ line }) => withoutFormatMarks(line.replace(/^[\s>]+/, '')).trim())
  for (const [index, { line, at }] of below.entries()) {
    if (boxLine(line)) continue
    // The article's sentence may be wrapped over several lines: read from the line to the sentence's
    // end, under the first few lines (a call's or a box's), each line alone further down.
    const text = index < MAX_CALL_LINES ? visible.slice(index).join(' ') : visible[index]
    if (isProseAfterCall(text, lang, lexicon)) return endOfLineBefore(article.text, at)
  }
  return undefined
}

/** Lines under a call or label that may still be its own (a wrapped call, a box's placeholder lines). */
const MAX_CALL_LINES = 6

/**
 * Where a call ends at the handle it names, the article's sentence glued after it on its line for
 * want of a full stop ("Folgen Sie uns auf Twitter: @derStandardat Bei Indian Oil war zunächst
 * niemand … zu erreichen."): after the handle, where a sentence of a few words follows that does
 * not speak to the reader, as the outlet, or call again.
 */
function proseAfterHandle(article: Article, sentence: Sentence, lexicon: PastedLexicon): number | undefined {
  const [first] = linesOf(article, sentence)
  const handle = HANDLE.exec(first.line)
  if (!handle) return undefined
  const end = handle.index + handle[0].length
  const rest = first.line.slice(end).trim()
  return isProseAfterCall(rest, article.blocks[sentence.block].lang, lexicon) ? first.at + end : undefined
}

/**
 * A sentence of its own, opening as one and ending like prose, of a few words at least, that does
 * not go on with the call: speak to the reader, as the outlet, or call again ("Dort finden Sie täglich …").
 */
function isProseAfterCall(text: string, lang: Lang, lexicon: PastedLexicon): boolean {
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? []
  return (
    SENTENCE_START.test(text) &&
    endsLikeProse(text) &&
    words.length >= MIN_SENTENCE_WORDS &&
    !speaksToReader(words, lang) &&
    !words.some((word) => lexicon.possessives.has(word.toLowerCase())) &&
    !lexicon.ctaVerbs.has(words[0]?.toLowerCase() ?? '')
  )
}

/** A handle the call names ("@derStandardat"). */
const HANDLE = /@[\p{L}\p{N}_]{2,}/u

const MIN_SENTENCE_WORDS = 4
/** Signals of a call to action, which stands on its line ("Folgen Sie uns …", a caption's lines are all the caption's). */
const CALLS: ReadonlySet<string> = new Set(['callToAction', 'callToActionBelow'])

/** How a sentence starts: a capital, a figure, or an opening quote or bracket ("„Das ist …“", "120 Abgeordnete …"). */
const SENTENCE_START = /^[\p{Lu}\p{N}„“"‚‘'«»(]/u

/** Each blank of a line as a space, so that a phrase as the view quotes it is found ("Video\u00a0abspielen"). */
function blanksAsSpaces(text: string): string {
  return text.replace(/[^\S\r\n]/g, ' ')
}

/**
 * A teaser is a label and headline lines: where a sentence runs on from them onto a line that ends
 * like prose ("Lesen Sie auch: Kanzler reist nach Paris⏎Die Opposition kritisierte …, sagte ihr
 * Sprecher."), the sentence splitter saw no full stop between them, and the teaser ends before it.
 */
function teaserEnd(article: Article, sentence: Sentence, alsoTakes: (line: string) => boolean = () => false): number {
  for (const { line, at } of linesOf(article, sentence).slice(1)) {
    // A line opening in lower case goes on with the line above, wrapped ("Hier finden Sie⏎brandheiße News …").
    const continued = /^[\s>*_]*\p{Ll}/u.test(line)
    // The part ends with its line, before the line break: the next line keeps its quote marker.
    if (!endsLikeHeadline(withoutFormatMarks(line)) && !alsoTakes(line) && !continued) return endOfLineBefore(article.text, at)
  }
  return sentence.end
}

/** The lines of a piece as written, each with its line break and where it starts. */
function linesOf(article: Article, sentence: Sentence): Array<{ line: string; at: number }> {
  let at = sentence.start
  return article.text
    .slice(sentence.start, sentence.end)
    .split(/(?<=\r\n|\r(?!\n)|\n)/)
    .map((line) => {
      const start = at
      at += line.length
      return { line, at: start }
    })
}

/**
 * Where pasted text up to `end` stops before a credit in brackets at the sentence's end ("…
 * Grundsteuer steigt (APA, 8.8.2015)"), also where the sentence splitter cut the credit at a full
 * stop inside it ("… (@helenefischer) (red, 5." | "2. 2016)").
 */
function creditEnd(article: Article, sentence: Sentence, end: number, agencies: Registry): number {
  const cut = creditAround(article.plain, end, article.blocks[sentence.block].end, agencies)
  if (cut) return sentence.start + article.text.slice(sentence.start, cut.start).trimEnd().length
  const text = article.text.slice(sentence.start, end)
  return sentence.start + beforeCredit(text, agencies).length
}

/**
 * Where pasted text starting at the sentence starts, when the sentence splitter cut a credit in
 * brackets at a full stop inside it ("(APA, 8.8." / "2015) Folgen Sie …"): after the credit.
 */
function pastCutCredit(article: Article, sentence: Sentence, agencies: Registry): number {
  let at = creditAround(article.plain, sentence.start, sentence.end, agencies)?.end ?? sentence.start
  while (at > sentence.start && at < sentence.end && /\s/.test(article.plain[at])) at++
  return at
}

/** Neither a blank line nor a new list item between two sentences of a block. */
function sameParagraph(article: Article, before: Sentence, after: Sentence): boolean {
  return !/(?:\r\n?|\n)[ \t>]*(?:\r\n?|\n|(?:[-*+]|\d{1,9}[.)])[ \t])/.test(article.text.slice(before.end, after.start))
}

/**
 * The agency credit line is the article's, also on a line of a pasted block ("Video abspielen⏎(APA,
 * 8.8.2015)", "Zum Thema⏎Kurzarbeit: …⏎(APA/dpa, 12.3.2016)"): the part ends before it, or starts
 * after it where it opens the part. A post that carries its link is replaced, not cut.
 */
export function withoutCreditLine(article: Article, part: PastedBlock, agencies: Registry): PastedBlock[] {
  if (part.post) return [withoutCreditBelowPost(article, part, agencies)]
  const block = article.blocks[part.block]
  const { start, end } = part.span ?? block
  for (let lineStart = start; lineStart < end;) {
    const lineEnd = Math.min(end, endOfLine(article.text, lineStart))
    const next = Math.min(end, nextLineStart(article.text, lineEnd))
    if (isAgencyCredit(article.text.slice(lineStart, lineEnd).trim(), agencies))
      return narrowed(article, part, lineStart === start ? { start: next, end } : { start, end: lineStart })
    lineStart = next
  }
  return [part]
}

/**
 * A post keeps its lines, but a credit line under its signature, in the same paragraph, is the
 * article's: the post ends with the line before it (its fix puts the post's link in its place).
 */
function withoutCreditBelowPost(article: Article, part: PastedBlock, agencies: Registry): PastedBlock {
  const { start, end } = part.span ?? article.blocks[part.block]
  const lastLine = startOfLine(article.text, end)
  if (lastLine <= start || !isAgencyCredit(article.text.slice(lastLine, end).trim(), agencies)) return part
  return { ...part, span: { start, end: endOfLineBefore(article.text, lastLine) } }
}

/**
 * An HTML comment that closes or opens a pasted part is the editor's note ("Anzeige <!-- TODO
 * Redaktion: Foto nachfragen -->"): the part ends before it or starts after it.
 */
export function withoutEditorsNote(article: Article, part: PastedBlock): PastedBlock[] {
  if (part.post) return [part]
  const { start, end } = part.span ?? article.blocks[part.block]
  const text = article.text.slice(start, end)
  const opening = text.indexOf('<!--')
  if (opening < 0) return [part]
  const closing = text.indexOf('-->', opening)
  if (closing < 0) return [part]
  const afterNote = closing + 3
  let span: { start: number; end: number } | undefined
  if (text.slice(afterNote).trim() === '') span = { start, end: start + text.slice(0, opening).trimEnd().length }
  else if (text.slice(0, opening).trim() === '') span = { start: start + afterNote, end }
  return span === undefined ? [part] : narrowed(article, part, span)
}

/** The part on `span` only; none where no text is left. */
function narrowed(article: Article, part: PastedBlock, span: { start: number; end: number }): PastedBlock[] {
  return span.start < span.end && article.text.slice(span.start, span.end).trim() !== '' ? [{ ...part, span }] : []
}

/**
 * A footnote the article refers to keeps its label where its text was pasted ("… beschlossen[^1].
 * ⏎⏎[^1]: Hinweise an die Redaktion: Schreiben Sie uns!"): without it the reference would show as
 * "[^1]" in the article's sentence. The empty footnote that stays is there for the editor to see.
 */
export function withoutFootnoteLabel(article: Article, part: PastedBlock): PastedBlock {
  const { start, end } = part.span ?? article.blocks[part.block]
  const label = FOOTNOTE_LABEL.exec(article.text.slice(start, Math.min(end, start + MAX_FOOTNOTE_LABEL)))
  if (!label || !refersTo(article.text, `[^${label[1]}]`)) return part
  return { ...part, span: { start: start + label[0].length, end } }
}

/** The label that opens a footnote's definition ("[^1]: "). */
export const FOOTNOTE_LABEL = /^\[\^([^\]\s]+)\]:[ \t]*/

// Longer labels than this are no footnote anyone writes by hand; the slice keeps the test short.
const MAX_FOOTNOTE_LABEL = 64

/** The text holds `reference` other than as a definition's label (followed by a colon). */
function refersTo(text: string, reference: string): boolean {
  for (let at = text.indexOf(reference); at >= 0; at = text.indexOf(reference, at + 1)) {
    if (text[at + reference.length] !== ':') return true
  }
  return false
}
