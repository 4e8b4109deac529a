import type { CreditPart, CreditSeparator, Token } from '../../engine/model.js'
import { lexicon } from '../../engine/lexicon.js'
import { isWire, nearestAgencyCode, editDistance, type Agency, type Registry } from './agencies.js'
import { isDigitCode } from '../digits.js'

// Reads one candidate credit line token by token, left to right, never backtracking further
// than the longest agency spelling: a list of parts (agencies, initials, outlet, byline, date)
// between separators, after an optional prefix ("Quelle:", "mit Material von", "©"); or one
// of the English sentence forms ("Reporting by …; Editing by …", "AP contributed to this report").

export interface CreditPhrases {
  prefixes: string[][]
  reporting: string[][]
  contributed: string[][]
  fillers: Set<string>
  notInitials: Set<string>
}

interface PhraseLexicon {
  prefixes?: string[]
  reporting?: string[]
  contributed?: string[]
  fillers?: string[]
  notInitials?: string[]
}

let phrases: CreditPhrases | undefined

/** Both languages' phrases: a German article may carry an English credit and the other way round. */
function creditPhrases(): CreditPhrases {
  if (phrases) return phrases
  const de = lexicon<PhraseLexicon>('de', 'credit')
  const en = lexicon<PhraseLexicon>('en', 'credit')
  const words = (list: string[] = []) => list.map((phrase) => phrase.toLowerCase().split(' '))
  phrases = {
    prefixes: words([...(de.prefixes ?? []), ...(en.prefixes ?? [])]),
    reporting: words([...(de.reporting ?? []), ...(en.reporting ?? [])]).sort((a, b) => b.length - a.length),
    contributed: words([...(de.contributed ?? []), ...(en.contributed ?? [])]).sort((a, b) => b.length - a.length),
    fillers: new Set([...(de.fillers ?? []), ...(en.fillers ?? [])].map((word) => word.toLowerCase())),
    notInitials: new Set([...(de.notInitials ?? []), ...(en.notInitials ?? [])].map((word) => word.toLowerCase()))
  }
  return phrases
}

export interface ParsedCredit {
  /** Offsets point into the text the tokens came from; the caller fills in each part's `text`. */
  parts: CreditPart[]
  separators: CreditSeparator[]
  form: 'list' | 'reporting' | 'contributed'
  prefixed: boolean
}

/** A token with whether whitespace stands right before and after it. */
interface Spaced {
  token: Token
  spaceBefore: boolean
  spaceAfter: boolean
}

const SEPARATORS = new Set([',', '/', ';', '–', '—', '-', '&', '+', '|', 'und', 'and', 'u.'])
const NAME_PARTICLES = new Set(['von', 'van', 'de', 'der', 'zu', 'di', 'da', 'le', 'la', 'del', 'ten', 'aus', 'in'])
const MONTHS = new Set([
  'januar',
  'jänner',
  'februar',
  'feber',
  'märz',
  'april',
  'mai',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'dezember'
])

/** Parse `tokens` (whitespace included) as a credit line, or return null if they are not one. */
export function parseCredit(tokens: Token[], registry: Registry, lexicon: CreditPhrases = creditPhrases()): ParsedCredit | null {
  const spaced = withSpacing(tokens)
  let at = 0
  while (at < spaced.length && (spaced[at].token.value === '—' || spaced[at].token.value === '–')) at++
  let end = spaced.length
  if (end > at && spaced[end - 1].token.value === '.') end--
  if (end <= at) return null

  const reporting = readReporting(spaced, at, end, registry, lexicon)
  if (reporting) return reporting
  const contributed = readContributed(spaced, at, end, registry, lexicon)
  if (contributed) return contributed

  const prefix = matchPhrase(spaced, at, end, lexicon.prefixes)
  const prefixed = prefix > at
  at = prefix
  if (prefixed) while (at < end && lexicon.fillers.has(spaced[at].token.lower)) at++
  return readList(spaced, at, end, registry, lexicon, prefixed)
}

function withSpacing(tokens: Token[]): Spaced[] {
  const result: Spaced[] = []
  let space = false
  for (const token of tokens) {
    if (token.kind === 'whitespace') {
      space = true
      if (result.length) result[result.length - 1].spaceAfter = true
      continue
    }
    result.push({ token, spaceBefore: space, spaceAfter: false })
    space = false
  }
  return result
}

/** Where a phrase of `options` ends when it starts at `at`, or `at` if none does. */
function matchPhrase(spaced: Spaced[], at: number, end: number, options: string[][]): number {
  for (const words of options) {
    if (at + words.length > end) continue
    if (words.every((word, k) => spaced[at + k].token.lower === word)) return at + words.length
  }
  return at
}

function readList(
  spaced: Spaced[],
  from: number,
  end: number,
  registry: Registry,
  lexicon: CreditPhrases,
  prefixed: boolean
): ParsedCredit | null {
  const parts: CreditPart[] = []
  const separators: CreditSeparator[] = []
  let at = from
  let afterSlash = false
  while (at < end) {
    const read = readPart(spaced, at, end, registry, lexicon, afterSlash ? parts[parts.length - 1] : undefined)
    if (!read) return null
    parts.push(read.part)
    at = read.next
    if (at >= end) break
    const separator = spaced[at]
    if (!SEPARATORS.has(separator.token.lower)) return null
    separators.push({
      start: separator.token.start,
      end: separator.token.end,
      value: separator.token.value,
      spaceBefore: separator.spaceBefore,
      spaceAfter: separator.spaceAfter
    })
    afterSlash = separator.token.value === '/'
    at++
    if (at >= end) return null
  }
  return parts.length ? { parts, separators, form: 'list', prefixed } : null
}

interface Read {
  part: CreditPart
  next: number
}

function readPart(
  spaced: Spaced[],
  at: number,
  end: number,
  registry: Registry,
  lexicon: CreditPhrases,
  beforeSlash?: CreditPart
): Read | null {
  const token = spaced[at].token
  const part = (role: CreditPart['role'], last: number, extra: Partial<CreditPart> = {}): Read => ({
    part: { start: token.start, end: spaced[last].token.end, text: '', role, ...extra },
    next: last + 1
  })
  if (isDigitCode(token.value.charCodeAt(0))) return readDate(spaced, at, end)
  if (token.lower.startsWith('dpa:') && isDigitCode(token.value.charCodeAt(4))) {
    // dpa's story id, "dpa:230906-99-123456/2": the agency's own footer.
    let last = at
    if (
      last + 2 < end &&
      spaced[last + 1].token.value === '/' &&
      !spaced[last].spaceAfter &&
      isDigitCode(spaced[last + 2].token.value.charCodeAt(0))
    )
      last += 2
    return part('story-id', last, { code: 'dpa' })
  }
  if (beforeSlash?.role === 'agency' && beforeSlash.code) {
    const parent = registry.byService.get(token.lower)
    if (parent?.code === beforeSlash.code) return part('agency', at, { code: parent.code })
  }
  // "Nachrichtenagentur dpa": the noun belongs to the agency's part.
  const agency =
    readAgency(spaced, at, end, registry) ??
    (lexicon.fillers.has(token.lower) && at + 1 < end ? readAgency(spaced, at + 1, end, registry) : undefined)
  if (agency) {
    const role = agency.agency.role === 'press-release' ? 'press-release' : agency.agency.role === 'editorial' ? 'editorial' : 'agency'
    return part(role, agency.last, { code: agency.agency.code })
  }
  const word = token.value.endsWith('.') ? token.value.slice(0, -1) : token.value
  if (isDomain(word)) return part('outlet', at)
  if (isLowerWord(word) && word.length >= 2 && word.length <= 5) {
    if (lexicon.notInitials.has(word)) return null
    const swapped = swappedAgency(word, registry)
    return swapped ? part('unknown', at, { suggestion: swapped }) : part('initials', at)
  }
  if (isUpperWord(word)) {
    let last = at
    while (last + 1 < end && isUpperWord(spaced[last + 1].token.value) && spaced[last].spaceAfter) last++
    if (last > at || word.length > 5) return part('outlet', last)
    const suggestion = nearestAgencyCode(registry, word)
    return part('unknown', at, suggestion ? { suggestion } : {})
  }
  if (isCapitalised(word)) return readByline(spaced, at, end, registry)
  if (isAbbreviationCompound(word)) {
    // An outlet or studio named by its abbreviation: "ARD-Studio Madrid", "SZ-Redaktion".
    let last = at
    while (last + 1 < end && spaced[last].spaceAfter && isCapitalised(spaced[last + 1].token.value)) last++
    return part('outlet', last)
  }
  return null
}

function readAgency(spaced: Spaced[], at: number, end: number, registry: Registry): { agency: Agency; last: number } | undefined {
  let words = ''
  let found: { agency: Agency; last: number } | undefined
  for (let last = at; last < end && last < at + registry.maxWords; last++) {
    if (last > at && (!spaced[last - 1].spaceAfter || spaced[last].token.kind !== 'word')) break
    words = last === at ? spaced[last].token.lower : `${words} ${spaced[last].token.lower}`
    const agency = registry.byLowerSpelling.get(words) ?? registry.byLowerSpelling.get(words.replace(/\.$/, ''))
    if (agency) found = { agency, last }
  }
  return found
}

/** A lower-case code that is a known agency's code with two letters swapped ("dap"): a typo, not initials. */
function swappedAgency(word: string, registry: Registry): string | undefined {
  if (word.length < 3) return undefined
  const letters = [...word].sort().join('')
  for (const agency of registry.agencies) {
    if (!isWire(agency)) continue
    for (const spelling of [agency.code, ...agency.spellings]) {
      const lower = spelling.toLowerCase()
      if (lower.length === word.length && [...lower].sort().join('') === letters && editDistance(lower, word) === 1) return agency.code
    }
  }
  return undefined
}

/** A date written d.m.yyyy (with or without spaces, two-digit years too) or "12. März 2016". */
function readDate(spaced: Spaced[], at: number, end: number): Read | null {
  const groups: string[] = []
  let last = at - 1
  let text = ''
  for (let k = at; k < end; k++) {
    const value = spaced[k].token.value
    if (!isDigitsAndDots(value)) break
    if (k > at && spaced[k - 1].spaceAfter && !text.endsWith('.')) break
    text += value
    last = k
  }
  for (const group of text.split('.')) if (group) groups.push(group)
  const start = spaced[at].token.start
  if (groups.length === 3 && text.indexOf('.') > 0 && isDayMonthYear(groups)) {
    return { part: { start, end: spaced[last].token.end, text: '', role: 'date' }, next: last + 1 }
  }
  // "12. März 2016"
  if (
    groups.length === 1 &&
    text.endsWith('.') &&
    last + 2 < end &&
    MONTHS.has(spaced[last + 1].token.lower) &&
    /^\d{4}$/.test(spaced[last + 2].token.value)
  ) {
    return { part: { start, end: spaced[last + 2].token.end, text: '', role: 'date' }, next: last + 3 }
  }
  return null
}

/** Day and month of one or two digits, a year of two to four ("18.8.015" is a typo the rule reports, not prose). */
function isDayMonthYear([day, month, year]: string[]): boolean {
  return day.length <= 2 && month.length <= 2 && year.length >= 2 && year.length <= 4
}

/** A person's name, maybe with a place: "Renate Graber", "Colette M. Schmidt", "André Ballin aus Moskau". */
function readByline(spaced: Spaced[], at: number, end: number, registry: Registry): Read | null {
  let last = at
  let names = 1
  while (last + 1 < end && spaced[last].spaceAfter) {
    const next = spaced[last + 1].token
    if (next.kind !== 'word') break
    if (isCapitalised(next.value) || /^\p{Lu}\.$/u.test(next.value)) names++
    else if (!(NAME_PARTICLES.has(next.lower) && last + 2 < end && isCapitalised(spaced[last + 2].token.value))) break
    last++
  }
  if (names < 2 || names > 6) {
    if (last !== at) return null
    const suggestion = nearestAgencyCode(registry, spaced[at].token.value)
    return suggestion
      ? { part: { start: spaced[at].token.start, end: spaced[at].token.end, text: '', role: 'unknown', suggestion }, next: at + 1 }
      : null
  }
  return { part: { start: spaced[at].token.start, end: spaced[last].token.end, text: '', role: 'byline' }, next: last + 1 }
}

/** "Reporting by Jane Doe in London; Editing by John Smith": Reuters' end line, and the "With reporting by …" lines. */
function readReporting(spaced: Spaced[], at: number, end: number, registry: Registry, lexicon: CreditPhrases): ParsedCredit | null {
  const parts: CreditPart[] = []
  const separators: CreditSeparator[] = []
  let editing = false
  let k = at
  while (k < end) {
    const after = matchPhrase(spaced, k, end, lexicon.reporting)
    if (after === k || after >= end) return null
    if (spaced[k].token.lower === 'editing' || spaced[k].token.lower === 'edited') editing = true
    let stop = after
    while (stop < end && spaced[stop].token.value !== ';') {
      const value = spaced[stop].token.value
      // A sentence inside is prose, not a credit; initials such as "M." are names.
      if ((value === '.' || value === '!' || value === '?') && stop + 1 < end) return null
      stop++
    }
    if (stop - after > 40) return null
    collectNamed(spaced, after, stop, registry, parts)
    if (stop < end) {
      const separator = spaced[stop]
      separators.push({
        start: separator.token.start,
        end: separator.token.end,
        value: ';',
        spaceBefore: separator.spaceBefore,
        spaceAfter: separator.spaceAfter
      })
    }
    k = stop + 1
  }
  if (!parts.some((part) => part.role === 'agency') && editing)
    parts.push({ start: spaced[at].token.start, end: spaced[end - 1].token.end, text: '', role: 'agency', code: 'Reuters' })
  return parts.length ? { parts, separators, form: 'reporting', prefixed: true } : null
}

/** "The Associated Press contributed to this report." */
function readContributed(spaced: Spaced[], at: number, end: number, registry: Registry, lexicon: CreditPhrases): ParsedCredit | null {
  let verb = -1
  for (let k = at + 1; k < end && k < at + 25; k++) {
    if (matchPhrase(spaced, k, end, lexicon.contributed) === end) {
      verb = k
      break
    }
  }
  if (verb < 0) return null
  const parts: CreditPart[] = []
  collectNamed(spaced, at, verb, registry, parts)
  return parts.length ? { parts, separators: [], form: 'contributed', prefixed: false } : null
}

/** The agencies (exact spellings) and the people named between `from` and `to`. */
function collectNamed(spaced: Spaced[], from: number, to: number, registry: Registry, parts: CreditPart[]): void {
  let nameStart = -1
  const closeName = (last: number) => {
    if (nameStart >= 0 && last >= nameStart)
      parts.push({ start: spaced[nameStart].token.start, end: spaced[last].token.end, text: '', role: 'byline' })
    nameStart = -1
  }
  for (let k = from; k < to; k++) {
    const agency = readAgency(spaced, k, to, registry)
    const exact = agency && registry.bySpelling.has(range(spaced, k, agency.last))
    if (agency && exact) {
      closeName(k - 1)
      parts.push({ start: spaced[k].token.start, end: spaced[agency.last].token.end, text: '', role: 'agency', code: agency.agency.code })
      k = agency.last
      continue
    }
    const value = spaced[k].token.value
    if (isCapitalised(value) || /^\p{Lu}\.$/u.test(value)) {
      if (nameStart < 0) nameStart = k
    } else if (nameStart >= 0 && !(value === '-' || NAME_PARTICLES.has(spaced[k].token.lower))) closeName(k - 1)
  }
  closeName(to - 1)
}

function range(spaced: Spaced[], from: number, last: number): string {
  const words: string[] = []
  for (let k = from; k <= last; k++) words.push(spaced[k].token.value)
  return words.join(' ')
}

function isDigitsAndDots(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i)
    if (!isDigitCode(code) && code !== 46) return false
  }
  return value.length > 0
}

function isLowerWord(value: string): boolean {
  return /^\p{Ll}+$/u.test(value)
}

function isUpperWord(value: string): boolean {
  return /^\p{Lu}[\p{Lu}-]*$/u.test(value) && value.length >= 2
}

function isCapitalised(value: string): boolean {
  return /^\p{Lu}\p{Ll}[\p{L}'’-]*$/u.test(value)
}

function isAbbreviationCompound(value: string): boolean {
  return /^\p{Lu}{2,}-\p{Lu}\p{Ll}+$/u.test(value)
}

/** An outlet written as its web address: "news.de", "n-tv.de", "derStandard.at". */
function isDomain(value: string): boolean {
  const labels = value.split('.')
  if (labels.length < 2) return false
  const tld = labels[labels.length - 1]
  return /^\p{Ll}{2,6}$/u.test(tld) && labels.every((label) => /^[\p{L}\d-]+$/u.test(label))
}
