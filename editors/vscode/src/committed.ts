import { spawnSync } from 'node:child_process'
import { tmpdir } from 'node:os'
import { repositoryRoot } from '../../../src/config/repository.js'

/**
 * Whether a commit may have brought the folder's node_modules: git tracks something under it (in
 * any case of its name: a case-insensitive file system checks `Node_Modules/…` out into it), or
 * the folder lies in a git repository and git gives no answer (not installed, failing, stopped).
 * A program there is then the committer's, not what the user installed: an ignored node_modules is
 * expendable to git, which writes a tracked `.bin/newslint-lsp` over the user's link on checkout.
 */
export function committedModules(folder: string): boolean {
  const run = spawnSync(
    'git',
    // A committed folder laid out as a bare repository (HEAD, objects, refs, config) would answer
    // for itself, with nothing tracked: only the repository around it may answer.
    ['-C', folder, '-c', 'safe.bareRepository=explicit', '-c', 'core.fsmonitor=false', 'ls-files', '-z', '--', ':(icase)node_modules'],
    {
      // Not the workspace: on Windows a program is looked for in the working folder before the PATH.
      cwd: tmpdir(),
      encoding: 'utf8',
      timeout: 10_000,
      // English messages, whatever the user's locale: "not a git repository" is read below.
      env: { ...process.env, LC_ALL: 'C', GIT_OPTIONAL_LOCKS: '0', GIT_TERMINAL_PROMPT: '0' }
    }
  )
  if (run.status === 0) return run.stdout !== ''
  if (run.error === undefined && run.stderr.includes('not a git repository')) return false
  return repositoryRoot(folder) !== undefined
}
