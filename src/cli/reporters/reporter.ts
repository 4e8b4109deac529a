import type { LintResult } from '../../lint/lint.js'

export interface ReportOptions {
  /** Paths in reports are relative to this folder. */
  cwd: string
  /** Hide warnings and suggestions (`--quiet`). */
  quiet: boolean
  /** Show suggestions in the terminal report (`--suggestions`); machine formats always carry them. */
  suggestions?: boolean
  /** Show each finding's reason under it (`--verbose`, stylish); machine formats always carry it. */
  verbose?: boolean
}

export type Reporter = (results: LintResult[], options: ReportOptions) => string
