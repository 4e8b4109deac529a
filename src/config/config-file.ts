import { lstatSync } from 'node:fs'
import { isCollection, isScalar, visit } from 'yaml'
import { parseYamlDocument } from '../engine/yaml-document.js'
import { MAX_YAML_NESTING, yamlNesting } from '../engine/yaml-nesting.js'
import { clip } from '../lint/messages.js'
import { ConfigError } from './config-error.js'
import { duplicateJsonKey } from './json-keys.js'
import { isThere, readTextFile } from './read-file.js'
import { childPath, isFile, linkedOutOfRepository } from './repository.js'

// A config file: where discovery looks for one, and its data read as JSON or YAML, never code.

export const CONFIG_NAMES = ['.newslintrc.json', '.newslintrc.yaml', '.newslintrc.yml', '.newslintrc', 'package.json']

export const IGNORE_NAME = '.newslintignore'

/**
 * The config file in `dir` itself, or undefined: discovery asks each folder from a file's up to the
 * repository root. A `.newslintrc*` that is there but no regular file (a folder, a pipe, a link to
 * a device, a link that loops or leads nowhere) is found too, so that reading it refuses it with a message instead of the parent's
 * config or the defaults applying without a word.
 */
export function configFileIn(dir: string): string | undefined {
  for (const name of CONFIG_NAMES) {
    const candidate = childPath(dir, name)
    // A package.json that is a link out of the repository is found unread: loading it refuses it, as it does a `.newslintrc*`.
    if (name === 'package.json' ? isFile(candidate) && (linksOut(candidate) || packageHasConfig(candidate)) : isThere(candidate))
      return candidate
  }
  return undefined
}

function linksOut(path: string): boolean {
  return lstatSync(path).isSymbolicLink() && linkedOutOfRepository(path) !== undefined
}

export function readConfigData(file: string): Record<string, unknown> {
  let text: string
  try {
    text = configText(file)
  } catch (error) {
    throw new ConfigError(file, undefined, `cannot read config: ${(error as Error).message}`)
  }
  let data: unknown
  try {
    data = file.endsWith('.json') ? parseJsonData(text, file.endsWith('package.json') ? 'newslint' : undefined) : parseYamlData(text)
  } catch (error) {
    throw new ConfigError(file, undefined, `cannot parse config: ${String((error as Error).message).split('\n')[0]}`)
  }
  if (file.endsWith('package.json')) data = isRecord(data) ? data.newslint : undefined
  if (data === null || data === undefined) return {}
  if (!isRecord(data)) throw new ConfigError(file, undefined, 'expected the config to be a mapping of settings')
  return data
}

/** JSON as data, refusing a key given twice in one object (JSON.parse would keep the last without a word). */
function parseJsonData(text: string, within: string | undefined): unknown {
  const data: unknown = JSON.parse(text)
  const duplicate = duplicateJsonKey(text, within)
  if (duplicate)
    throw new Error(`Unexpected key "${clip(duplicate.key, 40)}" twice in one object at line ${duplicate.line}, expected each key once`)
  return data
}

// The YAML parser spends about 20 µs and 1 KB on each item: a 10 MB list took a minute and 2.3 GB.
// A newsroom's config with its word lists is a few KB; JSON, parsed natively, keeps the file limit.
export const MAX_YAML_CONFIG_BYTES = 256 * 1024

const PLAIN_DATA_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'seq', 'map'].map((type) => `tag:yaml.org,2002:${type}`))

/**
 * YAML as plain data. A tag (`!!js/function`, `!custom`) asks for a type a config has no use for;
 * the parser would warn through the process and go on, printing the tag raw on standard error.
 */
function parseYamlData(text: string): unknown {
  const bytes = Buffer.byteLength(text)
  if (bytes > MAX_YAML_CONFIG_BYTES)
    throw new Error(
      `Unexpected YAML config of ${Math.ceil(bytes / 1024)} KB, expected at most ${MAX_YAML_CONFIG_BYTES / 1024} KB (a longer one can be JSON)`
    )
  const nesting = yamlNesting(text)
  if (nesting.depth > MAX_YAML_NESTING)
    throw new Error(`Unexpected YAML nested ${nesting.depth} deep, expected at most ${MAX_YAML_NESTING}`)
  const document = parseYamlDocument(text)
  const [problem] = document.errors
  if (problem) throw problem
  let tag: string | undefined
  visit(document, (_key, node) => {
    if ((isScalar(node) || isCollection(node)) && node.tag !== undefined && !PLAIN_DATA_TAGS.has(node.tag)) {
      tag = node.tag
      return visit.BREAK
    }
  })
  if (tag !== undefined) throw new Error(`unexpected YAML tag ${tag}, expected plain data`)
  return document.toJS()
}

/**
 * A package.json with a `newslint` key is a config. One that cannot be read as JSON may hold one:
 * it is read as a config too, so that the run stops with what is wrong instead of dropping the
 * newsroom's settings without a word.
 */
function packageHasConfig(file: string): boolean {
  try {
    const data = JSON.parse(configText(file)) as unknown
    return isRecord(data) && 'newslint' in data
  } catch {
    return true
  }
}

/** A config file's text without the byte-order mark some editors write first (npm and YAML read past it; JSON.parse does not). */
function configText(file: string): string {
  const text = readTextFile(file)
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
