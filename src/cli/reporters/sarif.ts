import { pathToFileURL } from 'node:url'
import { RULES } from '../../../rules/index.js'
import { ruleDocsUrl } from '../../docs/rule-docs.js'
import { severityName } from '../../lint/lint.js'
import { VERSION } from '../../version.js'
import type { Reporter } from './reporter.js'
import { visible } from './json.js'
import { pathInside } from './paths.js'

// SARIF 2.1.0, the format code-scanning services read; validated against the OASIS schema in the tests.
const LEVELS = { suggestion: 'note', warn: 'warning', warning: 'warning', error: 'error' } as const

export const formatSarif: Reporter = (results, { cwd, quiet }) => {
  const rules = RULES.map((rule) => ({
    id: rule.meta.id,
    shortDescription: { text: rule.meta.summary },
    fullDescription: { text: rule.meta.standard },
    helpUri: ruleDocsUrl(rule.meta.id),
    defaultConfiguration: { level: LEVELS[rule.meta.severity] }
  }))
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]))
  const sarifResults = results.flatMap((result) =>
    visible(result, quiet).map((finding) => {
      const artifactLocation = artifactLocationOf(result.path, cwd)
      const region = {
        startLine: finding.line,
        startColumn: finding.column,
        endLine: finding.endLine,
        endColumn: finding.endColumn,
        charOffset: finding.offset,
        charLength: finding.endOffset - finding.offset
      }
      const index = ruleIndex.get(finding.ruleId)
      return {
        ruleId: finding.ruleId,
        ...(index === undefined ? {} : { ruleIndex: index }),
        level: LEVELS[severityName(finding.severity)],
        message: { text: finding.message },
        locations: [{ physicalLocation: { artifactLocation, region } }],
        ...(finding.detail ? { properties: { detail: finding.detail } } : {}),
        ...(finding.fix
          ? {
              fixes: [
                {
                  description: { text: `Fix: ${finding.message}` },
                  artifactChanges: [
                    {
                      artifactLocation,
                      replacements: finding.fix.map((edit) => ({
                        deletedRegion: { charOffset: edit.start, charLength: edit.end - edit.start },
                        insertedContent: { text: edit.text }
                      }))
                    }
                  ]
                }
              ]
            }
          : {})
      }
    })
  )
  const log = {
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'newslint', version: VERSION, rules } },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(cwd + '/').href } },
        results: sarifResults
      }
    ]
  }
  return { json: log }
}

/** A URI reference relative to the source root, percent-encoded (`Bericht #1.md` is `Bericht%20%231.md`); a file URL outside it. */
function artifactLocationOf(path: string, cwd: string) {
  const inside = pathInside(path, cwd)
  if (inside === undefined) return { uri: pathToFileURL(path).href }
  return { uri: inside.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' }
}
