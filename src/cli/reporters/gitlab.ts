import { createHash } from 'node:crypto'
import type { Reporter } from './reporter.js'
import { visible } from './json.js'
import { displayPath } from './paths.js'

// GitLab Code Quality report: a JSON array of issues with description, check_name, fingerprint,
// severity and location (path, lines.begin), as GitLab's code quality documentation specifies.
const GITLAB_SEVERITIES = ['info', 'minor', 'major'] as const

export const formatGitlab: Reporter = (results, { cwd, quiet }) => {
  const issues = []
  for (const result of results) {
    const path = displayPath(result.path, cwd)
    // The same finding on the same text twice in a file: the n-th occurrence keeps the fingerprints apart.
    const occurrences = new Map<string, number>()
    for (const finding of visible(result, quiet)) {
      const excerpt = result.source.slice(finding.offset, finding.endOffset)
      const key = `${path}\0${finding.ruleId}\0${finding.message}\0${excerpt}`
      const occurrence = occurrences.get(key) ?? 0
      occurrences.set(key, occurrence + 1)
      issues.push({
        description: finding.message,
        check_name: finding.ruleId,
        // Stable across runs and unrelated edits: the file, the rule, the text the finding is about (not its line).
        fingerprint: createHash('sha256').update(`${key}\0${occurrence}`).digest('hex'),
        severity: GITLAB_SEVERITIES[finding.severity],
        location: { path, lines: { begin: finding.line, end: finding.endLine } }
      })
    }
  }
  return { json: issues }
}
