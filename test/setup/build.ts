import { execFileSync } from 'node:child_process'
import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { VERB_TABLE_PATH } from '../../src/analysis/german-verbs.js'
import { packagePath } from '../../src/lexicon.js'

// Tests that spawn the built server or CLI must not run an old build: rebuild as `npm run build`
// does when a source file is newer than the build (`npm test` has just built, so then this
// costs nothing).
const SOURCES = ['src', 'rules', 'scripts']
const BUILT = [packagePath('dist', 'src', 'bin', 'newslint-lsp.js'), VERB_TABLE_PATH]

export default function setup(): void {
  if (newestSource() <= Math.min(...BUILT.map(mtime))) return
  execFileSync(process.execPath, [packagePath('node_modules', 'typescript', 'bin', 'tsc'), '-p', packagePath('tsconfig.build.json')], { stdio: 'inherit' })
  execFileSync(process.execPath, [packagePath('dist', 'scripts', 'verb-table.js')], { stdio: 'inherit' })
}

function newestSource(): number {
  let newest = 0
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) visit(path)
      else if (entry.name.endsWith('.ts')) newest = Math.max(newest, mtime(path))
    }
  }
  for (const folder of SOURCES) visit(packagePath(folder))
  return newest
}

function mtime(path: string): number {
  try {
    return statSync(path).mtimeMs
  } catch {
    return 0
  }
}
