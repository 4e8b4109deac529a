import { existsSync } from 'node:fs'
import { dirname, parse, relative, resolve, sep } from 'node:path'
import ignore, { type Ignore } from 'ignore'
import {
  type Config,
  type RuleSetting,
  ConfigError,
  MAX_IGNORE_PATTERNS,
  ignorePatternProblem,
  loadConfig,
  recommendedConfig,
  tooManyIgnorePatterns
} from './config.js'
import { CONFIG_NAMES, IGNORE_NAME, configFileIn, readConfigData } from './config-file.js'
import { childPath, isInside, linkedOutOfRepository } from './repository.js'
import { describeError, isThere, readTextFile } from './read-file.js'
import { type Stamps, changedSince, stamp } from './stamps.js'

export interface ResolverOptions {
  /** A config file given on the command line: used for every file, no discovery. */
  configPath?: string
  /** `--rule ID=SEVERITY` settings, applied on top of whatever config a file has. */
  overrides?: Map<string, RuleSetting>
  /** Told each warning of a config when it is loaded (a deprecated option), once per message. */
  onWarning?: (message: string) => void
  /** Note how each file read looked, for `changedOnDisk` (a long-running process; a lint run needs no stat more). */
  watch?: boolean
}

/** Ignore patterns relative to a folder. */
interface IgnoreMatcher {
  base: string
  matcher: Ignore
}

interface IgnoreFile extends IgnoreMatcher {
  /** How many patterns the matcher tests for each file. */
  patterns: number
}

/** What discovery found for one folder, from the folders above it up to the repository root. */
interface Folder {
  /** The nearest config file, at or above this folder and not above the repository root. */
  configFile: string | undefined
  /** Every `.newslintignore` from the repository root down to this folder. */
  ignoreFiles: IgnoreFile[]
  /** Why an ignore file here or above could not be read: the files below have unknown ignore rules. */
  ignoreError?: ConfigError
  /** This folder's own config, ignore and `.git` paths as discovery found them. */
  stamps: Stamps
}

/** The names discovery looks for in each folder. */
const DISCOVERED_NAMES = [...CONFIG_NAMES, IGNORE_NAME, '.git']

/** Finds and caches the configuration and ignore rules that apply to each file. */
export class ConfigResolver {
  private readonly configs = new Map<string, Config>()
  /** The files each config was read from (extended ones too), as they were then. */
  private readonly configStamps = new Map<string, Stamps>()
  private readonly folders = new Map<string, Folder>()
  private readonly warned = new Set<string>()
  private readonly matchers = new WeakMap<Config, IgnoreMatcher[]>()
  /** Each config file's settings as read, for the folders' configs that extend it. */
  private readonly data = new Map<string, Record<string, unknown>>()

  constructor(private readonly options: ResolverOptions = {}) {}

  /** Throws ConfigError for a broken config. */
  forFile(path: string): Config {
    const file = this.options.configPath ? resolve(this.options.configPath) : this.folder(dirname(resolve(path))).configFile
    const key = file ?? ''
    let config = this.configs.get(key)
    if (!config) {
      config = file ? loadConfig(file, file === resolve(this.options.configPath ?? ''), this.readData) : recommendedConfig()
      if (this.options.watch) this.configStamps.set(key, stamp(config.files))
      for (const [id, setting] of this.options.overrides ?? []) {
        config.rules.set(id, { severity: setting.severity, options: config.rules.get(id)?.options ?? setting.options })
      }
      this.configs.set(key, config)
      for (const warning of config.warnings ?? []) this.warn(warning)
    }
    return config
  }

  private readonly readData = (file: string): Record<string, unknown> => {
    let data = this.data.get(file)
    if (!data) {
      data = readConfigData(file)
      this.data.set(file, data)
    }
    return data
  }

  isIgnored(path: string): boolean {
    const absolute = resolve(path)
    if (absolute.split(/[\\/]/).includes('node_modules')) return true
    const folder = this.folder(dirname(absolute))
    if (folder.ignoreError) throw folder.ignoreError
    const matchers: IgnoreMatcher[] = [...folder.ignoreFiles]
    try {
      matchers.push(...this.configMatchers(this.forFile(absolute)))
    } catch {
      // A broken config is reported when the file is linted.
    }
    return matchers.some(
      ({ base, matcher }) =>
        isInside(absolute, base) && absolute !== base && matcher.ignores(relative(base, absolute).split('\\').join('/'))
    )
  }

  /** A config's ignore globs, one matcher per folder they are relative to, built once per config. */
  private configMatchers(config: Config): IgnoreMatcher[] {
    let matchers = this.matchers.get(config)
    if (!matchers) {
      const byBase = new Map<string, Ignore>()
      for (const { base, pattern } of config.ignore) byBase.set(base, (byBase.get(base) ?? ignore()).add(pattern))
      matchers = [...byBase].map(([base, matcher]) => ({ base, matcher }))
      this.matchers.set(config, matchers)
    }
    return matchers
  }

  /** Forget everything read, after a config or ignore file changed. */
  clear(): void {
    this.configs.clear()
    this.configStamps.clear()
    this.data.clear()
    this.folders.clear()
  }

  /**
   * Whether what was read for `path` changed on disk since: a config or ignore file created, edited
   * or deleted in its folder or above, or a config it extends edited. About ten looks per folder
   * level; always false without the `watch` option.
   */
  changedOnDisk(path: string): boolean {
    if (!this.options.watch) return false
    const absolute = resolve(path)
    for (let dir = dirname(absolute); ; dir = dirname(dir)) {
      const folder = this.folders.get(dir)
      if (folder && changedSince(folder.stamps)) return true
      if (dirname(dir) === dir) break
    }
    const file = this.options.configPath ? resolve(this.options.configPath) : this.folders.get(dirname(absolute))?.configFile
    const stamps = this.configStamps.get(file ?? '')
    return stamps !== undefined && changedSince(stamps)
  }

  private warn(message: string): void {
    if (this.warned.has(message)) return
    this.warned.add(message)
    this.options.onWarning?.(message)
  }

  /**
   * Discovery for `dir`, each folder read once: walk up to the nearest folder already known, then
   * fill in downwards from what the parent found, so a deep path costs one step per folder.
   */
  private folder(dir: string): Folder {
    // Every file of a folder asks again: a folder read once is not looked up on disk again.
    const read = this.folders.get(dir)
    if (read) return read
    const unknown: string[] = []
    let known: Folder | undefined
    // Folders that do not exist hold nothing: start from the nearest one that does.
    for (let current = nearestExisting(dir); ;) {
      known = this.folders.get(current)
      if (known) break
      unknown.push(current)
      const parent = dirname(current)
      if (parent === current) break
      current = parent
    }
    for (let i = unknown.length - 1; i >= 0; i--) {
      known = readFolder(unknown[i], known, this.options.watch === true)
      this.folders.set(unknown[i], known)
    }
    return known!
  }
}

/**
 * `dir` or its nearest ancestor that exists. Below a missing folder every folder is missing, so a
 * binary search over the depth finds it: a made-up path thousands of folders deep costs a few looks.
 */
function nearestExisting(dir: string): string {
  if (existsSync(dir)) return dir
  const root = parse(dir).root
  // The ends of the ancestors below the root; the root itself always exists.
  const ends: number[] = []
  for (let i = root.length; i < dir.length; i++) if (dir[i] === sep) ends.push(i)
  let low = -1
  let high = ends.length
  while (high - low > 1) {
    const middle = (low + high) >> 1
    if (existsSync(dir.slice(0, ends[middle]))) low = middle
    else high = middle
  }
  return low < 0 ? root : dir.slice(0, ends[low])
}

function readFolder(dir: string, parent: Folder | undefined, watch: boolean): Folder {
  // Discovery stops at the repository root: nothing above it applies.
  const inherited = existsSync(childPath(dir, '.git')) ? undefined : parent
  const ignoreFile = childPath(dir, IGNORE_NAME)
  // Stamped before reading: a file saved while it is read counts as changed.
  const stamps = watch ? stamp(DISCOVERED_NAMES.map((name) => childPath(dir, name))) : []
  const folder: Folder = {
    configFile: configFileIn(dir) ?? inherited?.configFile,
    ignoreFiles: inherited?.ignoreFiles ?? [],
    stamps
  }
  if (inherited?.ignoreError) folder.ignoreError = inherited.ignoreError
  else if (isThere(ignoreFile)) {
    // Remembered, not read again for every file below: a broken ignore file may be megabytes.
    try {
      const { text, patterns } = readIgnoreFile(ignoreFile)
      // Each file is matched against every pattern above it: 150 nested files of 1,000 patterns
      // took 21 s over 1,000 articles.
      const inScope = folder.ignoreFiles.reduce((sum, file) => sum + file.patterns, patterns)
      if (inScope > MAX_IGNORE_PATTERNS)
        throw new ConfigError(
          ignoreFile,
          undefined,
          `unexpected ${inScope} ignore patterns in this and the ignore files above it, expected at most ${MAX_IGNORE_PATTERNS} in all`
        )
      folder.ignoreFiles = [...folder.ignoreFiles, { base: dir, matcher: ignore().add(text), patterns }]
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error
      folder.ignoreError = error
    }
  }
  return folder
}

/** An ignore file's text and how many patterns it holds; one that cannot be read is a config error for the files below it. */
function readIgnoreFile(file: string): { text: string; patterns: number } {
  try {
    const escaped = linkedOutOfRepository(file)
    if (escaped)
      throw new ConfigError(file, undefined, `unexpected link to a file outside the repository (${escaped}), expected a file inside it`)
    const text = readTextFile(file)
    // Blank lines and comments are no patterns.
    const patterns = text.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('#'))
    if (patterns.length > MAX_IGNORE_PATTERNS) throw new ConfigError(file, undefined, tooManyIgnorePatterns(patterns.length))
    for (const pattern of patterns) {
      const problem = ignorePatternProblem(pattern)
      if (problem) throw new ConfigError(file, undefined, problem)
    }
    return { text, patterns: patterns.length }
  } catch (error) {
    if (error instanceof ConfigError) throw error
    throw new ConfigError(file, undefined, `cannot read ignore file: ${describeError(error)}`)
  }
}
