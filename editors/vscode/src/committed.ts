import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'

/**
 * Whether a commit may have brought the folder's node_modules: git tracks something under it, or
 * the folder lies in a git repository and git gives no answer (not installed, failing, stopped).
 * A program there is then the committer's, not what the user installed: an ignored node_modules is
 * expendable to git, which writes a tracked `.bin/newslint-lsp` over the user's link on checkout.
 */
export function committedModules(folder: string): boolean {
  const run = spawnSync('git', ['-c', 'core.fsmonitor=false', 'ls-files', '-z', '--', 'node_modules'], {
    cwd: folder,
    encoding: 'utf8',
    timeout: 10_000,
    // English messages, whatever the user's locale: "not a git repository" is read below.
    env: { ...process.env, LC_ALL: 'C', GIT_OPTIONAL_LOCKS: '0', GIT_TERMINAL_PROMPT: '0' }
  })
  if (run.status === 0) return run.stdout !== ''
  if (run.error === undefined && run.stderr.includes('not a git repository')) return false
  return insideRepository(folder)
}

function insideRepository(folder: string): boolean {
  for (let dir = folder; ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return true
    if (dirname(dir) === dir) return false
  }
}
