import { lexiconSet } from '../../engine/lexicon.js'
import type { Article, HedgeCue, Lang, Sentence, Token } from '../../engine/model.js'
import { wordUnits } from '../clauses.js'

/**
 * A hedge on a noun rather than on the claim: "die angeblichen Zahlungen", "die vermeintlich
 * eindeutigen Verhältnisse", "the alleged payments". "Die angeblichen Zahlungen könnten gegen
 * Regeln verstoßen" hedges two different things, and the sentence's own claim is not hedged.
 */
export function isAttributiveHedge(article: Article, hedge: HedgeCue): boolean {
  const { units, indexAt } = unitsOf(article.sentences[hedge.sentence])
  return isAttributiveUnit(units, indexAt.get(hedge.start) ?? -1, hedge, article.blocks[article.sentences[hedge.sentence].block].lang, true)
}

/**
 * The same test on a sentence's word units (`wordUnits`), `index` being the hedge's unit, for
 * callers that keep their own units. `bareAdverb` also takes the uninflected adverb before
 * inflected adjectives and a noun ("vermeintlich eindeutigen Verhältnisse") as the noun's; the
 * stacked-hedge check leaves it out, since there it still stacks with a hedge on the claim.
 */
export function isAttributiveUnit(units: Token[], index: number, hedge: HedgeCue, lang: Lang, bareAdverb: boolean): boolean {
  const next = units[index + 1]
  if (index < 0 || hedge.start !== units[index].start || hedge.end !== units[index].end || next?.kind !== 'word') return false
  if (lang !== 'de') return hedge.lemma.endsWith('ed')
  // An inflected adjective ("angeblich-en") before a noun, or the bare adverb before one ("vermeintlich eindeutigen Verhältnisse").
  const cue = hedge.cue.toLowerCase()
  if (cue !== hedge.lemma && cue.startsWith(hedge.lemma)) return isNoun(next.value)
  if (cue !== hedge.lemma || !bareAdverb) return false
  let at = index + 1
  // Inflected adjectives, not determiners ("offenbar die Hymne", "wohl beide Matches" hedge the claim).
  const functionWords = lexiconSet('de', 'function-words', 'words')
  while (units[at]?.kind === 'word' && /^\p{Ll}+(e|en|er|es|em)$/u.test(units[at].value) && !functionWords.has(units[at].value)) at++
  return at > index + 1 && units[at]?.kind === 'word' && isNoun(units[at].value)
}

// Word units per sentence, built once: a sentence of thousands of hedges must not cost a pass per hedge.
const unitCache = new WeakMap<Sentence, { units: Token[]; indexAt: Map<number, number> }>()

function unitsOf(sentence: Sentence): { units: Token[]; indexAt: Map<number, number> } {
  let found = unitCache.get(sentence)
  if (!found) {
    const units = wordUnits(sentence.tokens)
    const indexAt = new Map<number, number>()
    units.forEach((unit, index) => indexAt.set(unit.start, indexAt.get(unit.start) ?? index))
    found = { units, indexAt }
    unitCache.set(sentence, found)
  }
  return found
}

function isNoun(word: string): boolean {
  return /^\p{Lu}/u.test(word)
}
