import { execFileSync } from 'node:child_process'
import { join } from 'node:path'

// git, run by newslint only to read its object database and index, always on the repository root
// newslint found, with discovery, hooks and the file system monitor pinned off: a committed folder
// that looks like a git directory must never become the repository git works in.

/** Run git on the repository at `root` and nothing else; its output as text. */
export function git(root: string, args: string[], input?: string): string {
  return execFileSync('git', [...pinned(root), ...args], { ...options(root), input, encoding: 'utf8' })
}

/** The same, its output as bytes: a blob as committed, checked as a file would be. */
export function gitBytes(root: string, args: string[]): Buffer {
  return execFileSync('git', [...pinned(root), ...args], { ...options(root), encoding: 'buffer' })
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
    // Reading only: no lock files, no prompts.
    env: { ...process.env, GIT_OPTIONAL_LOCKS: '0', GIT_TERMINAL_PROMPT: '0' }
  }
}

/** A SHA-1 or SHA-256 object id as git prints it. */
export const OBJECT_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/
