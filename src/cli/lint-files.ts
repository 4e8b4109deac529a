import { relative } from 'node:path'
import { ConfigError, type Config } from '../config/config.js'
import type { ConfigResolver } from '../config/resolver.js'
import { LimitError } from '../engine/limits.js'
import { fixSource } from '../lint/fix.js'
import { type LintResult, lintSource } from '../lint/lint.js'
import { EVERYWHERE, linesScope } from '../lint/scope.js'
import { sourceOverview } from '../lint/source-overview.js'
import type { ChangedSince } from './changed.js'
import { InputError, readText, writeAtomic } from './files.js'
import type { ReportedResult } from './reporters/reporter.js'
import { holdYoungGenerationFor } from './v8-flags.js'

/** A file to lint, with its config as the main thread resolved it (or that config's error message). */
export interface FileJob {
  path: string
  display: string
  config: Config | string
}

/** One file's outcome: its result, the one-line message of a user's problem (exit 2), or nothing when it is ignored. */
export type FileOutcome = { result: ReportedResult } | { error: string } | undefined

/** A file's config and ignore rules, resolved where the resolver's cache lives; an outcome already for an ignored file. */
export function planFile(resolver: ConfigResolver, cwd: string, path: string): FileJob | FileOutcome {
  const display = relative(cwd, path) || path
  try {
    if (resolver.isIgnored(path)) return undefined
    return { path, display, config: resolver.forFile(path) }
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    // A broken config is reported once the file proves readable, as when the file is linted.
    return { path, display, config: error.message }
  }
}

export function isJob(planned: FileJob | FileOutcome): planned is FileJob {
  return planned !== undefined && 'path' in planned
}

/** Read, lint and (with `fix`) fix one file; problems of the user's are its outcome, a bug of ours is thrown. */
export function lintFile(job: FileJob, fix: boolean, changedSince?: ChangedSince): FileOutcome {
  try {
    const source = readText(job.path, job.display)
    if (typeof job.config === 'string') return { error: job.config }
    const lines = changedSince ? changedSince.lines(job.path, source) : 'all'
    const { result, output } = lintText(job.path, source, job.config, fix, lines, job.display)
    if (output !== source) writeAtomic(job.path, source, output, job.display)
    return { result }
  } catch (error) {
    if (!(error instanceof InputError || error instanceof ConfigError)) throw error
    return { error: error.message }
  }
}

/**
 * Lint (or fix) a text, reporting on and fixing only `lines` ('all' but with --changed-since);
 * `output` is the fixed text, the same string when nothing changed.
 */
export function lintText(
  path: string,
  source: string,
  config: Config,
  fix: boolean,
  lines: ReadonlySet<number> | 'all',
  display: string
): { result: ReportedResult; output: string } {
  holdYoungGenerationFor(source)
  let scope = lines === 'all' ? EVERYWHERE : linesScope(source, lines)
  let result: LintResult
  let output = source
  if (fix) {
    // Fix exactly what is reported: with --changed-since, findings on changed lines only.
    ;({ result, scope, output } = withinLimits(display, () => fixSource(path, source, config, scope)))
  } else {
    result = withinLimits(display, () => lintSource(path, source, config))
  }
  const { headline: _headline, ...sources } = sourceOverview(result.article)
  return {
    result: {
      path,
      source: result.source,
      findings: result.findings.filter((finding) => scope.covers(finding)),
      sources,
      locale: result.locale
    },
    output
  }
}

/** Run the engine on one file; input beyond the engine's limits is the user's to fix, reported with the file's name. */
export function withinLimits<T>(display: string, run: () => T): T {
  try {
    return run()
  } catch (error) {
    if (error instanceof LimitError) throw new InputError(`${display}: ${error.message}`)
    throw error
  }
}
