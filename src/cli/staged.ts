import { join, relative } from 'node:path'
import { isMarkdownPath } from '../config/article-files.js'
import { repositoryRoot } from '../config/repository.js'
import { MAX_FILE_BYTES } from '../engine/limits.js'
import { InputError, decodeInput } from './files.js'
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

// A regular file in the index; a link's blob is its target's name, a submodule's no blob at all.
const FILE_MODES = new Set(['100644', '100755'])

/** The staged markdown files of the repository around `cwd`, as the index holds them; problems are collected, not thrown. */
export function stagedArticles(cwd: string): { articles: StagedArticle[]; errors: InputError[] } {
  const root = repositoryRoot(cwd)
  if (!root) throw new InputError('--staged: not in a git repository')
  // What the commit adds or changes; deleted files have nothing to lint.
  const staged = new Set(git(root, ['diff', '--cached', '--name-only', '-z', '--diff-filter=ACMR']).split('\0').filter(isMarkdownPath))
  const entries = indexEntries(root).filter((entry) => staged.has(entry.name) && FILE_MODES.has(entry.mode))
  const sizes = blobSizes(
    root,
    entries.map((entry) => entry.id)
  )
  const articles: StagedArticle[] = []
  const errors: InputError[] = []
  entries.forEach((entry, index) => {
    const path = join(root, ...entry.name.split('/'))
    const display = relative(cwd, path) || path
    try {
      if (sizes[index] > MAX_FILE_BYTES)
        throw new InputError(`${display}: staged version over the limit of ${MAX_FILE_BYTES / 1024 / 1024} MB`)
      articles.push({ path, display, text: decodeInput(gitBytes(root, ['cat-file', 'blob', entry.id]), display) })
    } catch (error) {
      if (!(error instanceof InputError)) throw error
      errors.push(error)
    }
  })
  return { articles, errors }
}

/** Stage-0 entries of the index, from `git ls-files -s -z`: "<mode> <id> <stage>\t<name>". */
function indexEntries(root: string): Array<{ mode: string; id: string; name: string }> {
  const entries = []
  for (const record of git(root, ['ls-files', '-s', '-z']).split('\0')) {
    const tab = record.indexOf('\t')
    if (tab < 0) continue
    const [mode, id, stage] = record.slice(0, tab).split(' ')
    if (stage === '0' && OBJECT_ID.test(id ?? '')) entries.push({ mode: mode!, id: id!, name: record.slice(tab + 1) })
  }
  return entries
}

/** Each blob's size in bytes, from one `git cat-file --batch-check`: a version too large is not read. */
function blobSizes(root: string, ids: string[]): number[] {
  if (ids.length === 0) return []
  const answers = git(root, ['cat-file', '--batch-check=%(objectsize)'], ids.map((id) => `${id}\n`).join('')).split('\n')
  return ids.map((_, index) => Number(answers[index]))
}
