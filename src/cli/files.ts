import { randomBytes } from 'node:crypto'
import {
  type Stats,
  closeSync,
  existsSync,
  fchmodSync,
  fchownSync,
  fstatSync,
  fsyncSync,
  openSync,
  readdirSync,
  realpath,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync
} from 'node:fs'
import { basename, dirname, join, relative, resolve, sep } from 'node:path'
import { glob, isDynamicPattern } from 'tinyglobby'
import { isMarkdownPath } from '../config/article-files.js'
import { isInside, linkedOutOfRepository } from '../config/repository.js'
import {
  BINARY,
  BINARY_PROBE,
  NOT_UTF8,
  UnreadableFile,
  decodeUtf8,
  describeError,
  readRegularFile,
  readTextFile
} from '../config/read-file.js'
import { LimitError, MAX_FILE_BYTES } from '../engine/limits.js'

/** A problem with a path or a file: the user's to fix, reported in one line, exit code 2. */
export class InputError extends Error {}

/**
 * How deep a walk or glob goes below where it starts. Each file's checks (its repository, its
 * links, its ignore files) look at every folder above it: 500 nested folders of an article and
 * an ignore file each took 16 s. Content repositories nest a handful.
 */
export const MAX_FOLDER_DEPTH = 64
/** Links a glob follows to one folder: each path through them may match its pattern. */
const MAX_LINKS_TO_FOLDER = 8
const SKIPPED_FOLDERS = new Set(['node_modules', '.git'])

/**
 * Expand command-line arguments (files, folders, globs) into files; problems are collected, not
 * thrown. `named`: the files given by name, which the user expects to hear about even when ignored.
 */
export async function expandArguments(args: string[], cwd: string): Promise<{ files: string[]; named: Set<string>; errors: InputError[] }> {
  const files = new Set<string>()
  const named = new Set<string>()
  const errors: InputError[] = []
  for (const arg of args) {
    const path = resolve(cwd, arg)
    const stat = statOrUndefined(path)
    if (stat?.isFile()) {
      files.add(path)
      named.add(path)
    } else if (stat?.isDirectory()) {
      const escaped = linkedOutside(path, arg)
      const found = escaped ? [] : walk(path, errors, cwd)
      if (escaped) errors.push(escaped)
      else if (found.length === 0) errors.push(new InputError(`${arg}: no markdown files in this folder`))
      for (const file of found) files.add(file)
    } else if (stat) {
      errors.push(new InputError(`${arg}: Unexpected device, pipe or socket, expected a markdown file or folder`))
    } else if (isDynamicPattern(arg)) {
      for (const file of await globFiles(arg, cwd, errors)) files.add(file)
    } else {
      errors.push(new InputError(arg.includes(REPLACEMENT) ? notUtf8Name(arg) : `${arg}: no such file or folder`))
    }
  }
  return { files: [...files], named, errors }
}

// A name that is not UTF-8 reaches newslint with U+FFFD in place of its bytes, and no file has that name.
export const REPLACEMENT = '\uFFFD'

export function notUtf8Name(path: string): string {
  return `${path}: skipped, unexpected file name that is not UTF-8, expected a UTF-8 name (rename the file)`
}

/** The markdown files a glob matches, sorted; links to folders out of the repository are not followed. */
async function globFiles(pattern: string, cwd: string, errors: InputError[]): Promise<string[]> {
  // The folder the pattern starts from is read as it is, link or not.
  const segments = pattern.split('/')
  const base = segments
    .slice(
      0,
      segments.findIndex((segment) => isDynamicPattern(segment))
    )
    .join('/')
  const escaped = base === '' ? undefined : linkedOutside(resolve(cwd, base), base)
  if (escaped) {
    errors.push(escaped)
    return []
  }
  const fs = { realpath: confinedRealpath(cwd, errors) }
  // One level more than the walk takes, to say that something was left below.
  const options = { cwd, absolute: true, onlyFiles: true, ignore: ['**/node_modules/**', '**/.git/**'], fs, deep: MAX_FOLDER_DEPTH + 1 }
  const found = (await glob(pattern, options)).filter(isMarkdownPath)
  const deep = (file: string) => relative(cwd, dirname(file)).split(sep).length > MAX_FOLDER_DEPTH
  const tooDeep = found.filter(deep)
  if (tooDeep.length > 0) errors.push(tooDeepError(tooDeep, cwd, cwd))
  const matches = found.filter((file) => !deep(file))
  if (matches.length === 0) errors.push(new InputError(`${pattern}: no markdown files match this pattern`))
  return matches.sort()
}

/**
 * `fs.realpath` for the glob's walk, which asks it only about links: one to a folder out of the
 * repository fails, so it is not followed; so does one of more links to a folder than a
 * newsroom makes (with a message). Folders of two links each to the next, committed ten deep,
 * made the walk list one article 1,023 times, and every level more doubled it.
 */
function confinedRealpath(cwd: string, errors: InputError[]): typeof realpath {
  // How often links led to each folder: every path may match the pattern, but each followed once more doubles the walk.
  const followed = new Map<string, number>()
  const confined = (link: string, callback: (error: Error | null, resolved?: string) => void) => {
    const path = resolve(cwd, link)
    const folder = statOrUndefined(path)?.isDirectory() === true
    const escaped = folder ? linkedOutside(path, relative(cwd, path)) : undefined
    if (escaped) {
      errors.push(escaped)
      return callback(escaped)
    }
    realpath(path, (error, resolved) => {
      if (error || resolved === undefined || !folder) return callback(error, resolved)
      // A link back to a folder the walk came through (".." or a sibling linking back) is a loop:
      // sixteen folders of sixteen such links made the walk list one file 257 times in 21 s.
      if (isInside(path, resolved)) return callback(new Error(`${link}: a link back to a folder above it`))
      const times = followed.get(resolved) ?? 0
      followed.set(resolved, times + 1)
      if (times < MAX_LINKS_TO_FOLDER) return callback(null, resolved)
      if (times === MAX_LINKS_TO_FOLDER)
        errors.push(
          new InputError(
            `${relative(cwd, path)}: skipped, unexpected more than ${MAX_LINKS_TO_FOLDER} links to one folder (${relative(cwd, resolved) || '.'}), expected at most ${MAX_LINKS_TO_FOLDER}`
          )
        )
      callback(new Error(`${link}: one link too many to ${resolved}`))
    })
  }
  return confined as typeof realpath
}

/**
 * A file or folder that a link leads out of the repository, as an error; undefined for one inside
 * it (or a broken link, which reading says). A commit could link any file on the machine, or its
 * root: a walk would list (and take minutes over) every file.
 */
function linkedOutside(path: string, display: string, what: 'file' | 'folder' = 'folder'): InputError | undefined {
  let root: string | undefined
  try {
    root = linkedOutOfRepository(path)
  } catch {
    return undefined
  }
  return root
    ? new InputError(`${display}: skipped, unexpected link to a ${what} outside the repository (${root}), expected a ${what} inside it`)
    : undefined
}

/** Markdown files below a folder, in a stable order; follows links to folders once, never in a loop, never out of the repository. */
function walk(root: string, errors: InputError[], cwd: string): string[] {
  const found: string[] = []
  const seen = new Set<string>()
  const tooDeep: string[] = []
  // `known`: the real path of a folder that is no link (its parent's real path and its name);
  // resolving each folder anew looks at every folder above it, and a walk 1,000 folders deep took 15 s.
  const visit = (dir: string, depth: number, known?: string) => {
    if (depth > MAX_FOLDER_DEPTH) {
      tooDeep.push(dir)
      return
    }
    let real: string
    try {
      real = known ?? realpathSync(dir)
    } catch {
      errors.push(new InputError(`${dir}: cannot resolve this folder (a broken or looping link?)`))
      return
    }
    if (seen.has(real)) return
    seen.add(real)
    let entries
    try {
      entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    } catch (error) {
      errors.push(new InputError(`${dir}: cannot read this folder (${(error as NodeJS.ErrnoException).code})`))
      return
    }
    for (const entry of entries) {
      const path = join(dir, entry.name)
      if (SKIPPED_FOLDERS.has(entry.name)) continue
      if (entry.name.includes(REPLACEMENT) && !existsSync(path)) {
        if (isMarkdownPath(entry.name)) errors.push(new InputError(notUtf8Name(path)))
        continue
      }
      const stat = entry.isSymbolicLink() ? statOrUndefined(path) : entry
      const escaped = entry.isSymbolicLink() && stat?.isDirectory() ? linkedOutside(path, relative(cwd, path)) : undefined
      if (escaped) errors.push(escaped)
      else if (stat?.isDirectory()) visit(path, depth + 1, entry.isSymbolicLink() ? undefined : join(real, entry.name))
      // An article's name on a broken link, a device or a pipe is read too, and refused with a message, as when named.
      // A hidden broken link is an editor's lock file beside the article (Emacs's ".#a.md"), passed over.
      else if (isMarkdownPath(entry.name) && (stat !== undefined || !entry.name.startsWith('.'))) found.push(path)
    }
  }
  visit(root, 0)
  if (tooDeep.length > 0) errors.push(tooDeepError(tooDeep, root, cwd))
  return found
}

function tooDeepError(skipped: string[], from: string, cwd: string): InputError {
  const more = skipped.length > 1 ? ` with ${skipped.length - 1} more` : ''
  return new InputError(
    `${relative(cwd, skipped[0])}: skipped${more}, unexpected more than ${MAX_FOLDER_DEPTH} folders below ${relative(cwd, from) || '.'}, expected at most ${MAX_FOLDER_DEPTH}`
  )
}

/**
 * Read an article as UTF-8 text; binary and non-UTF-8 files, links out of the repository and
 * anything but a regular file of sensible size are refused with a clear message.
 */
export function readText(path: string, display = path): string {
  confine(path, display)
  try {
    return decodeText(readRegularFile(path), display)
  } catch (error) {
    if (error instanceof UnreadableFile) throw new InputError(`${display}: cannot read (${error.message})`)
    if (error instanceof LimitError) throw new InputError(`${display}: ${error.message}`)
    throw error
  }
}

/** Links are followed only inside the repository: a commit could point one at any file on the machine. */
function confine(path: string, display: string): void {
  const escaped = linkedOutside(path, display, 'file')
  if (escaped) throw escaped
}

/** Standard input as an article: more than a file may hold is refused before it is decoded (it may never end). */
export function decodeInput(bytes: Uint8Array, display: string): string {
  if (bytes.length > MAX_FILE_BYTES)
    throw new InputError(
      `${display}: Unexpected input of more than ${MAX_FILE_BYTES / 1024 / 1024} MB, expected at most ${MAX_FILE_BYTES / 1024 / 1024} MB`
    )
  return decodeText(bytes, display)
}

function decodeText(bytes: Uint8Array, display: string): string {
  // UTF-16 and UTF-32 hold a NUL in every character of Latin script: the byte-order mark tells them from binary.
  const encoding = unicodeByMark(bytes)
  if (encoding) throw new InputError(`${display}: ${encoding} text, expected UTF-8 text (re-save the file as UTF-8)`)
  if (bytes.subarray(0, BINARY_PROBE).includes(0)) throw new InputError(`${display}: ${BINARY}`)
  const text = decodeUtf8(bytes)
  if (text === undefined) throw new InputError(`${display}: ${NOT_UTF8}`)
  return text
}

/** The Unicode encoding other than UTF-8 that the byte-order mark opening `bytes` names, if any. */
function unicodeByMark(bytes: Uint8Array): 'UTF-16' | 'UTF-32' | undefined {
  const [a, b, c, d] = bytes
  if ((a === 0xff && b === 0xfe && c === 0 && d === 0) || (a === 0 && b === 0 && c === 0xfe && d === 0xff)) return 'UTF-32'
  if ((a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff)) return 'UTF-16'
  return undefined
}

/**
 * Replace a file's contents atomically: write a temporary file beside it with the same mode and
 * owner, and rename it over the original, but only if the file on disk is still `expected`.
 * Links inside the repository are followed, so the target is fixed and the link stays a link. A
 * file with hard links is refused: renaming would split it from its other names. `whileWriting`
 * runs once the temporary file is complete: where another program saves then (a test's).
 */
export function writeAtomic(path: string, expected: string, output: string, display = path, whileWriting?: () => void): void {
  confine(path, display)
  let target: string
  try {
    target = realpathSync(path)
  } catch (error) {
    throw new InputError(`${display}: cannot fix, file is gone (${describeError(error)})`)
  }
  const stat = statSync(target)
  // Renaming over a read-only file would succeed (the folder is what counts): respect the user's intent.
  if ((stat.mode & 0o222) === 0) throw new InputError(`${display}: not fixed, the file is read-only`)
  if (stat.nlink > 1)
    throw new InputError(`${display}: not fixed, unexpected ${stat.nlink} hard links to the file, expected one (a fix would split them)`)
  if (readCurrent(target, display) !== expected)
    throw new InputError(`${display}: not fixed, the file changed while newslint was reading it`)
  // A file's name may use up all the bytes a name may have: the temporary name keeps only its start.
  const temporary = join(dirname(target), `.${basename(target).slice(0, 64)}.newslint-${process.pid}-${randomBytes(4).toString('hex')}.tmp`)
  let fd: number | undefined
  try {
    fd = openSync(temporary, 'wx', 0o600)
    keepOwner(fd, stat, display)
    // After the owner: changing it clears the set-user-id and set-group-id bits.
    fchmodSync(fd, stat.mode & 0o7777)
    writeSync(fd, output)
    fsyncSync(fd)
    closeSync(fd)
    fd = undefined
    whileWriting?.()
    // Again just before the rename: an editor may have saved while the fix was written (the rename
    // cannot compare and swap; this leaves it the moment between this read and the rename).
    if (readCurrent(target, display) !== expected)
      throw new InputError(`${display}: not fixed, the file changed while newslint was writing the fix`)
    renameSync(temporary, target)
  } catch (error) {
    if (fd !== undefined) closeSync(fd)
    try {
      unlinkSync(temporary)
    } catch {
      // The temporary file was never created.
    }
    if (error instanceof InputError) throw error
    throw new InputError(`${display}: cannot fix (${describeError(error)}); the file is unchanged`)
  }
}

function readCurrent(target: string, display: string): string {
  try {
    return readTextFile(target)
  } catch (error) {
    throw new InputError(`${display}: cannot fix (${(error as Error).message})`)
  }
}

/** The new file gets the old one's owner and group; when the caller may not give it them, nothing is written. */
function keepOwner(fd: number, original: Stats, display: string): void {
  if (process.platform === 'win32') return
  const created = fstatSync(fd)
  if (created.uid === original.uid && created.gid === original.gid) return
  try {
    fchownSync(fd, original.uid, original.gid)
  } catch {
    throw new InputError(
      `${display}: not fixed, unexpected owner (uid ${original.uid}, gid ${original.gid}) that a fix could not keep, expected a file of your own`
    )
  }
}

function statOrUndefined(path: string) {
  try {
    return statSync(path)
  } catch {
    return undefined
  }
}
