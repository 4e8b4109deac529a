import { realpathSync } from 'node:fs'
import { dirname, relative, resolve } from 'node:path'
import { RULES } from '../../rules/index.js'
import type { AnalyzeOptions } from '../engine/stage.js'
import type { Vocabulary } from '../engine/vocabulary.js'
import { ConfigError } from './config-error.js'
import { isRecord, readConfigData } from './config-file.js'
import { describeError } from './read-file.js'
import { inRepository, isFile, isInside, linkedOutOfRepository, repositoryRoot } from './repository.js'
import { checkVocabularySize, deprecatedOptionUse, mergeVocabularies, parseVocabulary, vocabularyOfRuleOptions } from './vocabulary.js'
import { parseLang } from '../engine/language.js'
import { clip } from '../lint/messages.js'
import { schemaProblem, shortJson } from '../engine/schema.js'
import type { Lang } from '../engine/model.js'
import { type Rule, type RuleOptions, type Severity, SEVERITY_CHOICES, parseSeverity } from '../lint/rule.js'

// Configuration is data only: JSON or YAML files, never code. Each file finds its nearest config
// walking up from its folder (stopping at the repository root); `extends` pulls in presets and
// other config files, which must lie inside the repository unless given on the command line.

const PRESETS = new Set(['newslint:recommended', 'newslint:all'])
const TOP_LEVEL_KEYS = new Set(['extends', 'rules', 'ignore', 'lang', 'locale', 'vocabulary'])

export interface RuleSetting {
  severity: Severity
  options: RuleOptions
}

export interface Config {
  rules: Map<string, RuleSetting>
  /** Ignore globs, each relative to the folder of the config file that listed it. */
  ignore: Array<{ base: string; pattern: string }>
  lang?: Lang
  /** The language findings are reported in; the article's language when unset. */
  locale?: Lang
  /** The newsroom's words, those of the configs it extends first. */
  vocabulary?: Vocabulary
  /** The config files this configuration was read from, nearest first. */
  files: string[]
  /** One line each: what still works but will not for long (deprecated options). */
  warnings?: string[]
}

export { ConfigError }

const RULE_BY_ID = new Map(RULES.map((rule) => [rule.meta.id, rule]))

export function ruleById(id: string): Rule | undefined {
  return RULE_BY_ID.get(id)
}

// One options object per configuration: the stages file what they build from a vocabulary (a
// newsroom's 100,000 words) under the vocabulary object, so each file of a run must get the same.
// It is made again if the config's language, vocabulary or a rule's options were replaced since.
const optionsOf = new WeakMap<Config, { from: unknown[]; options: AnalyzeOptions }>()

/** What analysis needs from a configuration: the language and the vocabulary (with what deprecated rule options add to it). */
export function analyzeOptions(config: Config): AnalyzeOptions {
  const from = [config.lang, config.vocabulary, ...[...config.rules.values()].map(({ options }) => options)]
  const kept = optionsOf.get(config)
  if (kept && kept.from.length === from.length && kept.from.every((part, k) => part === from[k])) return kept.options
  const vocabulary = mergeVocabularies(config.vocabulary ?? {}, vocabularyOfRuleOptions(config.rules))
  const options = { ...(config.lang ? { lang: config.lang } : {}), vocabulary }
  optionsOf.set(config, { from, options })
  return options
}

/** The built-in configuration used when no config file is found. */
export function recommendedConfig(): Config {
  return { rules: presetRules('newslint:recommended'), ignore: [], files: [] }
}

function presetRules(preset: string): Map<string, RuleSetting> {
  const rules = new Map<string, RuleSetting>()
  for (const rule of RULES) {
    rules.set(rule.meta.id, {
      severity: preset === 'newslint:all' ? 'error' : rule.meta.severity,
      options: { ...rule.meta.defaults }
    })
  }
  return rules
}

/** Bounds on `extends`, so that no config, however nested or fanned out, stalls a run or the editor. */
export const MAX_EXTENDS_DEPTH = 16

export const MAX_CONFIG_FILES = 100

/**
 * Read a config file, following `extends`. `trusted` files (from the command line) may extend
 * anything. `readData` reads one file's settings: a caller that keeps them reads a config that
 * many folders' configs extend once, and its vocabulary stays one object (what the stages build
 * from a vocabulary is built once per object).
 */
export function loadConfig(file: string, trusted = false, readData = readConfigData): Config {
  // A discovered config that links out of the repository would let a commit make CI read (and
  // echo in its errors) any file on the machine: such a config must be named with --config.
  let escaped: string | undefined
  try {
    escaped = trusted ? undefined : linkedOutOfRepository(file)
  } catch (error) {
    // A link that loops, or whose target's name is too long: this folder's config error, not the run's.
    throw new ConfigError(file, undefined, `cannot read config: ${describeError(error)}`)
  }
  if (escaped)
    throw new ConfigError(file, undefined, `links to a file outside the repository (${escaped}); give such a config with --config`)
  const boundary = trusted ? undefined : (repositoryRoot(dirname(file)) ?? dirname(resolve(file)))
  return loadWithExtends(resolve(file), { boundary, loaded: new Map(), read: 0, readData }, [])
}

/** One `loadConfig` call: where `extends` may lead, and each file read so far (a file extended twice is read once). */
interface Loading {
  boundary: string | undefined
  loaded: Map<string, Config>
  /** Files read so far, finished or not. */
  read: number
  readData: (file: string) => Record<string, unknown>
}

function loadWithExtends(file: string, loading: Loading, chain: string[]): Config {
  if (chain.includes(file)) {
    throw new ConfigError(
      chain[0],
      'extends',
      `extends itself through ${[...chain, file].map((f) => relative(dirname(chain[0]), f) || f).join(' -> ')}`
    )
  }
  const known = loading.loaded.get(file)
  if (known) return known
  if (chain.length >= MAX_EXTENDS_DEPTH)
    throw new ConfigError(
      chain[0],
      'extends',
      `unexpected chain of more than ${MAX_EXTENDS_DEPTH} configs extending each other, expected at most ${MAX_EXTENDS_DEPTH}`
    )
  if (++loading.read > MAX_CONFIG_FILES)
    throw new ConfigError(
      chain[0],
      'extends',
      `unexpected more than ${MAX_CONFIG_FILES} config files, expected at most ${MAX_CONFIG_FILES}`
    )
  const config = buildConfig(loading.readData(file), file, loading, chain)
  loading.loaded.set(file, config)
  return config
}

/**
 * Settings given in code (a remark pipeline's plugin options), checked as a config file's are;
 * `origin` names them in errors and is where their `extends` and `ignore` paths start from.
 */
export function configFromSettings(settings: unknown, origin: string): Config {
  if (!isRecord(settings)) throw new ConfigError(origin, undefined, 'expected the settings to be a mapping')
  return buildConfig(settings, origin, { boundary: undefined, loaded: new Map(), read: 0, readData: readConfigData }, [])
}

function buildConfig(raw: Record<string, unknown>, file: string, loading: Loading, chain: string[]): Config {
  const base = dirname(file)
  const config: Config = { rules: new Map(), ignore: [], files: [file], warnings: [] }
  const parents = raw.extends === undefined ? ['newslint:recommended'] : toList(raw.extends, file, 'extends')
  for (const parent of parents) {
    const inherited = PRESETS.has(parent)
      ? { rules: presetRules(parent), ignore: [], files: [] }
      : loadWithExtends(resolveExtends(parent, base, loading.boundary, file), loading, [...chain, file])
    merge(config, inherited)
  }
  for (const key of Object.keys(raw)) {
    if (!TOP_LEVEL_KEYS.has(key))
      throw new ConfigError(file, key, `unknown setting "${key}", expected one of ${[...TOP_LEVEL_KEYS].join(', ')}`)
  }
  if (raw.lang !== undefined) {
    const lang = parseLang(raw.lang)
    if (!lang) throw new ConfigError(file, 'lang', `unexpected language ${shown(raw.lang)}, expected "de" or "en"`)
    config.lang = lang
  }
  if (raw.locale !== undefined) {
    const locale = parseLang(raw.locale)
    if (!locale) throw new ConfigError(file, 'locale', `unexpected locale ${shown(raw.locale)}, expected "de" or "en"`)
    config.locale = locale
  }
  if (raw.ignore !== undefined) {
    for (const pattern of toList(raw.ignore, file, 'ignore')) {
      const problem = ignorePatternProblem(pattern)
      if (problem) throw new ConfigError(file, 'ignore', problem)
      config.ignore.push({ base, pattern })
    }
  }
  if (config.ignore.length > MAX_IGNORE_PATTERNS) throw new ConfigError(file, 'ignore', tooManyIgnorePatterns(config.ignore.length))
  if (raw.vocabulary !== undefined) config.vocabulary = mergeVocabularies(config.vocabulary ?? {}, parseVocabulary(raw.vocabulary, file))
  if (raw.rules !== undefined) {
    if (!isRecord(raw.rules)) throw new ConfigError(file, 'rules', 'expected a mapping of rule ids to settings')
    for (const [id, value] of Object.entries(raw.rules)) {
      config.rules.set(id, parseRuleSetting(id, value, config.rules.get(id), file, `rules.${id}`, config.warnings))
    }
  }
  checkVocabularySize(mergeVocabularies(config.vocabulary ?? {}, vocabularyOfRuleOptions(config.rules)), file)
  return config
}

/** Parse `"warn"` or `["error", { …options }]` for one rule, checking ids, severities and option types. */
export function parseRuleSetting(
  id: string,
  value: unknown,
  current: RuleSetting | undefined,
  file: string,
  key: string,
  warnings: string[] = []
): RuleSetting {
  const rule = RULE_BY_ID.get(id)
  if (!rule) throw new ConfigError(file, key, `unknown rule "${id}"${suggest(id)}`)
  if (Array.isArray(value) && value.length > 2)
    throw new ConfigError(file, key, `unexpected list of ${value.length} items, expected a severity or [severity, { options }]`)
  const [severityValue, options] = Array.isArray(value) ? value : [value, undefined]
  const severity = parseSeverity(severityValue)
  if (!severity) throw new ConfigError(file, key, `unexpected severity ${shown(severityValue)}, expected one of ${SEVERITY_CHOICES}`)
  const merged = { ...rule.meta.defaults, ...(current?.options ?? {}) }
  if (options !== undefined) Object.assign(merged, checkRuleOptions(rule, options, file, key, warnings))
  return { severity, options: merged }
}

/** Configured options of one rule: known names and values that fit their schemas; deprecated ones add a warning. */
function checkRuleOptions(rule: Rule, options: unknown, file: string, key: string, warnings: string[] = []): RuleOptions {
  if (!isRecord(options)) throw new ConfigError(file, key, 'expected the options to be a mapping')
  const { id, schema } = rule.meta
  for (const [name, value] of Object.entries(options)) {
    const at = `${key}.${name}`
    const deprecated = deprecatedOptionUse(id, name, file, at)
    const optionSchema = Object.hasOwn(schema, name) ? schema[name] : deprecated?.schema
    if (!optionSchema)
      throw new ConfigError(
        file,
        at,
        `unknown option "${name}" for rule ${id}, expected one of ${Object.keys(schema).join(', ') || '(none)'}`
      )
    const problem = schemaProblem(optionSchema, value)
    if (problem) throw new ConfigError(file, `${at}${problem.at}`, problem.message)
    if (deprecated) warnings.push(deprecated.warning)
  }
  return options
}

/** A wrong value in a message: itself when short, else what it is. */
function shown(value: unknown): string {
  return shortJson(value) ?? (Array.isArray(value) ? 'list' : typeof value)
}

function suggest(id: string): string {
  const close = [...RULE_BY_ID.keys()].find((known) => known.startsWith(id.slice(0, 3)) || id.startsWith(known))
  return close ? `; did you mean "${close}"?` : ''
}

function merge(into: Config, from: Config): void {
  for (const [id, setting] of from.rules) into.rules.set(id, setting)
  // A config inherited along two paths counts once.
  const known = new Set(into.ignore.map(ignoreKey))
  for (const entry of from.ignore) if (!known.has(ignoreKey(entry))) into.ignore.push(entry)
  if (from.lang) into.lang = from.lang
  if (from.locale) into.locale = from.locale
  if (from.vocabulary) into.vocabulary = mergeVocabularies(into.vocabulary ?? {}, from.vocabulary)
  for (const file of from.files) if (!into.files.includes(file)) into.files.push(file)
  into.warnings?.push(...(from.warnings ?? []))
}

function ignoreKey({ base, pattern }: { base: string; pattern: string }): string {
  return `${base}\0${pattern}`
}

/**
 * Every file is matched against every ignore pattern that applies to it: a committed list of
 * hundreds of thousands would cost each file seconds. Real lists hold a few dozen.
 */
export const MAX_IGNORE_PATTERNS = 1000

export function tooManyIgnorePatterns(count: number): string {
  return `unexpected ${count} ignore patterns, expected at most ${MAX_IGNORE_PATTERNS}`
}

/**
 * "**" in one ignore pattern. The matcher backtracks over a path's folders for each: a pattern of
 * ten (a folder name and "**" in turn) took 19 s for one file 40 folders deep; two take about 1 ms
 * at 100 folders.
 */
export const MAX_GLOBSTARS = 2

/** Why an ignore pattern is refused, if it is. */
export function ignorePatternProblem(pattern: string): string | undefined {
  const globstars = pattern.split('**').length - 1
  return globstars > MAX_GLOBSTARS
    ? `unexpected ${globstars} "**" in the ignore pattern "${clip(pattern, 40)}", expected at most ${MAX_GLOBSTARS}`
    : undefined
}

/** The longest path `extends` takes, as most file systems do: resolving one of 8 MB took 5 s and 400 MB. */
const MAX_PATH = 4096

function resolveExtends(target: string, base: string, boundary: string | undefined, file: string): string {
  if (target.length > MAX_PATH)
    throw new ConfigError(file, 'extends', `unexpected path of ${target.length} characters, expected at most ${MAX_PATH}`)
  const path = resolve(base, target)
  const outside = () =>
    new ConfigError(file, 'extends', `"${target}" lies outside the repository (${boundary}); give such a config with --config`)
  if (boundary && !isInside(path, boundary)) throw outside()
  if (!isFile(path))
    throw new ConfigError(file, 'extends', `cannot find "${target}", expected a preset (${[...PRESETS].join(', ')}) or a config file`)
  // A link inside the repository can still lead out of it.
  if (boundary && !inRepository(realpathSync(path), realpathSync(boundary))) throw outside()
  return path
}

function toList(value: unknown, file: string, key: string): string[] {
  const list = Array.isArray(value) ? value : [value]
  if (!list.every((item) => typeof item === 'string')) throw new ConfigError(file, key, 'expected a string or a list of strings')
  return list as string[]
}
