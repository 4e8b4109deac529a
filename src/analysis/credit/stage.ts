import { append, inSpans } from '../../engine/arrays.js'
import { endOfLine, startOfLine } from '../../engine/line-breaks.js'
import type { Article, Block, BlockKind, CreditLine, Dateline, Token } from '../../engine/model.js'
import { PROSE_KINDS } from '../../engine/model.js'
import { blockTokens } from '../../engine/select.js'
import { splitSentences } from '../../engine/sentences.js'
import { type AnalyzeOptions, type Stage, inBlock } from '../../engine/stage.js'
import { perVocabulary, vocabularyWordsOfAllLanguages } from '../../engine/vocabulary.js'
import { agencyRegistry, extendRegistry, type Registry } from './agencies.js'
import { isoDate } from './date.js'
import { parseCredit, type ParsedCredit } from './parse.js'
import { findCitations } from './agency-citations.js'
import { DASHES, findDatelines, moveDatelines } from './datelines.js'

// The credit stage: finds the agency credit line (a block of its own, a line, or the bracketed
// tail of the last paragraph as in "(APA, 12.3.2016)"), the agency datelines ("Berlin (dpa) –")
// and the agencies the text cites as its source ("berichtete die dpa").

/** Blocks that may hold a credit line: article text, and what classification took for pasted material. */
const CREDIT_KINDS: ReadonlySet<BlockKind> = new Set(['paragraph', 'lead', 'boilerplate', 'teaser', 'embed', 'credit'])
/**
 * Pasted blocks whose credit is the article's only on a line of its own at their end, which their
 * findings leave out ("Mehr zum Thema: …⏎sba/hos/dpa"); a bracketed tail is the pasted text's ("… (AFP)").
 */
const LAST_LINE_ONLY: ReadonlySet<BlockKind> = new Set(['teaser', 'embed'])
const SENTENCE_END = new Set(['.', '!', '?', '…', '"', '“', '”', '»', '«', "'", ')'])

export const creditStage: Stage = {
  id: 'credit',
  reads: ['blockKinds'],
  writes: ['blockKinds', 'credits', 'credit', 'datelines', 'agencyCitations', 'newsroomAgencies'],
  run: findCreditLines
}

/** The newsroom's own agency codes (vocabulary `agencies`), and the registry they join. */
const newsroomRegistry = perVocabulary((vocabulary) => {
  const newsroomAgencies = vocabularyWordsOfAllLanguages(vocabulary, 'agencies')
  return { newsroomAgencies, registry: extendRegistry(agencyRegistry(), newsroomAgencies) }
})

function findCreditLines(article: Article, options: AnalyzeOptions): void {
  const { newsroomAgencies, registry } = newsroomRegistry(options.vocabulary)
  if (newsroomAgencies.length) article.annotations.newsroomAgencies = newsroomAgencies
  const credits: CreditLine[] = []
  for (const block of article.blocks) {
    if (!CREDIT_KINDS.has(block.kind)) continue
    // A block's credit lines read the block (its kind too) and the registry (the vocabulary) alone.
    const found = inBlock(options, 'credit', article, block, 'credits', () => findCredits(article, block, registry), moveCredits)
    append(credits, LAST_LINE_ONLY.has(block.kind) ? found.filter((credit) => onLastLine(article, block, credit)) : found)
  }
  for (const credit of credits) if (credit.wholeBlock) article.blocks[credit.block].kind = 'credit'
  article.annotations.credits = credits
  const datelines = article.blocks
    .filter((block) => PROSE_KINDS.has(block.kind))
    .flatMap((block) =>
      inBlock(options, 'credit', article, block, 'datelines', () => findDatelines(article, block, registry), moveDatelines)
    )
  // Without a credit line in the body, the frontmatter's `credit:` is the credit; failing that,
  // the dateline ("Frankfurt/Main (dpa) –" and no end line).
  article.annotations.credit = credits.length
    ? credits[credits.length - 1]
    : (frontmatterCredit(article, registry) ?? (datelines.length ? datelineCredit(article, datelines[0]) : null))
  article.annotations.datelines = datelines
  const credited = [...credits, ...article.annotations.datelines].sort((a, b) => a.start - b.start)
  article.annotations.agencyCitations = findCitations(article, registry, credited, options)
}

function findCredits(article: Article, block: Block, registry: Registry): CreditLine[] {
  const tokens = blockTokens(article, block)
  const lines = splitLines(tokens)
  // A line of its own: "sba/hos/news.de/dpa", "Quelle: ntv.de, mli/dpa", "Reporting by …".
  const lineCredits: CreditLine[] = []
  for (const line of lines) {
    const parsed = parseCredit(line, registry) ?? parseAfterSemicolon(line, registry)
    if (parsed && acceptBare(parsed)) lineCredits.push(toCredit(article, block, line, parsed, lines.length === 1))
  }
  const found = [...lineCredits]
  // Bracketed: "(APA, 12.3.2016)" after a sentence or at the end of the paragraph. The scan skips
  // past each credit it finds, so only the line credits (in order) can already hold a bracket.
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].value !== '(' || inSpans(lineCredits, tokens[i].start)) continue
    const close = closingBracket(tokens, i)
    if (close === -2) continue
    const inner = tokens.slice(i + 1, close < 0 ? tokens.length : close)
    const last = close < 0 ? tokens.length - 1 : close
    const atEnd = isBlockEnd(tokens, last + 1)
    const afterSentence = followsSentence(tokens, i)
    if ((!atEnd && !afterSentence) || opensDateline(tokens, last + 1)) continue
    const parsed = parseCredit(inner, registry)
    if (!parsed || !acceptBracketed(parsed, atEnd, close < 0)) continue
    const span = tokens.slice(i, last + 1)
    found.push(toCredit(article, block, span, parsed, lines.length === 1 && i === 0 && atEnd))
    i = last
  }
  // The last sentence of the paragraph: "… sagte er. Mit Material von dpa und AFP".
  const lastSentence = block.sentences.length > 1 ? article.sentences[block.sentences[block.sentences.length - 1]] : undefined
  if (lastSentence && !found.some((credit) => credit.end > lastSentence.start) && lines.length === 1) {
    const parsed = parseCredit(lastSentence.tokens, registry)
    if (parsed && acceptBare(parsed) && (parsed.prefixed || parsed.form !== 'list' || parsed.separators.some((s) => s.value === '/'))) {
      found.push(toCredit(article, block, lastSentence.tokens, parsed, false))
    }
  }
  return found.sort((a, b) => a.start - b.start)
}

/** "SRF 4 News, 18.06.2023, 17:00 Uhr ; sda/ruef": broadcast details, then the credit after the last semicolon. */
function parseAfterSemicolon(line: Token[], registry: Registry): ParsedCredit | null {
  let semicolon = -1
  for (let k = 0; k < line.length; k++) if (line[k].value === ';') semicolon = k
  if (semicolon < 0) return null
  const parsed = parseCredit(line.slice(semicolon + 1), registry)
  return parsed?.form === 'list' && parsed.parts.some((part) => part.role === 'agency') ? parsed : null
}

/** A line without brackets is a credit when it names an agency, an outlet or the newsroom, or opens with a credit phrase. */
function acceptBare(parsed: ParsedCredit): boolean {
  if (parsed.form !== 'list') return true
  const roles = new Set(parsed.parts.map((part) => part.role))
  if (roles.has('byline') && !parsed.prefixed) return false
  if (roles.has('date') && !parsed.prefixed && !roles.has('agency')) return false
  const unknown = parsed.parts.filter((part) => part.role === 'unknown')
  // An unknown code passes beside a known agency ("dpa/XYZ": a typo or a newsroom's own code, for the rule to judge).
  const besideAgency = roles.has('agency') && parsed.separators.some((separator) => separator.value === '/')
  if ((unknown.some((part) => !part.suggestion) && !besideAgency) || unknown.length === parsed.parts.length) return false
  return (
    parsed.prefixed ||
    roles.has('agency') ||
    roles.has('story-id') ||
    roles.has('press-release') ||
    (roles.has('outlet') && parsed.parts.length > 1)
  )
}

/** A bracketed credit names an agency, the newsroom, editors or a date; a name alone is an aside. */
function acceptBracketed(parsed: ParsedCredit, atEnd: boolean, unclosed: boolean): boolean {
  if (parsed.form !== 'list') return true
  const roles = new Set(parsed.parts.map((part) => part.role))
  const solid = roles.has('agency') || roles.has('editorial') || roles.has('press-release') || roles.has('story-id')
  if (unclosed) return atEnd && roles.has('date') && (solid || roles.has('byline') || roles.has('initials'))
  if ([...roles].every((role) => role === 'unknown')) return false
  if (roles.has('unknown') && !solid && !roles.has('date')) return false
  if (solid || roles.has('initials')) return true
  if (roles.has('date')) return roles.has('byline') || roles.has('outlet') || atEnd
  return false
}

/** `source` is where the tokens' offsets point: the plain text, or the file text for the frontmatter. */
function toCredit(
  article: Article,
  block: Block,
  span: Token[],
  parsed: ParsedCredit,
  wholeBlock: boolean,
  source = article.plain
): CreditLine {
  const start = span[0].start
  const end = span[span.length - 1].end
  const text = (part: { start: number; end: number }) => source.slice(part.start, part.end)
  const parts = parsed.parts.map((part) => ({ ...part, text: text(part) }))
  const codes = (role: string) =>
    unique(parts.filter((part) => part.role === role || (role === 'agency' && part.role === 'story-id')).map((part) => part.code!))
  const outlet = parts.find((part) => part.role === 'outlet')
  const date = parts.find((part) => part.role === 'date' || part.role === 'story-id')
  return {
    start,
    end,
    block: block.index,
    text: source.slice(start, end),
    agencies: codes('agency'),
    initials: parts.filter((part) => part.role === 'initials').map((part) => part.text.replace(/\.$/, '')),
    ...(outlet ? { outlet: outlet.text } : {}),
    ...(date ? { date: isoDate(date.text) ?? date.text } : {}),
    pressReleases: codes('press-release'),
    bylines: parts.filter((part) => part.role === 'byline').map((part) => part.text),
    editorial: parts.some((part) => part.role === 'editorial'),
    wholeBlock,
    dateline: false,
    parts,
    separators: parsed.separators
  }
}

/** The credit fills the block's last line. */
function onLastLine(article: Article, block: Block, credit: CreditLine): boolean {
  return (
    article.text.slice(startOfLine(article.text, credit.start), credit.start).trim() === '' &&
    article.text.slice(credit.end, block.end).trim() === ''
  )
}

/** The `credit:` key opening a line of the frontmatter. */
const CREDIT_KEY = /[\r\n]credit:/

/** The frontmatter's `credit: sba/hos/news.de/dpa`, read like a credit line of its own. */
function frontmatterCredit(article: Article, registry: Registry): CreditLine | null {
  const frontmatter = article.frontmatter
  const value = frontmatter?.data.credit
  if (!frontmatter || typeof value !== 'string' || !value.trim()) return null
  const found = CREDIT_KEY.exec(article.text.slice(frontmatter.start, frontmatter.end))
  if (!found) return null
  const key = frontmatter.start + found.index
  const at = article.text.indexOf(value.trim(), key)
  if (at < 0 || at >= endOfLine(article.text, key + 1)) return null
  const tokens = splitSentences(article.text, at, at + value.trim().length, article.lang).flatMap((sentence) => sentence.tokens)
  const parsed = tokens.length ? parseCredit(tokens, registry) : null
  const block = article.blocks.find((candidate) => candidate.kind === 'frontmatter')
  return parsed && block ? toCredit(article, block, tokens, parsed, false, article.text) : null
}

function datelineCredit(article: Article, dateline: Dateline): CreditLine {
  return {
    start: dateline.start,
    end: dateline.end,
    block: dateline.block,
    text: article.plain.slice(dateline.start, dateline.end),
    agencies: dateline.agencies,
    initials: [],
    pressReleases: [],
    bylines: [],
    editorial: false,
    wholeBlock: false,
    dateline: true,
    parts: [],
    separators: []
  }
}

// One pass with plain loops: mapping and filtering an array of lines sent V8 into a loop of
// deoptimisations (the mapped array's shape changes with the number of lines).
/** The block's tokens split at line breaks, without the breaks and the blank edges. */
function splitLines(tokens: Token[]): Token[][] {
  const lines: Token[][] = []
  let from = 0
  for (let i = 0; i <= tokens.length; i++) {
    if (i < tokens.length && !(tokens[i].kind === 'whitespace' && tokens[i].value.includes('\n'))) continue
    const line = trimWhitespace(tokens, from, i)
    if (line.length > 0) lines.push(line)
    from = i + 1
  }
  return lines
}

/** tokens[from..to) without whitespace at either edge. */
function trimWhitespace(tokens: Token[], from: number, to: number): Token[] {
  while (from < to && tokens[from].kind === 'whitespace') from++
  while (to > from && tokens[to - 1].kind === 'whitespace') to--
  return tokens.slice(from, to)
}

/** Tokens a bracketed credit spans at most: "(APA, 12.3.2016)" has 8. */
const MAX_BRACKETED_TOKENS = 60

/**
 * The index of the `)` closing the bracket opened at `open`; -1 for a bracket the paragraph ends
 * in without closing it ("(APA, 12.3.2016"); -2 for none of these within `MAX_BRACKETED_TOKENS`
 * or another bracket opening first. The bound keeps the scan linear in the paragraph.
 */
function closingBracket(tokens: Token[], open: number): number {
  for (let k = open + 1; k < tokens.length && k < open + MAX_BRACKETED_TOKENS; k++) {
    if (tokens[k].value === ')') return k
    if (tokens[k].value === '(') return -2
  }
  return open + MAX_BRACKETED_TOKENS >= tokens.length ? -1 : -2
}

/** A dash follows the bracket: "KEATON BEACH, Fla. (AP) —" is a dateline. */
function opensDateline(tokens: Token[], from: number): boolean {
  let k = from
  while (k < tokens.length && tokens[k].kind === 'whitespace') k++
  return k < tokens.length && DASHES.has(tokens[k].value)
}

/** Only whitespace and a final full stop follow. */
function isBlockEnd(tokens: Token[], from: number): boolean {
  for (let k = from; k < tokens.length; k++) if (tokens[k].kind !== 'whitespace' && tokens[k].value !== '.') return false
  return true
}

/** The bracket opens a line, or follows the end of a sentence. */
function followsSentence(tokens: Token[], open: number): boolean {
  for (let k = open - 1; k >= 0; k--) {
    const token = tokens[k]
    if (token.kind !== 'whitespace') return SENTENCE_END.has(token.value) || SENTENCE_END.has(token.value.slice(-1))
    if (token.value.includes('\n')) return true
  }
  return true
}

function moveCredits(credits: CreditLine[], by: number, index: number): CreditLine[] {
  return credits.map((credit) => ({
    ...credit,
    start: credit.start + by,
    end: credit.end + by,
    block: index,
    parts: credit.parts.map((part) => ({ ...part, start: part.start + by, end: part.end + by })),
    separators: credit.separators.map((separator) => ({ ...separator, start: separator.start + by, end: separator.end + by }))
  }))
}

function unique(values: string[]): string[] {
  return [...new Set(values)]
}
