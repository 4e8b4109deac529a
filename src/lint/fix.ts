import { append } from '../engine/arrays.js'
import type { Config } from '../config/config.js'
import { LimitError } from '../engine/limits.js'
import { type Finding, type LintResult, lintSource } from './lint.js'
import type { Edit } from './rule.js'
import { EVERYWHERE, type Scope, pointMover } from './scope.js'

// Fixes are minimal text edits on the file as it is: the markdown is never re-serialised, so
// everything a fix does not touch stays byte for byte.

const MAX_PASSES = 10

/**
 * Apply the edits of the given findings; a finding whose edits overlap an earlier one waits for
 * the next pass (`deferred`). Findings that only delete and share what lies between them (two
 * pasted blocks at the end, the last taking the blank line before it) delete together in one
 * pass: the next pass may no longer see the second (a teaser headline, its label gone).
 */
export function applyFixes(source: string, findings: Finding[]): { output: string; applied: number; edits: Edit[]; deferred: Finding[] } {
  const accepted: Edit[] = []
  const deferred: Finding[] = []
  const taken = new Uint8Array(source.length + 1)
  let applied = 0
  const candidates = findings.filter((finding) => finding.fix && finding.fix.length > 0).sort((a, b) => firstStart(a) - firstStart(b))
  for (const unit of withDeletionsJoined(source, candidates)) {
    const { edits } = unit
    if (edits.some((edit, i) => isTaken(taken, edit) || edits.some((other, j) => j < i && overlaps(edit, other)))) {
      append(deferred, unit.findings)
      continue
    }
    for (const edit of edits) take(taken, edit)
    append(accepted, edits)
    applied += unit.findings.length
  }
  // Built in one walk: splicing each edit into the whole text made thousands of fixes quadratic.
  accepted.sort((a, b) => a.start - b.start)
  const parts: string[] = []
  let at = 0
  for (const edit of accepted) {
    parts.push(source.slice(at, edit.start), edit.text)
    at = edit.end
  }
  parts.push(source.slice(at))
  return { output: parts.join(''), applied, edits: accepted, deferred }
}

/**
 * Fix what the lint of `source` reports, then lint the result. A fix that overlaps another waits
 * for a pass of its own, on the text the last one left; a later pass fixes only such waiting
 * findings, never one that only the fixed text shows (removing a post once left its signature
 * line, which then claimed the paragraph above as the post, and so on up the article). Only
 * findings in `scope` are fixed; the scope returned is the same part of the fixed text.
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
  let reported = result.findings.filter((finding) => scope.covers(finding))
  for (let pass = 0; pass < MAX_PASSES && reported.length > 0; pass++) {
    const { output: next, applied, edits, deferred } = applyFixes(output, reported)
    if (applied === 0 || next === output) break
    fixed += applied
    output = next
    scope = scope.after(edits)
    result = lintFixed(path, output, config)
    const move = pointMover(edits)
    const waiting = new Set(deferred.flatMap((finding) => movedKey(finding, move) ?? []))
    // A waiting finding whose place an edit took (a credit line to insert where a pasted box was
    // deleted) is known again by its rule and message, where the new text reports that once.
    const displaced = new Set(deferred.filter((finding) => movedKey(finding, move) === undefined).map(ruleAndMessage))
    const counts = countBy(result.findings, ruleAndMessage)
    reported = result.findings.filter(
      (finding) =>
        waiting.has(findingKey(finding, finding.offset, finding.endOffset)) ||
        (displaced.has(ruleAndMessage(finding)) && counts.get(ruleAndMessage(finding)) === 1)
    )
  }
  return { output, fixed, result, scope }
}

/** The lint of the text after a pass; a fix that makes it too large (a 9.5 MB file of '"' made „“) leaves the file as it was, and says so. */
function lintFixed(path: string, text: string, config: Config): LintResult {
  try {
    return lintSource(path, text, config)
  } catch (error) {
    if (error instanceof LimitError) throw new LimitError(`${error.message} once fixed, so the file is left as it was`)
    throw error
  }
}

/** A finding waiting for the next pass, as it should stand in the text after the pass's edits; none if an edit replaced its start or end. */
function movedKey(finding: Finding, move: ReturnType<typeof pointMover>): string | undefined {
  const start = move(finding.offset, 'start')
  const end = move(finding.endOffset, 'end')
  return start.replaced || end.replaced ? undefined : findingKey(finding, start.at, end.at)
}

function findingKey(finding: Finding, start: number, end: number): string {
  return `${finding.ruleId} ${start} ${end} ${finding.message}`
}

function ruleAndMessage(finding: Finding): string {
  return `${finding.ruleId} ${finding.message}`
}

function countBy<T>(items: T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>()
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1)
  return counts
}

/**
 * The findings in order, each with its edits; a finding that makes one deletion starting inside
 * the deletion before it joins that one (and, so widened, maybe the one before that). The later
 * one took the separator they share from before itself (a block at the end takes the blank line
 * above it): together they take the same separator from before the first, so that no blank
 * lines are left at the end.
 */
function withDeletionsJoined(source: string, findings: Finding[]): Array<{ findings: Finding[]; edits: Edit[] }> {
  const units: Array<{ findings: Finding[]; edits: Edit[] }> = []
  for (const finding of findings) {
    let unit = { findings: [finding], edits: finding.fix! }
    // Joined, the deletion may reach into the one before that in turn.
    for (let last = units[units.length - 1]; last && joinable(last.edits, unit.edits); last = units[units.length - 1]) {
      units.pop()
      append(last.findings, unit.findings)
      last.edits = [joined(source, last.edits[0], unit.edits[0])]
      unit = last
    }
    units.push(unit)
  }
  return units
}

/** Both one deletion, the second starting inside the first. */
function joinable(first: Edit[], second: Edit[]): boolean {
  const [a, b] = [first[0], second[0]]
  return first.length === 1 && second.length === 1 && a.text === '' && b.text === '' && a.start <= b.start && b.start < a.end
}

function joined(source: string, first: Edit, second: Edit): Edit {
  const shared = source.slice(second.start, first.end)
  const takesBefore = first.start >= shared.length && source.slice(first.start - shared.length, first.start) === shared
  const start = takesBefore ? first.start - shared.length : first.start
  return { start, end: Math.max(first.end, second.end), text: '' }
}

function firstStart(finding: Finding): number {
  return finding.fix!.reduce((first, edit) => Math.min(first, edit.start), Infinity)
}

// `taken` marks each character an accepted edit replaces and each place one inserts at, so an edit
// is checked against all accepted ones by reading its own span (accepted edits never share a mark).

/** Whether `edit` overlaps an accepted edit: touches a replaced character, or inserts where one replaces or inserts. */
function isTaken(taken: Uint8Array, edit: Edit): boolean {
  if (edit.start === edit.end) return taken[edit.start] === 1
  for (let at = edit.start; at < edit.end; at++) if (taken[at] === 1) return true
  return false
}

function take(taken: Uint8Array, edit: Edit): void {
  taken.fill(1, edit.start, Math.max(edit.end, edit.start + 1))
}

function overlaps(a: Edit, b: Edit): boolean {
  // Two insertions at the same place conflict too: their order would be arbitrary.
  return (a.start < b.end && b.start < a.end) || (a.start === b.start && (a.start === a.end || b.start === b.end))
}
