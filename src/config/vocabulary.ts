import { LANGS } from '../engine/model.js'
import { VOCABULARY_KEYS, type Vocabulary, type VocabularyKey } from '../engine/vocabulary.js'
import { schemaProblem, type Schema } from '../engine/schema.js'
import type { RuleOptions } from '../lint/rule.js'
import { ConfigError } from './config-error.js'
import { clip } from '../lint/messages.js'

// The `vocabulary` section: the newsroom's words by language, checked at load and added to what
// the configs it extends list. Rule options that used to carry these words still work in this
// release, with a deprecation warning, and are mapped here.

// Words and phrases are short: an agency name of 40,000 words took the credit-line registry over
// a minute and 1.8 GB (it keeps every name's word prefixes), and an empty outlet name matched everywhere.
// And few: each list is matched against every line or sentence, so its length multiplies the work
// of every article (300,000 outlet names took a 100 KB article 94 s). A newsroom lists tens.
type WordsSchema = Extract<Schema, { type: 'words' }>
const WORDS: WordsSchema = { type: 'words', maxLength: 200, maxItems: 1000 }
const AGENCY_NAMES: WordsSchema = { type: 'words', maxLength: 60, maxItems: 1000 }
// Phrases tried wherever their first word occurs: 45,000 hedge cues opening with "der" took a
// 16 KB article over a gigabyte and aborted the process.
const PHRASES_BY_FIRST_WORD: WordsSchema = { type: 'words', maxLength: 200, maxItems: 200 }
const VAGUE_PHRASES: WordsSchema = { type: 'words', maxLength: 200, maxItems: 500 }
const SCHEMAS: Partial<Record<VocabularyKey, WordsSchema>> = {
  agencies: AGENCY_NAMES,
  reportativeCues: PHRASES_BY_FIRST_WORD,
  epistemicCues: PHRASES_BY_FIRST_WORD,
  sourcePhrases: PHRASES_BY_FIRST_WORD,
  vagueSources: VAGUE_PHRASES
}
const schemaOf = (key: VocabularyKey): WordsSchema => SCHEMAS[key] ?? WORDS
const VOCABULARY: Schema = {
  type: 'byLanguage',
  of: { type: 'fields', fields: Object.fromEntries(VOCABULARY_KEYS.map((key) => [key, schemaOf(key)])) }
}

/** Check a file's `vocabulary` section. */
export function parseVocabulary(value: unknown, file: string): Vocabulary {
  const problem = schemaProblem(VOCABULARY, value)
  if (problem) throw new ConfigError(file, `vocabulary${problem.at}`, problem.message)
  return value as Vocabulary
}

// A config with all it extends and its rules' deprecated options together may hold twice a file's
// limit (a desk's words over a shared list): 99 files of 200 hedge cues each, extended by one
// config, took a 100 KB article 62 s.
const EXTENDED_LIMIT_FACTOR = 2

/** The limits for a config with all it extends and its rules' options together. */
export function checkVocabularySize(vocabulary: Vocabulary, file: string): void {
  for (const lang of LANGS) {
    for (const key of VOCABULARY_KEYS) {
      const words = new Set(vocabulary[lang]?.[key] ?? []).size
      const most = EXTENDED_LIMIT_FACTOR * (schemaOf(key).maxItems ?? Infinity)
      if (words > most)
        throw new ConfigError(
          file,
          `vocabulary.${lang}.${key}`,
          `unexpected ${words} words or phrases with those of the configs it extends and of its rules' options, expected at most ${most}`
        )
    }
    for (const key of HEDGE_CUE_KEYS) checkHedgeCues(vocabulary[lang]?.[key] ?? [], file, `vocabulary.${lang}.${key}`)
  }
}

// A hedge cue's words may have alternatives ("laut|nach berichten"), so cues are tried word by
// word wherever their first word stands: cues that open alike each cost their length there. 200
// cues of 100 words opening with "a" took a 120 KB article 10 s. A newsroom's cues are a few
// words each, and few open with the same word.
const HEDGE_CUE_KEYS = ['reportativeCues', 'epistemicCues'] as const
const MAX_CUE_WORDS = 12
const MAX_CUES_PER_OPENING = 30

function checkHedgeCues(cues: string[], file: string, at: string): void {
  const byOpening = new Map<string, number>()
  for (const cue of new Set(cues)) {
    const words = cue.toLowerCase().split(/\s+/).filter(Boolean)
    if (words.length > MAX_CUE_WORDS)
      throw new ConfigError(file, at, `unexpected a cue of ${words.length} words ("${clip(cue, 40)}"), expected at most ${MAX_CUE_WORDS}`)
    for (const opening of new Set(words[0]?.split('|') ?? [])) {
      const count = (byOpening.get(opening) ?? 0) + 1
      if (count > MAX_CUES_PER_OPENING)
        throw new ConfigError(
          file,
          at,
          `unexpected more than ${MAX_CUES_PER_OPENING} cues opening with "${clip(opening, 40)}", expected at most ${MAX_CUES_PER_OPENING}`
        )
      byOpening.set(opening, count)
    }
  }
}

/**
 * Both vocabularies' words, the first's before the second's. With no words on one side it is the
 * other vocabulary itself: folder configs extending one shared config then share its vocabulary
 * object, and what the stages build from its words (per object) is built once, not once a folder.
 */
export function mergeVocabularies(first: Vocabulary, second: Vocabulary): Vocabulary {
  if (!hasWords(second)) return first
  if (!hasWords(first)) return second
  const merged: Vocabulary = {}
  for (const lang of LANGS) {
    const keys = new Set([...Object.keys(first[lang] ?? {}), ...Object.keys(second[lang] ?? {})]) as Set<VocabularyKey>
    if (keys.size === 0) continue
    merged[lang] = Object.fromEntries([...keys].map((name) => [name, [...(first[lang]?.[name] ?? []), ...(second[lang]?.[name] ?? [])]]))
  }
  return merged
}

function hasWords(vocabulary: Vocabulary): boolean {
  return Object.values(vocabulary).some((words) => Object.values(words ?? {}).some((list) => list.length > 0))
}

interface DeprecatedOption {
  target: VocabularyKey
  /** A mapping by language (hedge cues); otherwise a list for every language. */
  byLanguage?: boolean
}

/** Rule options that carried vocabulary, by rule id and option name. */
const DEPRECATED_OPTIONS: Readonly<Record<string, Readonly<Record<string, DeprecatedOption>>>> = {
  attribution: { verbs: { target: 'verbs' }, phrases: { target: 'sourcePhrases' }, acceptedSources: { target: 'acceptedSources' } },
  'vague-source': { phrases: { target: 'vagueSources' }, acceptedSources: { target: 'acceptedSources' } },
  hedge: {
    reportativeCues: { target: 'reportativeCues', byLanguage: true },
    epistemicCues: { target: 'epistemicCues', byLanguage: true },
    ignoreCues: { target: 'ignoredCues' }
  },
  teaser: { phrases: { target: 'teaserPhrases' } },
  boilerplate: { phrases: { target: 'boilerplatePhrases' }, outlets: { target: 'outlets' } },
  embed: { phrases: { target: 'embedPhrases' } },
  'credit-line': { agencies: { target: 'agencies' } }
}

function deprecatedOption(ruleId: string, option: string): DeprecatedOption | undefined {
  const options = Object.hasOwn(DEPRECATED_OPTIONS, ruleId) ? DEPRECATED_OPTIONS[ruleId] : undefined
  return options && Object.hasOwn(options, option) ? options[option] : undefined
}

/**
 * A deprecated rule option, checked: its schema (a list of words, or one per language) and the
 * warning that says where its words now belong. Undefined for an option that is not deprecated.
 */
export function deprecatedOptionUse(
  ruleId: string,
  option: string,
  file: string,
  key: string
): { schema: Schema; warning: string } | undefined {
  const deprecated = deprecatedOption(ruleId, option)
  if (!deprecated) return undefined
  const where = deprecated.byLanguage
    ? `vocabulary.<language>.${deprecated.target}`
    : `vocabulary.de.${deprecated.target} and vocabulary.en.${deprecated.target}`
  return {
    schema: deprecated.byLanguage ? { type: 'byLanguage', of: schemaOf(deprecated.target) } : schemaOf(deprecated.target),
    warning: `${file} (${key}): deprecated option, expected its words under ${where}; it still works in this release`
  }
}

/** The vocabulary that the rules' deprecated options carry: a list applies to every language, a mapping by language to its own. */
export function vocabularyOfRuleOptions(rules: ReadonlyMap<string, { options: RuleOptions }>): Vocabulary {
  let vocabulary: Vocabulary = {}
  for (const [id, setting] of rules) {
    for (const [option, value] of Object.entries(setting.options)) {
      const deprecated = deprecatedOption(id, option)
      if (!deprecated) continue
      const words = (lang: string) => (deprecated.byLanguage ? ((value as Record<string, string[]>)[lang] ?? []) : (value as string[]))
      vocabulary = mergeVocabularies(vocabulary, Object.fromEntries(LANGS.map((lang) => [lang, { [deprecated.target]: words(lang) }])))
    }
  }
  return vocabulary
}
