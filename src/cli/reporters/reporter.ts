import type { LintResult } from '../../lint/lint.js'
import type { SourceOverview } from '../../lint/source-overview.js'

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

/**
 * What reports read of a file's result. Plain data, so that a file linted on a worker thread is
 * reported as one linted in the main thread (the article model stays where it was built).
 */
export interface ReportedResult extends Pick<LintResult, 'path' | 'source' | 'findings' | 'locale'> {
  /** The file's source inventory, without the headline's place (an editor's concern). */
  sources: Omit<SourceOverview, 'headline'>
}

/** A report: text as it is printed, whole or in pieces written out as they are made, or a value printed as JSON (in pieces too). */
export type Report = { text: string } | { pieces: Iterable<string> } | { json: unknown }

export type Reporter = (results: ReportedResult[], options: ReportOptions) => Report
