import { createHash } from 'node:crypto'
import { dirname, relative, sep } from 'node:path'
import { diffLines } from 'diff'
import { linkedOutOfRepository, repositoryRoot } from '../config/repository.js'
import { addTo } from '../engine/arrays.js'
import { MAX_FILE_BYTES } from '../engine/limits.js'
import { InputError } from './files.js'
import { OBJECT_ID, git } from './git.js'

// `--changed-since` compares the text newslint linted (a file, or standard input standing for
// one) with that file's version in a commit, read from git's object database (git.ts).

/** Beyond this many changed lines a file counts as rewritten: the line diff stays linear in the text. */
const MAX_EDIT_LINES = 1000

interface Blob {
  id: string
  /** Its size in bytes, from git: a version too large to lint is not read either. */
  bytes: number
  /** The file's blob at the ref, read only when the text differs from it. */
  text?: string
}

interface Repository {
  root: string
  commit: string
  /** The blob of each requested path at the commit; undefined where the path did not exist there. */
  blobs: Map<string, Blob | undefined>
}

/** Lines added or edited since a git ref, per file: the lines a pull request touched. */
export class ChangedSince {
  private readonly repositories = new Map<string, Repository>()
  /** Each file's repository, found once: the walk up to it and the check for links out of it read the disk at every level. */
  private readonly roots = new Map<string, string | undefined>()

  constructor(private readonly ref: string) {}

  /** Look up the files' versions at the ref, with one git run per repository. */
  prepare(files: string[], staged = false): void {
    const byRoot = new Map<string, string[]>()
    for (const file of files) {
      const root = this.rootOf(file, staged)
      if (root) addTo(byRoot, root, file)
    }
    for (const [root, inRoot] of byRoot) {
      const repository = this.repository(root)
      const missing = inRoot.map((file) => repositoryPath(root, file)).filter((path) => !repository.blobs.has(path))
      for (const [path, blob] of lookUpBlobs(root, repository.commit, missing)) repository.blobs.set(path, blob)
    }
  }

  /**
   * The lines of `text` (the contents of `file` now) that are new since the ref; 'all' for a file
   * new since then. `staged`: the text is the index's, so what is on disk at the path (a link out
   * of the repository, nothing) does not matter.
   */
  lines(file: string, text: string, staged = false): Set<number> | 'all' {
    this.prepare([file], staged)
    const root = this.rootOf(file, staged)
    const blob = root === undefined ? undefined : this.repository(root).blobs.get(repositoryPath(root, file))
    if (!root || !blob) return 'all'
    if (blobId(text, blob.id.length) === blob.id) return new Set()
    // A committed version of 220 MB took 8.6 s and 1 GB to read and compare: one over the file limit counts as replaced.
    if (blob.bytes > MAX_FILE_BYTES) return 'all'
    blob.text ??= git(root, ['cat-file', 'blob', blob.id])
    return addedLines(blob.text, text)
  }

  /** The repository git is asked about for `file`; none for a path that links out of its repository (it is not read either). */
  private rootOf(file: string, staged: boolean): string | undefined {
    if (this.roots.has(file)) return this.roots.get(file)
    const root = this.findRoot(file, staged)
    this.roots.set(file, root)
    return root
  }

  private findRoot(file: string, staged: boolean): string | undefined {
    const root = repositoryRoot(dirname(file))
    if (!root) throw new InputError(`--changed-since: ${file} is not in a git repository`)
    if (staged) return root
    try {
      return linkedOutOfRepository(file) ? undefined : root
    } catch {
      return root // Not on disk (standard input for a new file): nothing to follow.
    }
  }

  private repository(root: string): Repository {
    let repository = this.repositories.get(root)
    if (!repository) {
      repository = { root, commit: resolveCommit(root, this.ref), blobs: new Map() }
      this.repositories.set(root, repository)
    }
    return repository
  }
}

function resolveCommit(root: string, ref: string): string {
  try {
    return git(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]).trim()
  } catch {
    throw new InputError(`--changed-since: "${ref}" is not a commit in the repository ${root}`)
  }
}

/** The file's path in git's terms. */
function repositoryPath(root: string, file: string): string {
  return relative(root, file).split(sep).join('/')
}

/** Each path's blob id at the commit, from one `git cat-file --batch-check` (and one `git ls-tree` per name with a line break). */
function lookUpBlobs(root: string, commit: string, paths: string[]): Map<string, Blob | undefined> {
  const blobs = new Map<string, Blob | undefined>()
  // A name with a line break cannot be asked about in cat-file's lines: such a file once counted as
  // new, so all of it was reported and fixed however little had changed.
  for (const path of paths.filter((path) => path.includes('\n'))) blobs.set(path, blobInTree(root, commit, path))
  const plain = paths.filter((path) => !path.includes('\n'))
  if (plain.length === 0) return blobs
  // "COMMIT:path" names a path literally; each answer is "<id> <type> <size>" or "<name> missing".
  const answers = git(
    root,
    ['cat-file', '--batch-check=%(objectname) %(objecttype) %(objectsize)'],
    plain.map((path) => `${commit}:${path}\n`).join('')
  ).split('\n')
  plain.forEach((path, index) => {
    const [id, type, size] = (answers[index] ?? '').split(' ')
    blobs.set(path, blobOf(type, id, size))
  })
  return blobs
}

/** The path's blob at the commit, from `git ls-tree -z -l`: "<mode> <type> <id> <size>\t<path>", or nothing where it did not exist. */
function blobInTree(root: string, commit: string, path: string): Blob | undefined {
  const [, type, id, size] = git(root, ['ls-tree', '-z', '-l', '--full-tree', commit, '--', path]).split(/[ \t]+/)
  return blobOf(type, id, size)
}

/** A blob from git's answer for a path, or nothing where the path is no file there. */
function blobOf(type: string | undefined, id: string | undefined, size: string | undefined): Blob | undefined {
  // "<commit>:<name> missing" echoes the name: one like "a.md blob 10 x.md" must not read as a blob of a.md.
  return type === 'blob' && id !== undefined && OBJECT_ID.test(id) ? { id, bytes: Number(size) } : undefined
}

/** git's id of a blob with this text, in the repository's hash (SHA-1, or SHA-256 for 64-digit ids). */
function blobId(text: string, idLength: number): string {
  const bytes = Buffer.from(text, 'utf8')
  return createHash(idLength === 64 ? 'sha256' : 'sha1')
    .update(`blob ${bytes.length}\0`)
    .update(bytes)
    .digest('hex')
}

/** Line numbers (1-based) in `after` that are not in `before`; 'all' when the texts differ too much to tell. */
function addedLines(before: string, after: string): Set<number> | 'all' {
  // Line endings do not count: a checkout may turn a committed LF into CRLF.
  const changes = diffLines(before, after, { stripTrailingCr: true, maxEditLength: MAX_EDIT_LINES })
  if (!changes) return 'all'
  const lines = new Set<number>()
  let line = 1
  for (const change of changes) {
    if (change.removed) continue
    if (change.added) for (let at = line; at < line + change.count; at++) lines.add(at)
    line += change.count
  }
  return lines
}
