import type { Article, Block, PastedBlock, PastedSignal, Sentence } from '../../engine/model.js'
import { endOfLine, endOfLineBefore, nextLineStart, startOfLine } from '../../engine/line-breaks.js'
import { Token } from '../../engine/token.js'
import type { Registry } from '../credit/agencies.js'
import type { PastedLexicon } from './lexicon.js'
import {
  type BlockView,
  beforeCredit,
  copyrightMarkAt,
  creditAround,
  endingIn,
  inFurnitureVoice,
  isAgencyCodes,
  isAgencyCredit,
  isPostSignature,
  textInLanguage,
  viewSentence
} from './signals.js'

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
  return marks.every((mark) => mark !== undefined) && !runsOn ? undefined : spans(article, block, sentences, runs, agencies)
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
  return spans(article, block, tail, markRuns(article, tail, verdicts.slice(0, pasted).reverse(), lexicon), agencies)
}

/**
 * The block's sentences, also cut at every full stop the sentence splitter let pass: before a
 * lower-case word ("… Euro. subscribe now …"), after a number or an abbreviation ("… 2,3. Auf
 * YouTube ansehen"). Finer pieces only narrow what a pasted phrase can take along.
 */
function segments(article: Article, block: Block, agencies: Registry): Sentence[] {
  return block.sentences.flatMap((index) => segmentsOf(article, article.sentences[index], agencies))
}

function segmentsOf(article: Article, sentence: Sentence, agencies: Registry): Sentence[] {
  const { tokens, cuts } = withGluedStopsCut(sentence.tokens)
  // Where a credit opens the sentence or a piece of it ("… Köpfe. sba/hos/news.de/dpa Dieser Artikel erschien zuerst …").
  const creditAfter = (from: number) => {
    const end = openingCreditEnd(tokens.slice(from, from + MAX_CREDIT_TOKENS + 1), agencies)
    return end < 0 ? -1 : from + end
  }
  let credit = creditAfter(0)
  const parts: Sentence[] = []
  let from = 0
  for (let at = 1; at + 1 < tokens.length; at++) {
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
    const fullStop = ends && (spaceToken || /\s/.test(gap)) && opensWord(tokens, spaceToken ? at + 1 : at)
    if (!fullStop && at !== credit) continue
    parts.push(segment(article, sentence, tokens.slice(from, at)))
    from = spaceToken ? at + 1 : at
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
function opensWord(tokens: Token[], at: number): boolean {
  while (at < tokens.length && INVISIBLE.test(tokens[at].value)) at++
  return at < tokens.length && /^[\p{L}\p{N}\p{So}]/u.test(tokens[at].value)
}

const INVISIBLE = /^\p{Cf}+$/u

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
  const limit = Math.min(tokens.length - 1, MAX_CREDIT_TOKENS)
  let end = 0
  if (tokens[0]?.value === '(') {
    let close = 1
    while (close < limit && tokens[close].value !== ')') close++
    if (close >= limit) return -1
    end = close + 1
  } else {
    while (end < limit && tokens[end].kind !== 'whitespace') end++
    if (end === 0 || end >= limit) return -1
  }
  if (tokens[end].kind !== 'whitespace') return -1
  const credit = tokens
    .slice(0, end)
    .map((token) => token.value)
    .join('')
  return (credit.startsWith('(') ? isAgencyCredit(credit, agencies) : isAgencyCodes(credit, agencies)) ? end : -1
}

function segment(article: Article, sentence: Sentence, tokens: Sentence['tokens']): Sentence {
  const start = tokens[0].start
  const end = tokens[tokens.length - 1].end
  return { ...sentence, start, end, text: article.plain.slice(start, end), tokens }
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
  const end = (index: number) => (ends[index] ??= pastedEnd(article, sentences[index], marks[index]!))
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
  agencies: Registry
): PastedBlock[] {
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
    const start = pastCutCredit(article, sentence, agencies)
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
function pastedEnd(article: Article, sentence: Sentence, mark: Verdict): number {
  if (mark.kind === 'teaser') return teaserEnd(article, sentence)
  const firstLine = blanksAsSpaces(article.text.slice(sentence.start, sentence.end)).split(/\r\n?|\n/, 1)[0]
  // A copyright line over a line of prose ("© 2016 Lokalkurier Verlag⏎Mit Hello Barbie hat …") is a label line too.
  if (mark.signal.key === 'copyright')
    return copyrightMarkAt(firstLine) >= 0 && !endsWithAnyMark(firstLine) ? teaserEnd(article, sentence) : sentence.end
  const phrase = mark.signal.quoted
  if (phrase === undefined || !firstLine.includes(phrase)) return sentence.end
  return endsWithAnyMark(firstLine) ? labelEnd(article, sentence, phrase) : teaserEnd(article, sentence)
}

/**
 * Where a label glued before a sentence of the article on its line ends ("Video abspielen Talks
 * with the unions … said.", "Ein Beitrag geteilt von Helene Fischer (@helenefischer) Sogar beim
 * …"): after its phrase, or after the handle in brackets that follows it; the sentence splitter
 * saw no full stop between them. The whole sentence where what follows is no sentence, or one in
 * the other language.
 */
function labelEnd(article: Article, sentence: Sentence, phrase: string): number {
  // The visible text: markup around the sentence after the label ("*Die Opposition* kritisierte …") is blanked.
  const text = blanksAsSpaces(article.plain.slice(sentence.start, sentence.end))
  const at = text.indexOf(phrase)
  if (at < 0) return sentence.end
  let end = at + phrase.length
  end += /^[^.!?()\r\n]{0,60}?\(@[\p{L}\p{N}_.]+\)/u.exec(text.slice(end))?.[0].length ?? 0
  const rest = text.slice(end).trim()
  const other = article.lang === 'de' ? 'en' : 'de'
  // A question after the label is the poll's or the teaser's ("Umfrage: Kaufen Sie noch im Warenhaus ein?").
  const prose = SENTENCE_START.test(rest) && endsLikeProse(rest) && !textInLanguage(rest, other, article.lang)
  return prose ? sentence.start + end : sentence.end
}

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
function teaserEnd(article: Article, sentence: Sentence): number {
  const lines = article.text.slice(sentence.start, sentence.end).split(/(?<=\r\n|\r(?!\n)|\n)/)
  let end = sentence.start + lines[0].length
  for (const line of lines.slice(1)) {
    // The part ends with its line, before the line break: the next line keeps its quote marker.
    if (!endsLikeHeadline(line)) return endOfLineBefore(article.text, end)
    end += line.length
  }
  return sentence.end
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

// Sentences are cut from the visible text; the markup around a pasted sentence ("**Lesen Sie
// auch:** [Titel](https://…)") goes with it, so that removing it leaves no stray markup.

function withSyntaxBefore(article: Article, start: number): number {
  let at = start
  for (;;) {
    while (at > 0 && isSyntax(article, at - 1)) at--
    // An HTML tag's attributes stand after a space or a line break ("<a href=…>"): the whole tag goes, or "<a" would be left.
    const window = Math.max(0, at - MAX_TAG)
    const open = article.text.slice(window, at).lastIndexOf('<') + window
    if (open < window || !OPENING_TAG.test(article.text.slice(open, at)) || article.plain.slice(open, at).trim() !== '') break
    at = open
  }
  // A void element ("<img alt=…>", "<br>") before the pasted text holds none of it: it stays, with what stands
  // before it. One inside a pasted element goes with it ("<a href=…><img src=…>Mit unserem Newsletter …</a>").
  const markup = article.text.slice(at, start)
  let kept = at
  for (const element of markup.matchAll(VOID_ELEMENT)) {
    if (ELEMENT_OPENING.test(markup.slice(kept - at, element.index))) break
    kept = at + element.index + element[0].length
  }
  return kept
}

// The start of an opening tag up to its attributes, markup the visible text leaves blank; looked for this far back.
const OPENING_TAG = /^<[a-zA-Z][a-zA-Z0-9-]{0,20}\s[^<>]*$/
const MAX_TAG = 300
const VOID_ELEMENT = /<(?:area|br|col|embed|hr|img|input|link|meta|source|track|wbr)\b[^<>]*>/gi
const ELEMENT_OPENING = /<[a-zA-Z]/

function withSyntaxAfter(article: Article, end: number): number {
  let at = end
  while (at < article.text.length && isSyntax(article, at)) at++
  return at
}

/**
 * The span without the markup at its edges where taking it would leave its partner behind: a
 * pasted sentence at the end of an emphasis or a link that holds the article's words ("*Das Papier
 * … werden. Video abspielen*", "[… Kompromiss. Video abspielen](…)") goes without the closing marks.
 */
function balanced(article: Article, span: { start: number; end: number }): { start: number; end: number } {
  if (pairs(article, span)) return span
  // A link's text may end in a space before its closing bracket ("[Lesen Sie auch: … ](…)").
  let after = span.end
  while (after < article.text.length && (article.text[after] === ' ' || article.text[after] === '\t')) after++
  const closed = { start: span.start, end: withSyntaxAfter(article, after) }
  if (closed.end > after && pairs(article, closed)) return closed
  let { start, end } = span
  while (start < end && isSyntax(article, start)) start++
  while (end > start && isSyntax(article, end - 1)) end--
  return { start, end }
}

/** Every emphasis run and bracket of markup in the span has its partner in it ("**…**", "[…](…)"). */
function pairs(article: Article, { start, end }: { start: number; end: number }): boolean {
  const counts = { '*': 0, _: 0, '~': 0, '[': 0, ']': 0 }
  for (let at = start; at < end; at++) {
    const char = article.text[at]
    if (!(char in counts) || !isSyntax(article, at)) continue
    // A run of one emphasis mark ("**") opens or closes once; brackets count one by one.
    if (char === '[' || char === ']' || article.text[at - 1] !== char || at === start) counts[char as keyof typeof counts]++
  }
  return counts['*'] % 2 === 0 && counts._ % 2 === 0 && counts['~'] % 2 === 0 && counts['['] === counts[']']
}

/** Markup blanked out of the visible text (not whitespace the text had anyway). */
function isSyntax(article: Article, at: number): boolean {
  return article.plain[at] === ' ' && !/\s/.test(article.text[at])
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
