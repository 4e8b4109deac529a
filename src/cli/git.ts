import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { InputError } from './files.js'
import { printableLine } from './printable.js'

// git, run by newslint only to read its object database and index, always on the repository root
// newslint found, with discovery, hooks, the file system monitor and every transport pinned off: a
// committed folder that looks like a git directory must never become the repository git works in,
// and a missing object must never make git fetch it (a partial clone's promisor remote would run
// its upload-pack program). A git that does not answer (an index that is a named pipe) is stopped.

const TIMEOUT_MS = 30_000

/** Run git on the repository at `root` and nothing else; its output as text. */
export function git(root: string, args: string[], input?: string): string {
  return run(args, () => execFileSync('git', [...pinned(root), ...args], { ...options(root), input, encoding: 'utf8' }))
}

/** The same, its output as bytes: blobs as committed, checked as a file would be. */
export function gitBytes(root: string, args: string[], input?: string): Buffer {
  const bytes = input === undefined ? undefined : Buffer.from(input)
  return run(args, () => execFileSync('git', [...pinned(root), ...args], { ...options(root), input: bytes }))
}

/** git's failure in one line, the user's to look at (a broken repository, no git): never a stack. */
function run<T>(args: string[], call: () => T): T {
  try {
    return call()
  } catch (error) {
    const failure = error as NodeJS.ErrnoException & { stderr?: string | Buffer; signal?: string }
    if (failure.code === 'ENOENT') throw new InputError('git is not installed or not on the PATH')
    if (failure.code === 'ETIMEDOUT' || failure.signal === 'SIGTERM')
      throw new InputError(`git ${args[0]} gave no answer within ${TIMEOUT_MS / 1000} s (is a file in .git a named pipe?)`)
    const lines = String(failure.stderr ?? '')
      .split('\n')
      .filter((line) => line.trim() !== '')
    const said = lines.find((line) => /^(?:fatal|error):/.test(line)) ?? lines[0]
    throw new InputError(`git ${args[0]} failed: ${printableLine(said ?? failure.message).slice(0, 200)}`)
  }
}

function pinned(root: string): string[] {
  return [
    '--git-dir',
    join(root, '.git'),
    '--work-tree',
    root,
    '--literal-pathspecs',
    '-c',
    'core.fsmonitor=false',
    '-c',
    'core.hooksPath=/dev/null',
    '-c',
    'safe.bareRepository=explicit'
  ]
}

function options(root: string) {
  return {
    cwd: root,
    stdio: ['pipe', 'pipe', 'pipe'] as Array<'pipe'>,
    maxBuffer: 1024 * 1024 * 1024,
    timeout: TIMEOUT_MS,
    // Reading only: no lock files, no prompts, no fetching (no transport is allowed, no lazy fetch).
    env: { ...process.env, GIT_OPTIONAL_LOCKS: '0', GIT_TERMINAL_PROMPT: '0', GIT_ALLOW_PROTOCOL: 'none', GIT_NO_LAZY_FETCH: '1' }
  }
}

/** A SHA-1 or SHA-256 object id as git prints it. */
export const OBJECT_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/
