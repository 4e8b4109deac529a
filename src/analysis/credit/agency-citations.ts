import { append, firstIndex, inSpans } from '../../engine/arrays.js'
import { lexicon } from '../../engine/lexicon.js'
import { PROSE_KINDS, type AgencyCitation, type Article, type Sentence, type Token } from '../../engine/model.js'
import { type AnalyzeOptions, inSentence } from '../../engine/stage.js'
import type { Registry } from './agencies.js'

// Agencies the text names as its source ("berichtete die dpa", "APA-Anfrage"): each must be in the credit line.

interface CitingLexicon {
  agencyNouns?: string[]
  citing?: string[]
  citingCompounds?: string[]
  notNames?: string[]
}

/** Agencies named as the text's source: next to a reporting verb or "Nachrichtenagentur", or in "APA-Anfrage". */
export function findCitations(
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
        ? inSentence(options, 'credit', sentence, 'citations', () => citationsIn(sentence, registry, citableWords(sentence)))
        : citationsIn(sentence, registry, citableWordsOutside(sentence, skip))
    )
  }
  return citations
}

/** The words of `sentence` that may name an agency: outside quotes. */
function citableWords(sentence: Sentence): Token[] {
  return sentence.tokens.filter(isCitable)
}

/**
 * The citable words of a sentence a credit line touches, outside the credit lines (`skip`). Apart
 * from `citableWords`, so that the filter of every other sentence never meets `inSpans` and is not
 * deoptimised when a credit line first turns up.
 */
function citableWordsOutside(sentence: Sentence, skip: Array<{ start: number; end: number }>): Token[] {
  return sentence.tokens.filter((token) => isCitable(token) && !inSpans(skip, token.start))
}

function isCitable(token: Token): boolean {
  return token.kind === 'word' && !token.quoted
}

/** The agencies `words` (a sentence's citable words) cite. */
function citationsIn(sentence: Sentence, registry: Registry, words: Token[]): AgencyCitation[] {
  const citations: AgencyCitation[] = []
  const cues = citingCues()
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
