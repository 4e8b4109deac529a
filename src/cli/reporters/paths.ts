import { relative, sep } from 'node:path'

/** A path as reports show it: relative to the working folder, with forward slashes. */
export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path)
  return (rel.startsWith('..') || rel === '' ? path : rel).split(sep).join('/')
}
