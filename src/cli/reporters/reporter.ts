import type { LintResult } from '../../lint/lint.js'

export interface ReportOptions {
  /** Paths in reports are relative to this folder. */
  cwd: string
  /** Hide warnings (`--quiet`). */
  quiet: boolean
}

export type Reporter = (results: LintResult[], options: ReportOptions) => string
