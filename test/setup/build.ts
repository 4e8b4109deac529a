import { execFileSync } from 'node:child_process'
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { VERB_TABLE_PATH } from '../../src/analysis/german-verbs.js'
import { PARSED_LEXICONS_PATH, packagePath } from '../../src/engine/lexicon.js'
import { NODE_ESM_BUNDLE } from '../../scripts/node-bundle.js'

// Tests that spawn the built server or CLI must not run an old build: rebuild as `npm run build`
// does when a source file is newer than the build, and store the data again when a lexicon is
// newer than it (`npm test` has just built, so then this costs nothing).
const SOURCES = ['src', 'rules', 'scripts']
const SERVER = packagePath('dist', 'src', 'bin', 'newslint-lsp.js')
const CLI = packagePath('dist', 'src', 'bin', 'newslint.js')
const DATA = [VERB_TABLE_PATH, PARSED_LEXICONS_PATH]

export default function setup(): void {
  const compiled = newest(SOURCES, '.ts') <= mtime(SERVER)
  if (!compiled) run(packagePath('node_modules', 'typescript', 'bin', 'tsc'), '-p', packagePath('tsconfig.build.json'))
  if (!compiled || newest(['lexicons'], '.yaml') > Math.min(...DATA.map(mtime))) run(packagePath('dist', 'scripts', 'build-data.js'))
  // A hand-run `tsc` writes the command-line program unbundled over the bundle, whose start-up and
  // memory the tests measure (unbundled, 0.23 MB of "Toll! " took 122 MB against a goal of 114).
  if (!compiled || !isBundle(CLI)) run(packagePath('dist', 'scripts', 'bundle.js'))
}

function isBundle(path: string): boolean {
  try {
    return readFileSync(path, 'utf8').slice(0, 1024).includes(String(NODE_ESM_BUNDLE.banner?.js))
  } catch {
    return false
  }
}

function run(script: string, ...args: string[]): void {
  execFileSync(process.execPath, [script, ...args], { stdio: 'inherit' })
}

function newest(folders: string[], extension: string): number {
  let latest = 0
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) visit(path)
      else if (entry.name.endsWith(extension)) latest = Math.max(latest, mtime(path))
    }
  }
  for (const folder of folders) visit(packagePath(folder))
  return latest
}

function mtime(path: string): number {
  try {
    return statSync(path).mtimeMs
  } catch {
    return 0
  }
}
