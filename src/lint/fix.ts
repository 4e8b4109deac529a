import { append } from '../engine/arrays.js'
import type { Config } from '../config/config.js'
import { type Finding, type LintResult, lintSource } from './lint.js'
import type { Edit } from './rule.js'
import { EVERYWHERE, type Scope } from './scope.js'

// Fixes are minimal text edits on the file as it is: the markdown is never re-serialised, so
// everything a fix does not touch stays byte for byte.

const MAX_PASSES = 10

/** Apply the edits of the given findings; a finding whose edits overlap an earlier one waits for the next pass. */
export function applyFixes(source: string, findings: Finding[]): { output: string; applied: number; edits: Edit[] } {
  const accepted: Edit[] = []
  let applied = 0
  const candidates = findings.filter((finding) => finding.fix && finding.fix.length > 0).sort((a, b) => firstStart(a) - firstStart(b))
  for (const finding of candidates) {
    const edits = finding.fix!
    if (edits.some((edit) => accepted.some((other) => overlaps(edit, other)))) continue
    append(accepted, edits)
    applied++
  }
  accepted.sort((a, b) => b.start - a.start || b.end - a.end)
  let output = source
  for (const edit of accepted) output = output.slice(0, edit.start) + edit.text + output.slice(edit.end)
  return { output, applied, edits: accepted }
}

/**
 * Fix until nothing fixable is left (or the passes run out), then lint the result. Only findings
 * in `scope` are fixed; the scope returned is the same part of the fixed text.
 */
export function fixSource(
  path: string,
  source: string,
  config: Config,
  scope: Scope = EVERYWHERE
): { output: string; fixed: number; result: LintResult; scope: Scope } {
  let output = source
  let fixed = 0
  let result = lintSource(path, output, config)
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const {
      output: next,
      applied,
      edits
    } = applyFixes(
      output,
      result.findings.filter((finding) => scope.covers(finding))
    )
    if (applied === 0 || next === output) break
    fixed += applied
    output = next
    scope = scope.after(edits)
    result = lintSource(path, output, config)
  }
  return { output, fixed, result, scope }
}

function firstStart(finding: Finding): number {
  return finding.fix!.reduce((first, edit) => Math.min(first, edit.start), Infinity)
}

function overlaps(a: Edit, b: Edit): boolean {
  // Two insertions at the same place conflict too: their order would be arbitrary.
  return (a.start < b.end && b.start < a.end) || (a.start === b.start && (a.start === a.end || b.start === b.end))
}
