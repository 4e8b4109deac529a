import { lexiconSet } from '../engine/lexicon.js'
import type { Lang, Sentence } from '../engine/model.js'
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

/** The stems of the sentence's content words, leaving out function words and the given token offsets (its hedges). */
export function contentStems(sentence: Sentence, lang: Lang, skip: (start: number) => boolean = () => false): Set<string> {
  const ignore = lexiconSet(lang, 'function-words', 'words')
  const stems = new Set<string>()
  for (const unit of wordUnits(sentence.tokens)) {
    const word = bare(unit)
    if (unit.kind !== 'word' || word.length < 3 || ignore.has(word) || skip(unit.start)) continue
    stems.add(lang === 'de' && unit.value.startsWith('ge') ? participleStem(word) : stem(word))
  }
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
