import { addTo } from '../../engine/arrays.js'
import type { Lang, Token } from '../../engine/model.js'
import { vocabularyWords, type Vocabulary } from '../../engine/vocabulary.js'
import { bare, isWord, wordAfter, wordBefore } from '../clauses.js'
import { compilePhrase, type Phrase } from './lexicon.js'

// Hedge phrases ("Berichten zufolge", "is said to"), the lexicon's and the newsroom's, matched in one pass over a sentence.

/** The cues a newsroom adds in its vocabulary: `reportativeCues`, `epistemicCues`. */
export function extraPhrases(vocabulary: Vocabulary | undefined, lang: Lang): Phrase[] {
  const phrases: Phrase[] = []
  for (const kind of ['reportative', 'epistemic'] as const) {
    for (const cue of vocabularyWords(vocabulary, lang, `${kind}Cues`)) if (cue.trim()) phrases.push(compilePhrase({ cue, kind }))
  }
  return phrases
}

/**
 * A language's phrases in their order, and the positions in that order of the phrases each first word
 * can open. Unlike `PhraseIndex` (word lists tried token by token), a hedge phrase's words have
 * alternatives and its matches are reported phrase by phrase.
 */
export interface HedgePhrases {
  phrases: Phrase[]
  byFirstWord: Map<string, number[]>
}

export function indexPhrases(phrases: Phrase[]): HedgePhrases {
  const byFirstWord = new Map<string, number[]>()
  for (const [order, phrase] of phrases.entries()) {
    for (const word of phrase.words[0] ?? []) addTo(byFirstWord, word, order)
  }
  return { phrases, byFirstWord }
}

/** Every match of a phrase among the words (punctuation breaks a phrase), phrase by phrase in the lexicon's order and left to right within a phrase. */
export function matchPhrases(
  units: Token[],
  { phrases, byFirstWord }: HedgePhrases,
  found: (from: number, to: number, phrase: Phrase) => void
): void {
  // Each word bared once, not once per phrase; only a phrase whose first word occurs is tried, and
  // only where it occurs. Nothing is held per pair of phrase and place: a newsroom's cues sharing a
  // first word ("der …") would make that as large as the sentence times the cues. Only the words
  // that open a phrase are placed: most open none, and placing every word cost more than the matching.
  const words = units.map((unit) => (isWord(unit) ? bare(unit) : undefined))
  const places = new Map<string, number[]>()
  words.forEach((word, i) => word !== undefined && byFirstWord.has(word) && addTo(places, word, i))
  const orders = new Set<number>()
  for (const word of places.keys()) for (const order of byFirstWord.get(word)!) orders.add(order)
  for (const order of [...orders].sort((a, b) => a - b)) {
    const phrase = phrases[order]
    for (const i of placesOf(phrase.words[0], places)) {
      const last = matchedEnd(words, i, phrase)
      if (last === undefined) continue
      const before = wordBefore(units, i)
      const after = wordAfter(units, last)
      if ((before && phrase.notAfter.has(before.lower)) || (after && phrase.notBefore.has(after.lower))) continue
      if (phrase.thenClause.size > 0 && !opensNextClause(units, last, phrase.thenClause)) continue
      found(i, last, phrase)
    }
  }
}

/** Where any of the first word's alternatives occurs, left to right. */
function placesOf(firstWord: ReadonlySet<string>, places: ReadonlyMap<string, number[]>): readonly number[] {
  if (firstWord.size === 1) return places.get(firstWord.values().next().value!) ?? []
  return [...firstWord].flatMap((word) => places.get(word) ?? []).sort((a, b) => a - b)
}

/** Where the phrase that opens at `i` ends: its words in order, with up to `gap` words (none from `notBefore`) between two of them. */
function matchedEnd(words: Array<string | undefined>, i: number, phrase: Phrase): number | undefined {
  let at = i
  for (let k = 1; k < phrase.words.length; k++) {
    let next = at + 1
    for (let skipped = words[next]; next - at <= phrase.gap && skipped !== undefined; skipped = words[++next])
      if (phrase.words[k].has(skipped) || phrase.notBefore.has(skipped)) break
    const word = words[next]
    if (word === undefined || !phrase.words[k].has(word)) return undefined
    at = next
  }
  return at
}

/** The clause after the cue's opens with one of the words: "so aus, als …". */
function opensNextClause(units: Token[], index: number, words: ReadonlySet<string>): boolean {
  const next = units[index + 1]
  return next?.value === ',' && isWord(units[index + 2]) && words.has(units[index + 2].lower)
}
