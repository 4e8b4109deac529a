import { isAbsolute, relative, sep } from 'node:path'

/** A path as reports show it: relative to the working folder, with forward slashes. */
export function displayPath(path: string, cwd: string): string {
  return pathInside(path, cwd) ?? path.split(sep).join('/')
}

/** The path relative to `cwd` with forward slashes, or undefined for a path outside it (`..draft.md` is inside). */
export function pathInside(path: string, cwd: string): string | undefined {
  const rel = relative(cwd, path)
  const outside = rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)
  return outside ? undefined : rel.split(sep).join('/')
}
