import { lexiconSet } from '../engine/lexicon.js'
import type { Article, HedgeCue } from '../engine/model.js'
import { wordUnits } from './clauses.js'

/**
 * A hedge on a noun rather than on the claim: "die angeblichen Zahlungen", "die vermeintlich
 * eindeutigen Verhältnisse", "the alleged payments". "Die angeblichen Zahlungen könnten gegen
 * Regeln verstoßen" hedges two different things, and the sentence's own claim is not hedged.
 */
export function isAttributiveHedge(article: Article, hedge: HedgeCue): boolean {
  const units = wordUnits(article.sentences[hedge.sentence].tokens)
  const index = units.findIndex((unit) => unit.start === hedge.start)
  const next = units[index + 1]
  if (index < 0 || hedge.start !== units[index].start || hedge.end !== units[index].end || next?.kind !== 'word') return false
  const lang = article.blocks[article.sentences[hedge.sentence].block].lang
  if (lang !== 'de') return hedge.lemma.endsWith('ed')
  // An inflected adjective ("angeblich-en") before a noun, or the bare adverb before one ("vermeintlich eindeutigen Verhältnisse").
  const cue = hedge.cue.toLowerCase()
  if (cue !== hedge.lemma && cue.startsWith(hedge.lemma)) return isNoun(next.value)
  if (cue !== hedge.lemma) return false
  let at = index + 1
  // Inflected adjectives, not determiners ("offenbar die Hymne", "wohl beide Matches" hedge the claim).
  const functionWords = lexiconSet('de', 'function-words', 'words')
  while (units[at]?.kind === 'word' && /^\p{Ll}+(e|en|er|es|em)$/u.test(units[at].value) && !functionWords.has(units[at].value)) at++
  return at > index + 1 && units[at]?.kind === 'word' && isNoun(units[at].value)
}

function isNoun(word: string): boolean {
  return /^\p{Lu}/u.test(word)
}
