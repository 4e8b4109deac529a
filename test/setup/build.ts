import { execFileSync } from 'node:child_process'
import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { VERB_TABLE_PATH } from '../../src/analysis/german-verbs.js'
import { PARSED_LEXICONS_PATH, packagePath } from '../../src/engine/lexicon.js'

// Tests that spawn the built server or CLI must not run an old build: rebuild as `npm run build`
// does when a source file is newer than the build, and store the data again when a lexicon is
// newer than it (`npm test` has just built, so then this costs nothing).
const SOURCES = ['src', 'rules', 'scripts']
const SERVER = packagePath('dist', 'src', 'bin', 'newslint-lsp.js')
const DATA = [VERB_TABLE_PATH, PARSED_LEXICONS_PATH]

export default function setup(): void {
  const compiled = newest(SOURCES, '.ts') <= mtime(SERVER)
  if (!compiled) run(packagePath('node_modules', 'typescript', 'bin', 'tsc'), '-p', packagePath('tsconfig.build.json'))
  if (!compiled || newest(['lexicons'], '.yaml') > Math.min(...DATA.map(mtime))) run(packagePath('dist', 'scripts', 'build-data.js'))
  if (!compiled) run(packagePath('dist', 'scripts', 'bundle.js'))
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
