import { lexiconSet } from '../engine/lexicon.js'
import type { Lang, Sentence } from '../engine/model.js'
import type { Token } from '../engine/token.js'
import { bare, wordUnits } from './clauses.js'

// What a sentence is about, as a set of word stems: enough to tell that a headline and a body
// sentence make the same claim ("Kim plant Waffendeal" / "Kim plant angeblich einen Waffendeal").

// Inflection endings cut once, longest first: "Waffenlieferungen" and "Waffenlieferung" meet in
// "waffenliefer", "hofft" and "hoffen" in "hoff", "plant" and "planen" in "plan".
const ENDINGS = ['ungen', 'ung', 'ten', 'te', 'en', 'er', 'es', 'em', 'st', 'e', 'n', 's', 't']
/** The endings by their last letter, in the order above: a word is held only to those that can fit. */
const ENDINGS_BY_LAST = new Map<string, string[]>()
for (const ending of ENDINGS) ENDINGS_BY_LAST.set(ending.slice(-1), [...(ENDINGS_BY_LAST.get(ending.slice(-1)) ?? []), ending])

function stem(word: string): string {
  for (const ending of ENDINGS_BY_LAST.get(word.slice(-1)) ?? [])
    if (word.endsWith(ending) && word.length - ending.length >= 4) return word.slice(0, -ending.length)
  return word
}

/**
 * Stems worked out before, by the sentence's tokens: an edited document's unchanged sentences keep
 * their tokens, moved along, from one analysis to the next, and the headline check reads every
 * sentence of the body at each edit.
 */
const worked = new WeakMap<Token[], { lang: Lang; left: string; stems: Set<string> }>()

/** The stems of the sentence's content words, leaving out function words and the words starting at `leave` (its hedges). */
export function contentStems(sentence: Sentence, lang: Lang, leave: readonly number[] = []): Set<string> {
  const left = leave.map((start) => start - sentence.start).join(' ')
  const before = worked.get(sentence.tokens)
  if (before && before.lang === lang && before.left === left) return before.stems
  const ignore = lexiconSet(lang, 'function-words', 'words')
  const skipped = new Set(leave)
  const stems = new Set<string>()
  for (const unit of wordUnits(sentence.tokens)) {
    const word = bare(unit)
    if (unit.kind !== 'word' || word.length < 3 || ignore.has(word) || skipped.has(unit.start)) continue
    stems.add(lang === 'de' && unit.value.startsWith('ge') ? participleStem(word) : stem(word))
  }
  worked.set(sentence.tokens, { lang, left, stems })
  return stems
}

/**
 * A German weak participle written in lower case meets its finite forms: "geplant" the "plant" of
 * the body, "gemeldet" its "meldet". Nouns ("Gesetz", "Gericht") are capitalised and keep their "ge".
 */
function participleStem(word: string): string {
  if (!word.endsWith('t')) return stem(word)
  const bareStem = word.slice(2, -1).replace(/e$/, '')
  return bareStem.length >= 4 ? bareStem : stem(word)
}
