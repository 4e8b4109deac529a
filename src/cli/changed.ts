import { execFileSync } from 'node:child_process'
import { dirname } from 'node:path'
import { InputError } from './files.js'

/**
 * Lines added or edited in `file` since the git ref (the working tree against REF): the lines
 * a pull request touched. A file git does not know yet counts as changed throughout.
 */
export function changedLines(file: string, ref: string): Set<number> | 'all' {
  const cwd = dirname(file)
  const git = (args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 })
  try {
    git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])
  } catch {
    throw new InputError(`--changed-since: "${ref}" is not a commit in the repository of ${file}`)
  }
  try {
    git(['ls-files', '--error-unmatch', '--', file])
  } catch {
    return 'all'
  }
  let existed = true
  try {
    git(["cat-file", "-e", `${ref}:${relativeToRepo(git, file)}`])
  } catch {
    existed = false
  }
  if (!existed) return 'all'
  const diff = git(['diff', '--no-color', '--no-ext-diff', '--unified=0', ref, '--', file])
  const lines = new Set<number>()
  for (const line of diff.split('\n')) {
    // Hunk headers: "@@ -a,b +c,d @@": d lines from line c are new or edited.
    if (!line.startsWith('@@')) continue
    const match = /\+(\d+)(?:,(\d+))?/.exec(line)
    if (!match) continue
    const start = Number(match[1])
    const count = match[2] === undefined ? 1 : Number(match[2])
    for (let at = start; at < start + count; at++) lines.add(at)
  }
  return lines
}

function relativeToRepo(git: (args: string[]) => string, file: string): string {
  return git(['ls-files', '--full-name', '--', file]).trim()
}
