import { existsSync, realpathSync, statSync } from 'node:fs'
import { dirname, isAbsolute, join, relative, resolve } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { RULES } from '../../rules/index.js'
import type { AnalyzeOptions } from '../engine/analyze.js'
import { parseLang } from '../engine/language.js'
import { PATTERN_FLAGS, patternProblem } from '../engine/patterns.js'
import type { Lang } from '../engine/model.js'
import type { Rule, RuleOptions, Severity } from '../lint/rule.js'
import { readRegularFile } from './read-file.js'

// Configuration is data only: JSON or YAML files, never code. Each file finds its nearest config
// walking up from its folder (stopping at the repository root); `extends` pulls in presets and
// other config files, which must lie inside the repository unless given on the command line.

export const CONFIG_NAMES = ['.newslintrc.json', '.newslintrc.yaml', '.newslintrc.yml', '.newslintrc', 'package.json']
export const IGNORE_NAME = '.newslintignore'
const PRESETS = new Set(['newslint:recommended', 'newslint:all'])
const TOP_LEVEL_KEYS = new Set(['extends', 'rules', 'ignore', 'lang'])

export interface RuleSetting {
  severity: Severity
  options: RuleOptions
}

export interface Config {
  rules: Map<string, RuleSetting>
  /** Ignore globs, each relative to the folder of the config file that listed it. */
  ignore: Array<{ base: string; pattern: string }>
  lang?: Lang
  /** The config files this configuration was read from, nearest first. */
  files: string[]
}

export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly key: string | undefined,
    detail: string
  ) {
    super(`${file}${key ? ` (${key})` : ''}: ${detail}`)
  }
}

const RULE_BY_ID = new Map(RULES.map((rule) => [rule.meta.id, rule]))

export function ruleById(id: string): Rule | undefined {
  return RULE_BY_ID.get(id)
}

/** What analysis needs from a configuration: the language and every configured rule's options. */
export function analyzeOptions(config: Config): AnalyzeOptions {
  const ruleOptions = new Map([...config.rules].map(([id, setting]) => [id, setting.options]))
  return { ...(config.lang ? { lang: config.lang } : {}), ruleOptions }
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

/** The folder that bounds config discovery and `extends` paths: the repository root, or the file system root. */
export function repositoryRoot(dir: string): string | undefined {
  let current = resolve(dir)
  for (;;) {
    if (existsSync(join(current, '.git'))) return current
    const parent = dirname(current)
    if (parent === current) return undefined
    current = parent
  }
}

/** The nearest config file for files in `dir`, or undefined. */
export function findConfigFile(dir: string): string | undefined {
  const stop = repositoryRoot(dir)
  let current = resolve(dir)
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const candidate = join(current, name)
      if (!isFile(candidate)) continue
      if (name !== 'package.json' || packageHasConfig(candidate)) return candidate
    }
    const parent = dirname(current)
    if (current === stop || parent === current) return undefined
    current = parent
  }
}

/** Bounds on `extends`, so that no config, however nested or fanned out, stalls a run or the editor. */
export const MAX_EXTENDS_DEPTH = 16
export const MAX_CONFIG_FILES = 100

/** Read a config file, following `extends`. `trusted` files (from the command line) may extend anything. */
export function loadConfig(file: string, trusted = false): Config {
  // A discovered config that links out of the repository would let a commit make CI read (and
  // echo in its errors) any file on the machine: such a config must be named with --config.
  const escaped = trusted ? undefined : linkedOutOfRepository(file)
  if (escaped) throw new ConfigError(file, undefined, `links to a file outside the repository (${escaped}); give such a config with --config`)
  const boundary = trusted ? undefined : (repositoryRoot(dirname(file)) ?? dirname(resolve(file)))
  return loadWithExtends(resolve(file), { boundary, loaded: new Map(), read: 0 }, [])
}

/**
 * The repository root when `file` lies in one but a link leads it out of there, else undefined.
 * The outermost root counts: a committed link to another repository's folder must not become
 * the boundary itself.
 */
export function linkedOutOfRepository(file: string): string | undefined {
  let root: string | undefined
  for (let dir = repositoryRoot(dirname(file)); dir !== undefined; dir = repositoryRoot(dirname(dir))) {
    root = dir
    if (dirname(dir) === dir) break
  }
  return root && !isInside(realpathSync(file), realpathSync(root)) ? root : undefined
}

/** One `loadConfig` call: where `extends` may lead, and each file read so far (a file extended twice is read once). */
interface Loading {
  boundary: string | undefined
  loaded: Map<string, Config>
  /** Files read so far, finished or not. */
  read: number
}

function loadWithExtends(file: string, loading: Loading, chain: string[]): Config {
  if (chain.includes(file)) {
    throw new ConfigError(chain[0], 'extends', `extends itself through ${[...chain, file].map((f) => relative(dirname(chain[0]), f) || f).join(' -> ')}`)
  }
  const known = loading.loaded.get(file)
  if (known) return known
  if (chain.length >= MAX_EXTENDS_DEPTH) throw new ConfigError(chain[0], 'extends', `unexpected chain of more than ${MAX_EXTENDS_DEPTH} configs extending each other, expected at most ${MAX_EXTENDS_DEPTH}`)
  if (++loading.read > MAX_CONFIG_FILES) throw new ConfigError(chain[0], 'extends', `unexpected more than ${MAX_CONFIG_FILES} config files, expected at most ${MAX_CONFIG_FILES}`)
  const config = buildConfig(readConfigData(file), file, loading, chain)
  loading.loaded.set(file, config)
  return config
}

/**
 * Settings given in code (a remark pipeline's plugin options), checked as a config file's are;
 * `origin` names them in errors and is where their `extends` and `ignore` paths start from.
 */
export function configFromSettings(settings: unknown, origin: string): Config {
  if (!isRecord(settings)) throw new ConfigError(origin, undefined, 'expected the settings to be a mapping')
  return buildConfig(settings, origin, { boundary: undefined, loaded: new Map(), read: 0 }, [])
}

function buildConfig(raw: Record<string, unknown>, file: string, loading: Loading, chain: string[]): Config {
  const base = dirname(file)
  const config: Config = { rules: new Map(), ignore: [], files: [file] }
  const parents = raw.extends === undefined ? ['newslint:recommended'] : toList(raw.extends, file, 'extends')
  for (const parent of parents) {
    const inherited = PRESETS.has(parent)
      ? { rules: presetRules(parent), ignore: [], files: [] }
      : loadWithExtends(resolveExtends(parent, base, loading.boundary, file), loading, [...chain, file])
    merge(config, inherited)
  }
  for (const key of Object.keys(raw)) {
    if (!TOP_LEVEL_KEYS.has(key)) throw new ConfigError(file, key, `unknown setting "${key}", expected one of ${[...TOP_LEVEL_KEYS].join(', ')}`)
  }
  if (raw.lang !== undefined) {
    const lang = parseLang(raw.lang)
    if (!lang) throw new ConfigError(file, 'lang', `unexpected language ${JSON.stringify(raw.lang)}, expected "de" or "en"`)
    config.lang = lang
  }
  if (raw.ignore !== undefined) {
    for (const pattern of toList(raw.ignore, file, 'ignore')) config.ignore.push({ base, pattern })
  }
  if (raw.rules !== undefined) {
    if (!isRecord(raw.rules)) throw new ConfigError(file, 'rules', 'expected a mapping of rule ids to settings')
    for (const [id, value] of Object.entries(raw.rules)) {
      config.rules.set(id, parseRuleSetting(id, value, config.rules.get(id), file, `rules.${id}`))
    }
  }
  return config
}

/** Parse `"warn"` or `["error", { …options }]` for one rule, checking ids, severities and option types. */
export function parseRuleSetting(id: string, value: unknown, current: RuleSetting | undefined, file: string, key: string): RuleSetting {
  const rule = RULE_BY_ID.get(id)
  if (!rule) throw new ConfigError(file, key, `unknown rule "${id}"${suggest(id)}`)
  const [severityValue, options] = Array.isArray(value) ? value : [value, undefined]
  if (severityValue !== 'off' && severityValue !== 'warn' && severityValue !== 'error') {
    throw new ConfigError(file, key, `unexpected severity ${JSON.stringify(severityValue)}, expected "off", "warn" or "error"`)
  }
  const merged = { ...rule.meta.defaults, ...(current?.options ?? {}) }
  if (options !== undefined) Object.assign(merged, checkRuleOptions(rule, options, file, key))
  return { severity: severityValue, options: merged }
}

/** Configured options of one rule: known names, the types of their defaults, and only safe patterns. */
export function checkRuleOptions(rule: Rule, options: unknown, file: string, key: string): RuleOptions {
  if (!isRecord(options)) throw new ConfigError(file, key, 'expected the options to be a mapping')
  const { id, defaults, patternOptions = [] } = rule.meta
  for (const [name, value] of Object.entries(options)) {
    if (!(name in defaults)) {
      throw new ConfigError(file, `${key}.${name}`, `unknown option "${name}" for rule ${id}, expected one of ${Object.keys(defaults).join(', ') || '(none)'}`)
    }
    const problem = typeProblem(defaults[name], value)
    if (problem) throw new ConfigError(file, `${key}.${name}`, problem)
    if (!patternOptions.includes(name)) continue
    const patterns = (Array.isArray(value) ? value : [value]) as string[]
    patterns.forEach((pattern, index) => {
      const unsafe = patternProblem(pattern, PATTERN_FLAGS)
      if (unsafe) throw new ConfigError(file, `${key}.${name}${Array.isArray(value) ? `[${index}]` : ''}`, `refused pattern ${JSON.stringify(pattern)}: ${unsafe}`)
    })
  }
  return options
}

function typeProblem(expected: unknown, actual: unknown): string | undefined {
  const describe = (value: unknown) => (Array.isArray(value) ? 'list' : value === null ? 'null' : typeof value)
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return `expected a list, got ${describe(actual)}`
    const itemType = expected.length > 0 ? describe(expected[0]) : 'string'
    const wrong = actual.find((item) => describe(item) !== itemType)
    return wrong === undefined ? undefined : `expected a list of ${itemType}s, found ${JSON.stringify(wrong)}`
  }
  return describe(expected) === describe(actual) ? undefined : `expected a ${describe(expected)}, got ${describe(actual)} ${JSON.stringify(actual)}`
}

function suggest(id: string): string {
  const close = [...RULE_BY_ID.keys()].find((known) => known.startsWith(id.slice(0, 3)) || id.startsWith(known))
  return close ? `; did you mean "${close}"?` : ''
}

function merge(into: Config, from: Config): void {
  for (const [id, setting] of from.rules) into.rules.set(id, setting)
  // A config inherited along two paths counts once.
  for (const entry of from.ignore) if (!into.ignore.some((known) => known.base === entry.base && known.pattern === entry.pattern)) into.ignore.push(entry)
  if (from.lang) into.lang = from.lang
  for (const file of from.files) if (!into.files.includes(file)) into.files.push(file)
}

function resolveExtends(target: string, base: string, boundary: string | undefined, file: string): string {
  const path = resolve(base, target)
  const outside = () => new ConfigError(file, 'extends', `"${target}" lies outside the repository (${boundary}); give such a config with --config`)
  if (boundary && !isInside(path, boundary)) throw outside()
  if (!isFile(path)) throw new ConfigError(file, 'extends', `cannot find "${target}", expected a preset (${[...PRESETS].join(', ')}) or a config file`)
  // A link inside the repository can still lead out of it.
  if (boundary && !isInside(realpathSync(path), realpathSync(boundary))) throw outside()
  return path
}

function readConfigData(file: string): Record<string, unknown> {
  let text: string
  try {
    text = readRegularFile(file).toString('utf8')
  } catch (error) {
    throw new ConfigError(file, undefined, `cannot read config: ${(error as Error).message}`)
  }
  let data: unknown
  try {
    data = file.endsWith('.json') ? JSON.parse(text) : parseYaml(text, { prettyErrors: false })
  } catch (error) {
    throw new ConfigError(file, undefined, `cannot parse config: ${String((error as Error).message).split('\n')[0]}`)
  }
  if (file.endsWith('package.json')) data = isRecord(data) ? data.newslint : undefined
  if (data === null || data === undefined) return {}
  if (!isRecord(data)) throw new ConfigError(file, undefined, 'expected the config to be a mapping of settings')
  return data
}

function packageHasConfig(file: string): boolean {
  try {
    const data = JSON.parse(readRegularFile(file).toString('utf8')) as unknown
    return isRecord(data) && 'newslint' in data
  } catch {
    return false
  }
}

function toList(value: unknown, file: string, key: string): string[] {
  const list = Array.isArray(value) ? value : [value]
  if (!list.every((item) => typeof item === 'string')) throw new ConfigError(file, key, 'expected a string or a list of strings')
  return list as string[]
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile()
  } catch {
    return false
  }
}

export function isInside(path: string, dir: string): boolean {
  const rel = relative(dir, path)
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))
}
