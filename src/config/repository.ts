import { existsSync, realpathSync, statSync } from 'node:fs'
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path'

// The repository a file lies in: it bounds config discovery and `extends`, and links that lead
// out of it are refused, since a commit could point one at any file on the machine.

/** The folder that bounds config discovery and `extends` paths: the repository root, or the file system root. */
export function repositoryRoot(dir: string): string | undefined {
  let current = resolve(dir)
  for (;;) {
    if (existsSync(join(current, '.git'))) return current
    const parent = dirname(current)
    if (parent === current) return undefined
    current = parent
  }
}

/**
 * The repository root when `file` lies in one but a link leads it out of there, else undefined.
 * The innermost repository around the file counts: a content repository checked out inside another
 * working tree (a site's, a dotfiles repository in the home folder) must not let a committed link
 * reach that tree's files. A repository reached through a link from one around it bounds nothing
 * alone, since a committed link to another repository's folder must not become the boundary: the
 * file must lie in the one around it too, unless the run works inside it (the user's own link to
 * their work folder: "~/work -> /mnt/data/work").
 */
export function linkedOutOfRepository(file: string): string | undefined {
  const real = realpathSync(file)
  for (let root = repositoryRoot(dirname(file)); root !== undefined;) {
    const realRoot = realpathSync(root)
    if (!inRepository(real, realRoot)) return root
    const outer = dirname(root) === root ? undefined : repositoryRoot(dirname(root))
    if (outer === undefined || isInside(realRoot, realpathSync(outer)) || isInside(workingFolder(), realRoot)) return undefined
    root = outer
  }
  return undefined
}

let working: string | undefined

/** The real path of the folder the run works in. */
function workingFolder(): string {
  return (working ??= realpathSync(process.cwd()))
}

/**
 * Whether the real path `path` lies in the repository at the real path `root`. git's own folders
 * (`.git`) do not count: they hold no articles or configs, and in CI a `.git/config` holds the
 * job's credentials, which a committed link must not get into a report or a --fix.
 */
export function inRepository(path: string, root: string): boolean {
  if (!isInside(path, root)) return false
  const names = relative(root, path).split(sep)
  return !names.some((name) => GIT_FOLDER.test(name)) && !throughGitFolder(root, names)
}

// A link's target may spell git's folder as the file system finds it: in any case (macOS and
// Windows compare names so, and a link keeps its own spelling through realpath), with the dots
// and blanks Windows drops from a name's end, or as its short name.
const GIT_FOLDER = /^(?:\.git[. ]*|git~\d+)$/i

/** A folder on the way from `root` down `names` is git's own folder, however it is spelt: the same file as `root/.git`. */
function throughGitFolder(root: string, names: string[]): boolean {
  const git = statOrNothing(childPath(root, '.git'))
  if (!git?.isDirectory()) return false
  let folder = root
  for (const name of names.slice(0, -1)) {
    folder = childPath(folder, name)
    const stats = statOrNothing(folder)
    if (stats && stats.ino === git.ino && stats.dev === git.dev) return true
  }
  return false
}

/** A folder's stats, or nothing where it cannot be read (the names above still hold it to the repository). */
function statOrNothing(path: string) {
  try {
    return statSync(path, { throwIfNoEntry: false })
  } catch {
    return undefined
  }
}

export function isFile(path: string): boolean {
  try {
    return statSync(path).isFile()
  } catch {
    return false
  }
}

/** `name` in the absolute, normalised folder `dir`; unlike `path.join`, does not normalise all of `dir` again for every name. */
export function childPath(dir: string, name: string): string {
  return dir.endsWith(sep) ? dir + name : dir + sep + name
}

export function isInside(path: string, dir: string): boolean {
  const rel = relative(dir, path)
  // "..notes.md" is a name inside; only ".." itself or "../…" leads out.
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel))
}
