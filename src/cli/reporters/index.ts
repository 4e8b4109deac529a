import type { LintResult } from '../../lint/lint.js'
import { formatGithub } from './github.js'
import { formatGitlab } from './gitlab.js'
import { formatJson } from './json.js'
import { formatSarif } from './sarif.js'
import { formatStylish } from './stylish.js'

export interface ReportOptions {
  /** Paths in reports are relative to this folder. */
  cwd: string
  /** Hide warnings (`--quiet`). */
  quiet: boolean
}

export type Reporter = (results: LintResult[], options: ReportOptions) => string

// A Map, not an object: `--format constructor` must not find Object's own properties.
export const REPORTERS = new Map<string, Reporter>([
  ['stylish', formatStylish],
  ['json', formatJson],
  ['sarif', formatSarif],
  ['github', formatGithub],
  ['gitlab', formatGitlab]
])
