import { addTo, firstIndex } from '../../engine/arrays.js'
import { hasDigit, isDayDate, isDigitCode } from '../digits.js'
import { PROSE_KINDS, type Article, type CreditLine, type Sentence, type Token } from '../../engine/model.js'
import { contentTokens } from '../sources/index.js'
import { containsPhrase, setOf, type SourcingLexicon } from './lexicon.js'

// What is no claim of the article's: display text of plain-text copy, pasted material, and
// sentences that state nothing needing a source (questions, fragments, public record, advice).

/** How many sentences of headline and subtitle may stand before a glued dateline. */
const HEADLINE_SENTENCES = 3
/** Words and marks a place name may have before its dash ("Frankfurt / Brüssel", "St. Pölten"). */
const PLACE_WORDS = 6
const PLACE_LINKS = new Set(['de', 'am', 'an', 'bei', 'im'])
/** Sentences in one paragraph from which on it is a whole article pasted as plain text. */
const PLAIN_TEXT_ARTICLE = 8

/**
 * Display text in plain-text copy, where a whole article stands in one paragraph: it opens with
 * its headline, and what stands before the dateline ("Wien –") is headline and subtitle.
 */
export function displaySentences(article: Article): Set<number> {
  const display = new Set<number>()
  const prose = article.blocks.filter((block) => PROSE_KINDS.has(block.kind))
  const first = prose[0]
  if (prose.length !== 1 || first.kind !== 'paragraph') return display
  const dateline = (article.annotations.datelines ?? []).find((candidate) => candidate.block === first.index)
  // A bare place dateline ("Wien –", "Frankfurt/Brüssel –") glued after the headline and subtitle.
  const placed = first.sentences.slice(1, HEADLINE_SENTENCES + 1).findIndex((index) => opensWithPlace(article.sentences[index]))
  if (!dateline && placed >= 0) {
    for (const index of first.sentences.slice(0, placed + 1)) display.add(index)
    return display
  }
  if (!dateline && first.sentences.length < PLAIN_TEXT_ARTICLE) return display
  display.add(first.sentences[0])
  if (dateline) for (const index of first.sentences) if (article.sentences[index].end <= dateline.start) display.add(index)
  return display
}

/** Sentences pasted into a paragraph of the article (a teaser, a call to follow): no claims of the article's, whatever they say. */
export function pastedInsideProse(article: Article): number[] {
  const pasted: number[] = []
  for (const entry of article.annotations.pasted ?? []) {
    if (!entry.span) continue
    const inBlock = article.blocks[entry.block].sentences
    const span = entry.span
    // Spans hold few sentences: find the first by binary search, so many posts in one long paragraph stay linear.
    for (let k = firstIndex(inBlock, (index) => article.sentences[index].start >= span.start); k < inBlock.length; k++) {
      if (article.sentences[inBlock[k]].end > span.end) break
      pasted.push(inBlock[k])
    }
  }
  return pasted
}

const PLACE_DASHES = new Set(['–', '—', '-'])

/** "Wien – …", "Santiago de Chile – …", "Frankfurt/Brüssel/Luxemburg – …": a sentence that opens with a dateline. */
function opensWithPlace(sentence: Sentence): boolean {
  const tokens = contentTokens(sentence)
  for (const [k, token] of tokens.slice(0, PLACE_WORDS + 1).entries()) {
    if (PLACE_DASHES.has(token.value)) return k > 0
    const capitalized = token.value.charAt(0) !== token.value.charAt(0).toLowerCase()
    if (token.kind === 'word' ? !capitalized && !PLACE_LINKS.has(token.value) : token.value !== '/' && token.value !== '.') return false
  }
  return false
}

/**
 * Not claims: questions, fragments, crossheads (no closing punctuation), credit lines, public
 * record such as a final score or a match's play-by-play, marked analysis, the writer's own enquiry, advice in the
 * writer's voice.
 */
export function isClaim(sentence: Sentence, tokens: Token[], words: SourcingLexicon, article: Article): boolean {
  const unquoted = tokens.filter((token) => !token.quoted)
  const last = unquoted[unquoted.length - 1] ?? tokens[tokens.length - 1]
  if (!last || last.value.includes('?')) return false
  // No closing punctuation: a crosshead or a fragment, not a statement; a closing colon leads in
  // to what follows ("Das Wichtigste in Kürze:").
  if (last.kind === 'word' || last.value === ':') return false
  const wordCount = tokens.filter((token) => token.kind === 'word').length
  if (wordCount < 3) return false
  if (opensMarkedAnalysis(tokens, words)) return false
  if (inCredit(article, sentence) || hasScore(tokens) || hasMatchMinute(tokens) || isPublicRecord(unquoted, words)) return false
  if (words.ownReporting.some((phrase) => containsPhrase(unquoted, phrase))) return false
  return !isAdvice(unquoted, words)
}

/** "Kommentar: …", "Fazit: …": the writer's own analysis, marked as such, hedged or not. */
export function opensMarkedAnalysis(tokens: Token[], words: SourcingLexicon): boolean {
  const colon = tokens.findIndex((token) => token.value === ':')
  return colon > 0 && colon <= 3 && tokens.slice(0, colon).some((token) => setOf(words.analysisMarkers).has(token.lower))
}

/**
 * "Hierbei sollte man …", "Sonderzeichen sollten klug gewählt werden", "Zuletzt lohnt es sich …",
 * "Einfach einen Ausschnitt wählen": a recommendation in the writer's voice.
 */
function isAdvice(unquoted: Token[], words: SourcingLexicon): boolean {
  const { subjects, modals, passive, phrases, openings } = words.advice
  const onlyWords = unquoted.filter((token) => token.kind === 'word')
  if (setOf(openings).has(onlyWords[0]?.lower ?? '') || phrases.some((phrase) => containsPhrase(onlyWords, phrase))) return true
  const holds = (list: string[]) => {
    const set = setOf(list)
    return unquoted.some((token) => set.has(token.lower))
  }
  if (holds(subjects) && holds(modals)) return true
  return holds(passive.modals) && unquoted.some((token) => token.lower === passive.auxiliary)
}

function inCredit(article: Article, sentence: Sentence): boolean {
  const credits = creditsByBlock(article).get(sentence.block) ?? []
  // In order and apart (as analysis finds them): the one credit that may overlap the sentence is the first to end after its start.
  const first = credits[firstIndex(credits, (credit) => credit.end > sentence.start)]
  return first !== undefined && first.start < sentence.end
}

// The credit lines of each block, once per article: a file of many articles has many credit lines, and every sentence asks.
const creditBlocks = new WeakMap<Article, Map<number, CreditLine[]>>()

export function creditsByBlock(article: Article): Map<number, CreditLine[]> {
  let byBlock = creditBlocks.get(article)
  if (!byBlock) {
    byBlock = new Map()
    for (const credit of article.annotations.credits ?? (article.annotations.credit ? [article.annotations.credit] : []))
      addTo(byBlock, credit.block, credit)
    creditBlocks.set(article, byBlock)
  }
  return byBlock
}

/**
 * Public record (the labels' convention 3): a scheduled event with its date ("Die Präsidentenwahl
 * findet Anfang November statt", "Das Referendum wird am 23. Juni stattfinden") or its kickoff or
 * broadcast time ("trifft am Dienstag (19 Uhr) auf den LASK"), a team's standing in its table
 * ("Juve hat damit 33 Punkte auf dem Konto"), a player's match record ("erzielte in 16
 * Ligaspielen ein Tor"), and the market's close ("Der ATX fiel 15,43 Punkte").
 */
function isPublicRecord(unquoted: Token[], words: SourcingLexicon): boolean {
  const record = words.publicRecord
  if (!record) return false
  const { scheduled, standings, market, matchStats } = record
  // Every claim sentence comes here: its words are read into a set once, and each list is looked up in it.
  const lower = new Set<string>()
  const [verbs, particles] = [setOf(scheduled.verbs), setOf(scheduled.particles)]
  let counted = false
  let dayDate = false
  let particleAfterVerb = false
  let verbSeen = false
  for (const token of unquoted) {
    if (token.kind !== 'word') continue
    lower.add(token.lower)
    counted ||= hasDigit(token.value)
    dayDate ||= isDayDate(token.value)
    particleAfterVerb ||= verbSeen && particles.has(token.lower)
    verbSeen ||= verbs.has(token.lower)
  }
  const has = (list: string[]) => list.some((word) => lower.has(word))
  const takesPlace = has(scheduled.joined) || particleAfterVerb
  const dated = dayDate || has(scheduled.times)
  const clock = setOf(scheduled.clock)
  const clocked = unquoted.some(
    (token, k) => clock.has(token.lower) && hasDigit(unquoted[k - 1]?.value ?? '') && unquoted[k - 2]?.value === '('
  )
  if ((takesPlace && dated) || clocked) return true
  const some = (test: (word: string) => boolean) => [...lower].some(test)
  const placed = () => has(standings.context) || some((word) => standings.contextPrefixes.some((prefix) => word.startsWith(prefix)))
  if (has(standings.units) && placed()) return true
  if (!counted) return false
  const quoted = () => has(market.words) || some((word) => market.endings.some((ending) => word.endsWith(ending)))
  if (has(market.units) && quoted()) return true
  return has(matchStats.words) || (has(matchStats.countedWords) && has(matchStats.context))
}

/** "5:0", "2:1-Sieg": a result is public record (the tokenizer keeps a score as one word). */
function hasScore(tokens: Token[]): boolean {
  // The regular expression only for a word that opens with a digit: most words do not.
  return tokens.some(
    (token) => token.kind === 'word' && isDigitCode(token.value.charCodeAt(0)) && /^\d{1,3}:\d{1,3}(-|$)/.test(token.value)
  )
}

/** "Welbeck (60.) traf zum Tor des Tages": the minute of a goal or card marks a match's play-by-play, public record like its score. */
function hasMatchMinute(tokens: Token[]): boolean {
  return tokens.some(
    (token, k) =>
      token.kind === 'word' &&
      isDigitCode(token.value.charCodeAt(0)) &&
      /^\d{1,3}\.$/.test(token.value) &&
      tokens[k - 1]?.value === '(' &&
      [')', ',', '/'].includes(tokens[k + 1]?.value)
  )
}
