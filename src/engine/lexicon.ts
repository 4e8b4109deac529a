import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { isDeepStrictEqual } from 'node:util'
import { parse } from 'yaml'
import { lexiconSchema } from './lexicon-schemas.js'
import type { Lang } from './model.js'
import { schemaProblem } from './schema.js'

// Word lists and patterns are YAML data in `lexicons/<lang>/<name>.yaml` (`lexicons/common/` for
// what no language owns, such as the agency registry), so a newsroom can read and extend them
// without touching code; each file is read once per process.
//
// Parsing the YAML was a fifth of a CLI run, so the build stores every file parsed, with the text
// it was parsed from (PARSED_LEXICONS_PATH); a file whose text differs from the stored one is
// parsed as it is now.

const packageRoot = findPackageRoot(dirname(fileURLToPath(import.meta.url)))
const cache = new Map<string, unknown>()

export const PARSED_LEXICONS_PATH = packagePath('dist', 'data', 'lexicons.json')

/** Lexicon files parsed, by `<lang>/<name>`, each with the text it was parsed from. */
export type ParsedLexicons = Record<string, { yaml: string; value: unknown }>

let stored: ParsedLexicons | undefined

export function lexicon<T>(lang: Lang | 'common', name: string): T {
  const key = `${lang}/${name}`
  let value = cache.get(key)
  if (value === undefined) {
    const yaml = readFileSync(join(packageRoot, 'lexicons', lang, `${name}.yaml`), 'utf8')
    const parsed = storedLexicons()[key]
    // The build checked what it stored; a file edited since is checked now.
    value = parsed?.yaml === yaml ? parsed.value : checkedLexicon(lang, name, parse(yaml) as unknown)
    cache.set(key, value)
  }
  return value as T
}

function storedLexicons(): ParsedLexicons {
  if (!stored) {
    try {
      stored = JSON.parse(readFileSync(PARSED_LEXICONS_PATH, 'utf8')) as ParsedLexicons
    } catch {
      stored = {}
    }
  }
  return stored
}

/** A lexicon file's data, or an error naming file and key where it does not fit its schema. */
export function checkedLexicon(folder: string, name: string, value: unknown): unknown {
  const file = `lexicons/${folder}/${name}.yaml`
  const schema = lexiconSchema(folder, name)
  if (!schema)
    throw new Error(`${file}: unexpected lexicon "${folder}/${name}", expected one with a schema in src/engine/lexicon-schemas.ts`)
  const problem = schemaProblem(schema, value)
  if (problem) throw new Error(`${file} (${problem.at.replace(/^\./, '') || 'top level'}): ${problem.message}`)
  return value
}

/** Every lexicon file parsed and checked, as the build stores them: those JSON holds exactly (all of them, as written). */
export function parseLexicons(): ParsedLexicons {
  const parsed: ParsedLexicons = {}
  const root = packagePath('lexicons')
  for (const folder of readdirSync(root, { withFileTypes: true })) {
    if (!folder.isDirectory()) continue
    for (const file of readdirSync(join(root, folder.name))) {
      if (!file.endsWith('.yaml')) continue
      const yaml = readFileSync(join(root, folder.name, file), 'utf8')
      const value = parse(yaml) as unknown
      const name = file.slice(0, -'.yaml'.length)
      checkedLexicon(folder.name, name, value)
      if (isDeepStrictEqual(JSON.parse(JSON.stringify(value) ?? 'null'), value)) parsed[`${folder.name}/${name}`] = { yaml, value }
    }
  }
  return parsed
}

const sets = new Map<string, Set<string>>()

/** A word list of a lexicon file (`key` names the list inside it) as a set, built once per process. */
export function lexiconSet(lang: Lang | 'common', name: string, key: string): Set<string> {
  const id = `${lang}/${name}#${key}`
  let set = sets.get(id)
  if (!set) {
    set = new Set(lexicon<Record<string, string[]>>(lang, name)[key])
    sets.set(id, set)
  }
  return set
}

/** The package root: the folder holding package.json, whether running from `src/` or `dist/src/`. */
export function packagePath(...parts: string[]): string {
  return join(packageRoot, ...parts)
}

function findPackageRoot(start: string): string {
  let dir = start
  for (;;) {
    try {
      readFileSync(join(dir, 'package.json'))
      return dir
    } catch {
      const parent = dirname(dir)
      if (parent === dir) return start
      dir = parent
    }
  }
}
