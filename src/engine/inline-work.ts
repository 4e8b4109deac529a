import { lineBreakCount } from './line-breaks.js'
import { frontmatterEnd, opensListItem } from './pieces.js'

// Inline syntax on which micromark's work grows faster than the text: emphasis markers it pairs
// by walking back, brackets it reads back from, backtick runs and HTML it reads on from. Each kind
// is estimated per paragraph (text up to a blank line or a list item) and summed over the file, so that neither
// one long paragraph nor many short ones can take the parser minutes. Part of `limits.ts`.

/**
 * Emphasis work: micromark pairs each emphasis marker by walking back over its paragraph's events,
 * so a paragraph costs about markers × (markers + characters / 8 + 3 × escapes and character
 * references, which make three events of a character or two). Normal articles stay below a
 * thousandth of this; 40,000 markers in 80 KB would take the parser minutes, and 5,400 among
 * 113,000 escaped "!" took 24 s.
 */
const MAX_EMPHASIS_WORK = 200_000_000
/**
 * Link work: micromark reads back from each `]` over its paragraph for the label it may close, so
 * a paragraph of brackets that close no link costs about `]` × characters ("[a](" 40,000 times
 * took 16 s). A paragraph of 2,000 links costs a third of this; articles' stay below a
 * thousandth.
 */
const MAX_LINK_WORK = 200_000_000
/**
 * Brackets open inside each other: micromark resolves each link or image label against all the
 * labels open around it, so nesting costs far more than its square ("![" 4,000 deep in 24 KB took
 * 38 s, 5,000 deep over 80 s). Articles nest two ("[![Bild](a)](b)").
 */
export const MAX_BRACKET_NESTING = 32

/**
 * Code-span work: micromark reads on from each run of backticks to its paragraph's end for a run
 * of the same length, so a paragraph costs about its distinct run lengths × characters (runs of
 * 1 to 700 backticks in 245 KB took 3 s, forty such paragraphs 80 s). Articles use one or two
 * lengths.
 */
const MAX_CODE_WORK = 100_000_000

/**
 * Inline-HTML work: micromark reads on from each HTML comment, declaration or processing
 * instruction to its closing sequence, and else to the paragraph's end ("<!-- " 40,000 times in
 * 200 KB took 68 s). Articles close the comments they hold.
 */
const MAX_HTML_WORK = 100_000_000

const FAR_FEWER = 'expected far fewer:'

/** One kind of inline work, summed over the file's paragraphs, and the paragraph with the most of what causes it. */
class InlineWork {
  private work = 0
  private count = 0
  private paragraphs = 0
  private worst = 0
  private worstWork = 0
  private line = 1

  /** `what` causes the work ("emphasis markers (*, _, ~)"), `why` it grows too fast in one paragraph. */
  constructor(
    private readonly limit: number,
    private readonly what: string,
    private readonly why: string
  ) {}

  add(count: number, work: number, line: number): void {
    this.work += work
    this.count += count
    if (count > 0) this.paragraphs++
    if (count > this.worst) Object.assign(this, { worst: count, worstWork: work, line })
  }

  /** Where the costliest paragraph holds most of the work, it is named; else the file's count is. */
  refusal(): string | undefined {
    if (this.work <= this.limit) return undefined
    return this.worstWork > this.limit / 2
      ? `Unexpected ${this.worst} ${this.what} in the paragraph at line ${this.line}, ${FAR_FEWER} ${this.why}`
      : `Unexpected ${this.count} ${this.what} in ${this.paragraphs} paragraphs, ${FAR_FEWER} the markdown parser's work on them adds up over the file to far more than an article's`
  }
}

/**
 * Sum each paragraph's emphasis, link, code-span and inline-HTML work (paragraphs end at blank
 * lines); where one kind is beyond its limit, the refusal that names its costliest paragraph.
 */
export function inlineWorkRefusal(text: string): string | undefined {
  const emphasis = new InlineWork(MAX_EMPHASIS_WORK, 'emphasis markers (*, _, ~)', 'pairing them would take the markdown parser minutes')
  const codeSpans = new InlineWork(
    MAX_CODE_WORK,
    'runs of backticks (`) of different lengths',
    'matching them to code spans would take the markdown parser time that grows with their square'
  )
  const html = new InlineWork(
    MAX_HTML_WORK,
    'unclosed HTML comments, declarations or processing instructions (<!--, <!, <?)',
    "the markdown parser reads on from each to the paragraph's end"
  )
  const links = new InlineWork(
    MAX_LINK_WORK,
    'closing brackets (])',
    'matching them to links would take the markdown parser time that grows with their square'
  )
  let markers = 0
  let escapes = 0
  let closers = 0
  let depth = 0
  let deepest = 0
  let deepestLine = 0
  // Each length can leave at most one run unmatched (the last of that length), which reads on to the paragraph's end.
  const runLengths = new Set<number>()
  const unclosed = new UnclosedHtml()
  let paragraphStart = 0
  let paragraphLine = 1
  let line = 1
  let blank = true
  const close = (at: number) => {
    const length = at - paragraphStart
    emphasis.add(markers, markers * (markers + length / 8 + 3 * escapes), paragraphLine)
    links.add(closers, closers * length, paragraphLine)
    codeSpans.add(runLengths.size, runLengths.size * length, paragraphLine)
    html.add(unclosed.count(), unclosed.count() * length, paragraphLine)
    markers = 0
    escapes = 0
    closers = 0
    depth = 0
    runLengths.clear()
    unclosed.clear()
  }
  // The frontmatter is YAML the parser takes whole ("*a" there is an alias, no emphasis marker).
  const start = frontmatterEnd(text)
  line += lineBreakCount(text.slice(0, start))
  paragraphStart = start
  paragraphLine = line
  for (let at = start; at < text.length; at++) {
    const code = text.charCodeAt(at)
    // A line ends at "\n" or at a "\r" that no "\n" follows.
    if (code === 10 || (code === 13 && text.charCodeAt(at + 1) !== 10)) {
      // A blank line ends a paragraph, and so does a list item's marker opening the next line: the
      // parser pairs and matches within each item ("- **Name** sagte …" a thousand times is no paragraph of 4,000 markers).
      if (blank || opensListItem(text, at + 1)) {
        close(at)
        paragraphStart = at + 1
        paragraphLine = line + 1
      }
      line++
      blank = true
    } else if (code !== 32 && code !== 9 && code !== 13) {
      blank = false
      if (code === 42 || code === 126 || (code === 95 && !intraword(text, at))) markers++
      else if (code === 92 || code === 38) escapes++
      else if (code === 93) {
        closers++
        if (depth > 0) depth--
      } else if (code === 91) {
        // "\[" is a bracket the parser reads as text.
        if (text.charCodeAt(at - 1) !== 92) depth++
        if (depth > deepest) {
          deepest = depth
          deepestLine = paragraphLine
        }
      } else if (code === 96) at = backtickRun(text, at, runLengths) - 1
      else if (code === 60) unclosed.open(text, at)
      else if (code === 62) unclosed.close(text, at)
    }
  }
  close(text.length)
  if (deepest > MAX_BRACKET_NESTING)
    return `Unexpected brackets ([) nested ${deepest} deep in the paragraph at line ${deepestLine}, expected at most ${MAX_BRACKET_NESTING}: the markdown parser's work on nested links and images grows faster than their square`
  return firstRefusal([emphasis, codeSpans, html, links])
}

/**
 * The first refusal of `works`: a plain loop, where `map(…).find(…)` was deoptimised on the array
 * `map` built (wrong map) and the whole scan of the text optimised again.
 */
function firstRefusal(works: readonly InlineWork[]): string | undefined {
  for (const work of works) {
    const refusal = work.refusal()
    if (refusal !== undefined) return refusal
  }
  return undefined
}

/**
 * Inline HTML that reads on to its closing sequence, across lines, and else to the paragraph's
 * end: comments (`<!--` … `-->`), processing instructions (`<?` … `?>`), declarations (`<!DOCTYPE`
 * … `>`) and CDATA (`<![CDATA[` … `]]>`). Counts, for each, the openings since the last closing.
 */
class UnclosedHtml {
  private comments = 0
  private instructions = 0
  private declarations = 0
  private cdata = 0

  open(text: string, at: number): void {
    if (text.startsWith('<!--', at)) this.comments++
    else if (text.startsWith('<?', at)) this.instructions++
    else if (text.startsWith('<![CDATA[', at)) this.cdata++
    else if (text.charCodeAt(at + 1) === 33 && isAsciiLetter(text.charCodeAt(at + 2))) this.declarations++
  }

  /** A `>` closes every declaration, and the others when their closing sequence ends with it. */
  close(text: string, at: number): void {
    this.declarations = 0
    if (text.startsWith('--', at - 2)) this.comments = 0
    if (text.charCodeAt(at - 1) === 63) this.instructions = 0
    if (text.startsWith(']]', at - 2)) this.cdata = 0
  }

  count(): number {
    return this.comments + this.instructions + this.declarations + this.cdata
  }

  clear(): void {
    this.comments = this.instructions = this.declarations = this.cdata = 0
  }
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}

/** Note the length of the run of backticks at `at` (and one less after a backslash, which may escape its first); return where it ends. */
function backtickRun(text: string, at: number, lengths: Set<number>): number {
  let end = at
  while (text.charCodeAt(end) === 96) end++
  lengths.add(end - at)
  if (text.charCodeAt(at - 1) === 92 && end - at > 1) lengths.add(end - at - 1)
  return end
}

/** `_` between letters or digits ("snake_case") never opens or closes emphasis. */
function intraword(text: string, at: number): boolean {
  return /[\p{L}\p{N}]/u.test(text[at - 1] ?? ' ') && /[\p{L}\p{N}]/u.test(text[at + 1] ?? ' ')
}
