import { findSources } from '../../src/analysis/sources.js'
import { sourceLexicon } from '../../src/analysis/source-lexicon.js'
import type { Article, Sentence } from '../../src/engine/model.js'

// Options the sourcing rules share: a newsroom's extra verbs of saying and source phrases, and
// the sources it accepts as named (its own reporters' observation, an in-house desk).

export interface SourcingOptions {
  [key: string]: unknown
  /** Extra verbs of saying (German infinitives, whose forms the morphology lexicon supplies; English forms). */
  verbs: string[]
  /** Extra phrases after which a source's name follows ("aus dem Umfeld von"). */
  phrases: string[]
  /** Sources the newsroom accepts as named ("unser Korrespondent", "Recherchen des STANDARD"). */
  acceptedSources: string[]
}

export const SOURCING_DEFAULTS: SourcingOptions = { verbs: [], phrases: [], acceptedSources: [] }

/** The sentence names a source the newsroom accepts. */
export function citesAcceptedSource(sentence: Sentence, options: SourcingOptions): boolean {
  const text = sentence.text.toLowerCase()
  return options.acceptedSources.some((name) => name.trim() !== '' && text.includes(name.toLowerCase()))
}

/** The sentence has a source once the newsroom's extra verbs and phrases are counted. */
export function sourcedWithExtensions(article: Article, sentence: Sentence, options: SourcingOptions): boolean {
  if (options.verbs.length === 0 && options.phrases.length === 0) return false
  const lang = article.blocks[sentence.block].lang
  return findSources(sentence, sourceLexicon(lang, { verbs: options.verbs, phrases: options.phrases })).length > 0
}
