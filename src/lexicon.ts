import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import type { Lang } from './model.js'

// Word lists and patterns are YAML data in `lexicons/<lang>/<name>.yaml` (`lexicons/common/` for
// what no language owns, such as the agency registry), so a newsroom can read and extend them
// without touching code; each file is read once per process.

const packageRoot = findPackageRoot(dirname(fileURLToPath(import.meta.url)))
const cache = new Map<string, unknown>()

export function lexicon<T>(lang: Lang | 'common', name: string): T {
  const key = `${lang}/${name}`
  let value = cache.get(key)
  if (value === undefined) {
    value = parse(readFileSync(join(packageRoot, 'lexicons', lang, `${name}.yaml`), 'utf8')) as unknown
    cache.set(key, value)
  }
  return value as T
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
