import { phraseIndex } from '../phrase-index.js'
import type { SentenceSources } from './finder.js'

/**
 * "könnte nach den Plänen der ORF-Führung Realität werden", "Geht es nach dem Willen der
 * EU-Kommission, sollen …": a named body's stated plan or will sources the sentence (the labels'
 * convention 1). An unnamed owner ("nach dem Wunsch der Behörden") names no one's account.
 */
export function statedIntentions(finder: SentenceSources): void {
  const index = phraseIndex(finder.lexicon.intentionPhrases)
  for (const i of finder.phraseOpenings()) {
    for (const phrase of index.matchingAt(finder.tokens, i)) {
      const name = finder.nounPhraseAfter(i + phrase.length)
      if (name && finder.kindOf(name[0], name[1]) === 'named') finder.add(i, name[1], name[0], name[1], 'named')
    }
  }
}
