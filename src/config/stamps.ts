import { statIfThere } from './read-file.js'

// What a file on disk looked like when configuration was read from it, so that a long-running
// process (the language server) can tell a config, an extended config or an ignore file that was
// created, edited or deleted since, without an editor telling it.

/** Paths with how each looked: a file by its change time and size, a folder by being one, a missing path by '-'. */
export type Stamps = Array<[path: string, stamp: string]>

function stampOf(path: string): string {
  let stats
  try {
    stats = statIfThere(path)
  } catch (error) {
    // A link that loops or whose target's name is too long: stamped as such, read again once mended.
    return `error:${(error as NodeJS.ErrnoException).code}`
  }
  if (!stats) return '-'
  // A folder (`.git`) counts only as there: git writes into it all the time.
  return stats.isDirectory() ? 'folder' : `${stats.mtimeMs}:${stats.ctimeMs}:${stats.size}`
}

export function stamp(paths: string[]): Stamps {
  return paths.map((path) => [path, stampOf(path)])
}

export function changedSince(stamps: Stamps): boolean {
  return stamps.some(([path, before]) => stampOf(path) !== before)
}
