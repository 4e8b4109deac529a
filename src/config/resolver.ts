import { existsSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import ignore, { type Ignore } from 'ignore'
import { type Config, type RuleSetting, ConfigError, IGNORE_NAME, findConfigFile, isInside, linkedOutOfRepository, loadConfig, recommendedConfig, repositoryRoot } from './config.js'
import { readRegularFile } from './read-file.js'

export interface ResolverOptions {
  /** A config file given on the command line: used for every file, no discovery. */
  configPath?: string
  /** `--rule ID=SEVERITY` settings, applied on top of whatever config a file has. */
  overrides?: Map<string, RuleSetting>
}

/** Finds and caches the configuration and ignore rules that apply to each file. */
export class ConfigResolver {
  private readonly configs = new Map<string, Config>()
  private readonly configFiles = new Map<string, string | undefined>()
  private readonly ignores = new Map<string, Array<{ base: string; matcher: Ignore }>>()

  constructor(private readonly options: ResolverOptions = {}) {}

  /** Throws ConfigError for a broken config. */
  forFile(path: string): Config {
    const file = this.options.configPath ? resolve(this.options.configPath) : this.configFileFor(dirname(resolve(path)))
    const key = file ?? ''
    let config = this.configs.get(key)
    if (!config) {
      config = file ? loadConfig(file, file === resolve(this.options.configPath ?? '')) : recommendedConfig()
      for (const [id, setting] of this.options.overrides ?? []) {
        config.rules.set(id, { severity: setting.severity, options: config.rules.get(id)?.options ?? setting.options })
      }
      this.configs.set(key, config)
    }
    return config
  }

  isIgnored(path: string): boolean {
    const absolute = resolve(path)
    if (absolute.split(/[\\/]/).includes('node_modules')) return true
    const matchers = [...this.ignoreFilesFor(dirname(absolute))]
    try {
      for (const { base, pattern } of this.forFile(absolute).ignore) matchers.push({ base, matcher: ignore().add(pattern) })
    } catch {
      // A broken config is reported when the file is linted.
    }
    return matchers.some(({ base, matcher }) => isInside(absolute, base) && absolute !== base && matcher.ignores(relative(base, absolute).split('\\').join('/')))
  }

  /** Forget everything read, after a config or ignore file changed. */
  clear(): void {
    this.configs.clear()
    this.configFiles.clear()
    this.ignores.clear()
  }

  private configFileFor(dir: string): string | undefined {
    if (!this.configFiles.has(dir)) this.configFiles.set(dir, findConfigFile(dir))
    return this.configFiles.get(dir)
  }

  /** Every `.newslintignore` from `dir` up to the repository root. */
  private ignoreFilesFor(dir: string): Array<{ base: string; matcher: Ignore }> {
    let found = this.ignores.get(dir)
    if (found) return found
    const parent = dirname(dir)
    const stop = repositoryRoot(dir)
    found = dir === stop || parent === dir ? [] : [...this.ignoreFilesFor(parent)]
    const file = join(dir, IGNORE_NAME)
    if (existsSync(file)) found.push({ base: dir, matcher: ignore().add(readIgnoreFile(file)) })
    this.ignores.set(dir, found)
    return found
  }
}

/** An ignore file's patterns; one that cannot be read is a config error for the files below it. */
function readIgnoreFile(file: string): string {
  try {
    const escaped = linkedOutOfRepository(file)
    if (escaped) throw new ConfigError(file, undefined, `unexpected link to a file outside the repository (${escaped}), expected a file inside it`)
    return readRegularFile(file).toString('utf8')
  } catch (error) {
    if (error instanceof ConfigError) throw error
    throw new ConfigError(file, undefined, `cannot read ignore file: ${(error as Error).message}`)
  }
}
