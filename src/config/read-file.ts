import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, statSync, type Stats } from 'node:fs'
import { checkFileSize } from '../engine/limits.js'

// Every file newslint reads from a repository (articles, configs, ignore files) comes through
// here. Those files are untrusted: a committed link to /dev/zero must not fill the memory, and a
// named pipe must not hang the run, so only regular files up to a size are read.

/** Why a file could not be read, as a short phrase ("unexpected folder, expected a regular file"). */
export class UnreadableFile extends Error {}

// Opening a named pipe without O_NONBLOCK waits for a writer that may never come (not on Windows).
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0)

export function readRegularFile(path: string): Buffer {
  let fd: number
  try {
    fd = openSync(path, OPEN_FLAGS)
  } catch (error) {
    throw new UnreadableFile(describeError(error))
  }
  try {
    const stat = fstatSync(fd)
    if (!stat.isFile()) throw new UnreadableFile(`unexpected ${fileKind(stat)}, expected a regular file`)
    return readAtMost(fd, stat.size)
  } finally {
    closeSync(fd)
  }
}

/** The file's bytes, as many as it had when opened (one that grows meanwhile is cut there). */
function readAtMost(fd: number, size: number): Buffer {
  checkFileSize(size)
  const buffer = Buffer.alloc(size)
  let length = 0
  while (length < size) {
    let read: number
    try {
      read = readSync(fd, buffer, length, size - length, null)
    } catch (error) {
      throw new UnreadableFile(describeError(error))
    }
    if (read === 0) break
    length += read
  }
  return buffer.subarray(0, length)
}

/** What a file that is not UTF-8 is told: every text newslint reads (articles, configs, ignore files) is UTF-8. */
export const NOT_UTF8 = 'not valid UTF-8, expected UTF-8 text (re-save the file as UTF-8)'

/** What a file is told that holds a NUL byte among its first `BINARY_PROBE` (text never does). */
export const BINARY = 'binary file (contains NUL bytes), expected UTF-8 text'
export const BINARY_PROBE = 8000

/** The bytes as UTF-8 text, a byte-order mark kept; undefined where they are not valid UTF-8 (no replacement characters). */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    return undefined
  }
}

/** A regular file's text; one that is not UTF-8 (a Latin-1 config's "Grüße") is refused, not read with its words mangled. */
export function readTextFile(path: string): string {
  const text = decodeUtf8(readRegularFile(path))
  if (text === undefined) throw new UnreadableFile(NOT_UTF8)
  return text
}

function fileKind(stat: Stats): string {
  if (stat.isDirectory()) return 'folder'
  if (stat.isFIFO()) return 'named pipe'
  if (stat.isCharacterDevice()) return 'character device'
  if (stat.isBlockDevice()) return 'block device'
  if (stat.isSocket()) return 'socket'
  return 'special file'
}

export function describeError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code
  const messages: Record<string, string> = {
    ENOENT: 'no such file',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EISDIR: 'is a folder',
    ELOOP: 'too many levels of links',
    ENAMETOOLONG: 'a name too long',
    EROFS: 'read-only file system'
  }
  return (code && messages[code]) ?? (error as Error).message
}

/**
 * Whether anything is at `path`, the link itself where it is one: a link that loops or leads
 * nowhere is there too, so that reading it refuses it with a message instead of the file being
 * passed over in silence (or its folder's discovery failing for the whole run).
 */
export function isThere(path: string): boolean {
  try {
    return lstatSync(path, { throwIfNoEntry: false }) !== undefined
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ENOTDIR'
  }
}

/**
 * What is at `path`, or undefined where nothing is: no entry, or a file where a folder on the way
 * should be (a staged article's folder replaced by a file on disk).
 */
export function statIfThere(path: string): Stats | undefined {
  try {
    return statSync(path, { throwIfNoEntry: false })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOTDIR') return undefined
    throw error
  }
}
