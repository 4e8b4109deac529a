import { join, relative } from 'node:path'
import { isMarkdownPath } from '../config/article-files.js'
import { isInside, repositoryRoot } from '../config/repository.js'
import { MAX_FILE_BYTES } from '../engine/limits.js'
import { InputError, REPLACEMENT, decodeInput, notUtf8Name } from './files.js'
import { OBJECT_ID, git, gitBytes } from './git.js'

// `--staged`: what a commit will hold is the index's version of each staged file, not the working
// tree's. With `git add -p` an editor stages part of an edit; a hook that read the files on disk
// would judge text that is not committed, and let through text that is.

export interface StagedArticle {
  /** The file's path in the working tree: its config and ignore rules are looked up there. */
  path: string
  display: string
  text: string
}

interface StagedEntry {
  path: string
  display: string
  id: string
  bytes: number
}

// A regular file in the index; a link's blob is its target's name, a submodule's no blob at all.
const FILE_MODES = new Set(['100644', '100755'])
// Blobs read with one `git cat-file --batch` together: memory holds one batch, not every staged
// file, and thousands of files cost a few git runs, not one each.
const BATCH_BYTES = 8 * 1024 * 1024

/**
 * Visit the staged markdown files of the repository around `cwd` one at a time, as the index holds
 * them. A file that cannot be linted (too large, not UTF-8, a name leading out of the repository)
 * is a problem of its own, returned; the others are visited.
 */
export function visitStaged(cwd: string, visit: (article: StagedArticle) => void): InputError[] {
  const root = repositoryRoot(cwd)
  if (!root) throw new InputError('--staged: not in a git repository')
  const errors: InputError[] = []
  const entries: StagedEntry[] = []
  for (const entry of stagedEntries(root, cwd)) {
    if (typeof entry === 'string') errors.push(new InputError(entry))
    else if (entry.bytes > MAX_FILE_BYTES)
      errors.push(new InputError(`${entry.display}: staged version over the limit of ${MAX_FILE_BYTES / 1024 / 1024} MB`))
    else entries.push(entry)
  }
  for (const batch of batches(entries)) {
    // A plain loop, no callback: an error made while visiting keeps its stack's functions, and a
    // closure over `blobs` kept every batch's bytes with it (400 staged files of 9 MB: 3 GB).
    const blobs = readBlobs(root, batch)
    for (let index = 0; index < batch.length; index++) {
      const entry = batch[index]
      try {
        visit({ path: entry.path, display: entry.display, text: decodeInput(blobs[index], entry.display) })
      } catch (error) {
        if (!(error instanceof InputError)) throw error
        errors.push(error)
      }
    }
  }
  return errors
}

/** The staged markdown files (stage 0, regular files), with their blob's id and size; a name that cannot be linted as its message. */
function stagedEntries(root: string, cwd: string): Array<StagedEntry | string> {
  // A .git that is no repository: git's own words, not a diff's complaint about its options.
  git(root, ['rev-parse', '--git-dir'])
  // What the commit adds, changes or turns into a file (a link or submodule before); deleted files have nothing to lint.
  const staged = new Set(git(root, ['diff', '--cached', '--name-only', '-z', '--diff-filter=ACMRT']).split('\0').filter(isMarkdownPath))
  const found: Array<StagedEntry | string> = []
  const files: StagedEntry[] = []
  for (const record of git(root, ['ls-files', '-s', '-z']).split('\0')) {
    const tab = record.indexOf('\t')
    const [mode, id, stage] = record.slice(0, Math.max(tab, 0)).split(' ')
    const name = record.slice(tab + 1)
    if (tab < 0 || stage !== '0' || !FILE_MODES.has(mode!) || !OBJECT_ID.test(id ?? '') || !staged.has(name)) continue
    const path = join(root, ...name.split('/'))
    const display = relative(cwd, path) || path
    // git's index may hold any bytes: a name that is not UTF-8 has no path to look up configs at,
    // and a crafted "../x.md" would have newslint read configs outside the repository.
    if (name.includes(REPLACEMENT)) found.push(notUtf8Name(display))
    else if (!isInside(path, root)) found.push(`${display}: skipped, staged path leads out of the repository`)
    else files.push({ path, display, id: id!, bytes: 0 })
  }
  const sizes = blobSizes(
    root,
    files.map((file) => file.id)
  )
  files.forEach((file, index) => found.push({ ...file, bytes: sizes[index] }))
  return found
}

function* batches(entries: StagedEntry[]): Generator<StagedEntry[]> {
  let batch: StagedEntry[] = []
  let bytes = 0
  for (const entry of entries) {
    if (batch.length > 0 && bytes + entry.bytes > BATCH_BYTES) {
      yield batch
      batch = []
      bytes = 0
    }
    batch.push(entry)
    bytes += entry.bytes
  }
  if (batch.length > 0) yield batch
}

/** The blobs of a batch, from one `git cat-file --batch`: "<id> <type> <size>\n<bytes>\n" each. */
function readBlobs(root: string, batch: StagedEntry[]): Buffer[] {
  const output = gitBytes(root, ['cat-file', '--batch'], batch.map((entry) => `${entry.id}\n`).join(''))
  const blobs: Buffer[] = []
  let at = 0
  for (const entry of batch) {
    const headerEnd = output.indexOf(10, at)
    const [, type, size] = output.subarray(at, headerEnd).toString('latin1').split(' ')
    if (headerEnd < 0 || type !== 'blob') throw new InputError(`${entry.display}: git could not read the staged version`)
    const start = headerEnd + 1
    blobs.push(output.subarray(start, start + Number(size)))
    at = start + Number(size) + 1
  }
  return blobs
}

/** Each blob's size in bytes, from one `git cat-file --batch-check`: a version too large is not read. */
function blobSizes(root: string, ids: string[]): number[] {
  if (ids.length === 0) return []
  const answers = git(root, ['cat-file', '--batch-check=%(objectsize)'], ids.map((id) => `${id}\n`).join('')).split('\n')
  return ids.map((_, index) => Number(answers[index]))
}
