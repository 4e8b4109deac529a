import { append, firstIndex } from '../engine/arrays.js'
import { lexicon } from '../engine/lexicon.js'
import type { AgencyCitation, Article, Block, BlockKind, CreditLine, Dateline, Sentence, Token } from '../engine/model.js'
import { PROSE_KINDS } from '../engine/model.js'
import { blockTokens } from '../engine/select.js'
import { splitSentences } from '../engine/sentences.js'
import { type AnalyzeOptions, type Stage, inBlock, inSentence } from '../engine/stage.js'
import { vocabularyWordsOfAllLanguages } from '../engine/vocabulary.js'
import { agencyRegistry, extendRegistry, type Registry } from './agencies.js'
import { isoDate } from './credit-date.js'
import { parseCredit, type ParsedCredit } from './credit-parse.js'

// The credit stage: finds the agency credit line (a block of its own, a line, or the bracketed
// tail of the last paragraph as in "(APA, 12.3.2016)"), the agency datelines ("Berlin (dpa) –")
// and the agencies the text cites as its source ("berichtete die dpa").

/** Blocks that may hold a credit line: article text, and what classification took for boilerplate. */
const CREDIT_KINDS: ReadonlySet<BlockKind> = new Set(['paragraph', 'lead', 'boilerplate', 'credit'])
const SENTENCE_END = new Set(['.', '!', '?', '…', '"', '“', '”', '»', '«', "'", ')'])
const DASHES = new Set(['–', '—', '-'])

export const creditStage: Stage = {
  id: 'credit',
  reads: ['blockKinds'],
  writes: ['blockKinds', 'credits', 'credit', 'datelines', 'agencyCitations', 'newsroomAgencies'],
  run: findCreditLines
}

function findCreditLines(article: Article, options: AnalyzeOptions): void {
  const { vocabulary } = options
  // The newsroom's own agency codes (vocabulary `agencies`) join the registry.
  const newsroomAgencies = vocabularyWordsOfAllLanguages(vocabulary, 'agencies')
  const registry = extendRegistry(agencyRegistry(), newsroomAgencies)
  if (newsroomAgencies.length) article.annotations.newsroomAgencies = newsroomAgencies
  const credits: CreditLine[] = []
  for (const block of article.blocks) {
    if (!CREDIT_KINDS.has(block.kind)) continue
    // A block's credit lines read the block (its kind too) and the registry (the vocabulary) alone.
    append(
      credits,
      inBlock(options, 'credit', article, block, 'credits', () => findCredits(article, block, registry), moveCredits)
    )
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

/** Whether `offset` lies inside one of `spans` (sorted by start, not overlapping): a binary search. */
function inSpans(spans: ReadonlyArray<{ start: number; end: number }>, offset: number): boolean {
  let low = 0
  let high = spans.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    if (spans[middle].end <= offset) low = middle + 1
    else if (spans[middle].start > offset) high = middle - 1
    else return true
  }
  return false
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

/** The frontmatter's `credit: sba/hos/news.de/dpa`, read like a credit line of its own. */
function frontmatterCredit(article: Article, registry: Registry): CreditLine | null {
  const frontmatter = article.frontmatter
  const value = frontmatter?.data.credit
  if (!frontmatter || typeof value !== 'string' || !value.trim()) return null
  const key = article.text.indexOf('\ncredit:', frontmatter.start)
  if (key < 0 || key >= frontmatter.end) return null
  const lineEnd = article.text.indexOf('\n', key + 1)
  const at = article.text.indexOf(value.trim(), key)
  if (at < 0 || (lineEnd >= 0 && at >= lineEnd)) return null
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

/** The index of the `)` closing the bracket opened at `open`, or -1 (within 60 tokens, not nested). */
function closingBracket(tokens: Token[], open: number): number {
  for (let k = open + 1; k < tokens.length && k < open + 60; k++) {
    if (tokens[k].value === ')') return k
    if (tokens[k].value === '(') return -2
  }
  return -1
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

function moveDatelines(datelines: Dateline[], by: number, index: number): Dateline[] {
  return datelines.map((dateline) => ({ ...dateline, start: dateline.start + by, end: dateline.end + by, block: index }))
}

/** "Berlin (dpa) –", "LONDON (Reuters) -", "Hamburg (dpa/lno) –": a place, agencies in brackets, a dash. */
function findDatelines(article: Article, block: Block, registry: Registry): Dateline[] {
  const datelines: Dateline[] = []
  const tokens = blockTokens(article, block).filter((token) => token.kind !== 'whitespace')
  for (let i = 1; i + 3 < tokens.length; i++) {
    if (tokens[i].value !== '(') continue
    const place = placeBefore(tokens, i)
    if (place < 0) continue
    const agencies: string[] = []
    let k = i + 1
    for (; k < tokens.length && k < i + 8; k += 2) {
      const agency =
        registry.byLowerSpelling.get(tokens[k].lower) ?? (agencies.length ? registry.byService.get(tokens[k].lower) : undefined)
      if (!agency || agency.role === 'editorial') break
      if (!agencies.includes(agency.code)) agencies.push(agency.code)
      if (tokens[k + 1]?.value !== '/' && tokens[k + 1]?.value !== ',') break
    }
    if (!agencies.length || tokens[k + 1]?.value !== ')' || !DASHES.has(tokens[k + 2]?.value ?? '')) continue
    let first = placeStart(tokens, place)
    while (first > 1 && tokens[first - 1].value === '/' && isPlace(tokens[first - 2].value)) first = placeStart(tokens, first - 2)
    const start = tokens[first].start
    datelines.push({ start, end: tokens[k + 2].end, block: block.index, place: article.plain.slice(start, tokens[place].end), agencies })
  }
  return datelines
}

// Reuters dates its datelines: "BRUSSELS, Feb 19 (Reuters) -".
const DATELINE_MONTHS = new Set(['jan', 'feb', 'march', 'april', 'may', 'june', 'july', 'aug', 'sept', 'oct', 'nov', 'dec'])

/** The index of the place before the bracket at `open` (over a date such as ", Feb 19"), or -1. */
function placeBefore(tokens: Token[], open: number): number {
  let k = open - 1
  if (
    k >= 3 &&
    /^\d{1,2}$/.test(tokens[k].value) &&
    DATELINE_MONTHS.has(tokens[k - 1].lower.replace(/\.$/, '')) &&
    tokens[k - 2].value === ','
  )
    k -= 3
  // A US state or region after the city: "KEATON BEACH, Fla. (AP) —".
  if (k >= 3 && tokens[k].value === '.' && /^\p{Lu}\p{Ll}{1,4}$/u.test(tokens[k - 1].value) && tokens[k - 2].value === ',') k -= 3
  return k >= 0 && isPlace(tokens[k].value) ? k : -1
}

/** Where the place name before `place` starts: upper-case words ("KEATON BEACH"), or capitalised ones that open the paragraph. */
function placeStart(tokens: Token[], place: number): number {
  let first = place
  while (first > 0 && isUpperCase(tokens[first - 1].value)) first--
  let opening = first
  while (opening > 0 && isPlace(tokens[opening - 1].value)) opening--
  return opening === 0 ? 0 : first
}

function isUpperCase(value: string): boolean {
  return /^\p{Lu}+$/u.test(value) && value.length > 1
}

function isPlace(value: string): boolean {
  return /^\p{Lu}/u.test(value)
}

interface CitingLexicon {
  agencyNouns?: string[]
  citing?: string[]
  citingCompounds?: string[]
  notNames?: string[]
}

/** Agencies named as the text's source: next to a reporting verb or "Nachrichtenagentur", or in "APA-Anfrage". */
function findCitations(
  article: Article,
  registry: Registry,
  skip: Array<{ start: number; end: number }>,
  options: AnalyzeOptions
): AgencyCitation[] {
  const citations: AgencyCitation[] = []
  for (const sentence of article.sentences) {
    if (!PROSE_KINDS.has(article.blocks[sentence.block].kind)) continue
    // Credit lines touch few sentences: one clear of them reads itself alone, and is kept between edits.
    const clear = (skip[firstIndex(skip, (span) => span.end > sentence.start)]?.start ?? Infinity) >= sentence.end
    append(
      citations,
      clear
        ? inSentence(options, 'credit', sentence, 'citations', () => citationsIn(sentence, registry, []))
        : citationsIn(sentence, registry, skip)
    )
  }
  return citations
}

function citationsIn(sentence: Sentence, registry: Registry, skip: Array<{ start: number; end: number }>): AgencyCitation[] {
  const citations: AgencyCitation[] = []
  const cues = citingCues()
  const words = sentence.tokens.filter((token) => token.kind === 'word' && !token.quoted && !inSpans(skip, token.start))
  for (let i = 0; i < words.length; i++) {
    const compound = words[i].value.includes('-') ? words[i].value.split('-') : undefined
    if (compound?.length === 2 && registry.bySpelling.has(compound[0]) && cues.compounds.has(compound[1].toLowerCase())) {
      citations.push({
        start: words[i].start,
        end: words[i].start + compound[0].length,
        agency: registry.bySpelling.get(compound[0])!.code,
        sentence: sentence.index
      })
      continue
    }
    let match: { code: string; last: number } | undefined
    let written = ''
    for (let last = i; last < words.length && last < i + registry.maxWords; last++) {
      written = last === i ? words[i].value : `${written} ${words[last].value}`
      if (!registry.prefixes.has(written)) break
      const agency = registry.bySpelling.get(written)
      if (agency && (agency.role ?? 'wire') === 'wire') match = { code: agency.code, last }
    }
    if (!match || namesSomethingElse(words, match.last, cues.notNames)) {
      if (match) i = match.last
      continue
    }
    const near = words.slice(Math.max(0, i - 7), Math.min(words.length, match.last + 8))
    const noun = i > 0 && cues.nouns.has(words[i - 1].lower.replace(/^[\p{L}]+-/u, ''))
    if (noun || near.some((word) => cues.citing.has(word.lower))) {
      citations.push({ start: words[i].start, end: words[match.last].end, agency: match.code, sentence: sentence.index })
    }
    i = match.last
  }
  return citations
}

/** The agency's name opens another name: "Bloomberg Businessweek", "Reuters Institute" (not "told Reuters Monday"). */
function namesSomethingElse(words: Token[], last: number, notNames: Set<string>): boolean {
  const next = words[last + 1]
  return next !== undefined && next.start === words[last].end + 1 && /^\p{Lu}\p{Ll}/u.test(next.value) && !notNames.has(next.lower)
}

interface Cues {
  nouns: Set<string>
  citing: Set<string>
  compounds: Set<string>
  notNames: Set<string>
}

let cues: Cues | undefined

/** Both languages' cues: agency copy mixes them ("told Reuters" in a German block is still a citation). */
function citingCues(): Cues {
  if (!cues) {
    const [de, en] = (['de', 'en'] as const).map((lang) => lexicon<CitingLexicon>(lang, 'credit'))
    const lower = (a: string[] = [], b: string[] = []) => new Set([...a, ...b].map((word) => word.toLowerCase()))
    cues = {
      nouns: lower(de.agencyNouns, en.agencyNouns),
      citing: lower(de.citing, en.citing),
      compounds: lower(de.citingCompounds, en.citingCompounds),
      notNames: lower(de.notNames, en.notNames)
    }
  }
  return cues
}

function unique(values: string[]): string[] {
  return [...new Set(values)]
}
