import type { Token } from '../../engine/model.js'

/** The `sourcing` lexicon of a language: the words that decide what is a claim and how reported speech goes on. */
export interface SourcingLexicon {
  firstPerson: string[]
  analysisMarkers: string[]
  ownReporting: string[][]
  advice: {
    subjects: string[]
    modals: string[]
    passive: { modals: string[]; auxiliary: string }
    phrases: string[][]
    openings: string[]
  }
  /** Words that open a sentence by pointing back at what the sentence before reported ("Er …", "Dabei …"). */
  accountContinuations?: string[]
  /** Words after which a Konjunktiv compares ("als werde"): no reported speech. */
  comparisons?: string[]
  /** German only: demands whose reported speech continues with "sollen". */
  demands?: { verbs: string[]; nouns: string[]; modals: string[] }
  /** Public record that needs no source: a scheduled event with its date, a standing in a league's table. */
  publicRecord?: {
    scheduled: { verbs: string[]; particles: string[]; joined: string[]; times: string[]; clock: string[] }
    standings: { units: string[]; context: string[]; contextPrefixes: string[] }
    market: { words: string[]; endings: string[]; units: string[] }
    matchStats: { words: string[]; countedWords: string[]; context: string[] }
  }
}

const sets = new WeakMap<string[], Set<string>>()

export function setOf(list: string[]): Set<string> {
  let set = sets.get(list)
  if (!set) sets.set(list, (set = new Set(list)))
  return set
}

export function containsPhrase(tokens: Token[], phrase: string[]): boolean {
  for (let i = 0; i + phrase.length <= tokens.length; i++) {
    let k = 0
    while (k < phrase.length && tokens[i + k].lower === phrase[k]) k++
    if (k === phrase.length) return true
  }
  return false
}
