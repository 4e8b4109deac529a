import type { Lang } from './model.js'

// A newsroom's own words, configured once (`vocabulary` in the config) and applied by the
// analysis stages, so that every rule reads one model built with them: a verb of saying added
// for attribution is a source for hedge and vague-source too.

export const VOCABULARY_KEYS = [
  /** Verbs of saying (German infinitives, whose forms the morphology lexicon supplies; English forms). */
  'verbs',
  /** Phrases after which a source's name follows ("aus dem Umfeld von"). */
  'sourcePhrases',
  /** Sources accepted as named ("unser Korrespondent"), matched in the sentence text. */
  'acceptedSources',
  /** Sources a reader cannot identify ("Parteifreunde"). */
  'vagueSources',
  /** Hedges that pass on what others claim ("gerüchteweise"). */
  'reportativeCues',
  /** Hedges that mark the writer's own inference ("mutmaßlich"). */
  'epistemicCues',
  /** Cues not taken as hedges, as written or by their entry ("sollen"). */
  'ignoredCues',
  /** Phrases of pasted teasers, boilerplate and embedded posts. */
  'teaserPhrases',
  'boilerplatePhrases',
  'embedPhrases',
  /** The newsroom's outlet names, matched case-sensitively. */
  'outlets',
  /** Agency codes a credit line may name besides the registry's. */
  'agencies'
] as const

export type VocabularyKey = (typeof VOCABULARY_KEYS)[number]

/** Words by language; each list adds to the built-in lexicons of that language. */
export type Vocabulary = Partial<Record<Lang, Partial<Record<VocabularyKey, string[]>>>>

/** The words of one language. */
export function vocabularyWords(vocabulary: Vocabulary | undefined, lang: Lang, key: VocabularyKey): string[] {
  // Each once: a word listed twice (or in two configs of a chain) is matched and reported once.
  return [...new Set(vocabulary?.[lang]?.[key] ?? [])]
}

/**
 * The words of every language, each once: pasted material keeps the language of the site it was
 * copied from, and agency codes and outlet names belong to no language.
 */
export function vocabularyWordsOfAllLanguages(vocabulary: Vocabulary | undefined, key: VocabularyKey): string[] {
  return [...new Set(Object.values(vocabulary ?? {}).flatMap((words) => words[key] ?? []))]
}

const NO_VOCABULARY: Vocabulary = {}

/**
 * `build` once per vocabulary object: what a stage makes of a newsroom's words (which may number
 * 100,000) is made once a run, not once a file. A run's files share their config's vocabulary.
 */
export function perVocabulary<T>(build: (vocabulary: Vocabulary) => T): (vocabulary: Vocabulary | undefined) => T {
  const built = new WeakMap<Vocabulary, T>()
  return (vocabulary = NO_VOCABULARY) => {
    if (!built.has(vocabulary)) built.set(vocabulary, build(vocabulary))
    return built.get(vocabulary)!
  }
}

/** `build` once per vocabulary object and language: the stages ask for what they make of it block by block. */
export function perVocabularyAndLanguage<T>(build: (vocabulary: Vocabulary, lang: Lang) => T): (lang: Lang, vocabulary?: Vocabulary) => T {
  const languagesOf = perVocabulary((vocabulary) => {
    const byLang = new Map<Lang, T>()
    return (lang: Lang) => {
      if (!byLang.has(lang)) byLang.set(lang, build(vocabulary, lang))
      return byLang.get(lang)!
    }
  })
  return (lang, vocabulary) => languagesOf(vocabulary)(lang)
}
