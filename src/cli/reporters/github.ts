import { printable } from '../printable.js'
import type { Reporter } from './reporter.js'
import { visible } from './json.js'
import { displayPath } from './paths.js'

// GitHub Actions workflow commands: `::error file=…,line=…::message` becomes an annotation on the diff.
const COMMANDS = ['notice', 'warning', 'error'] as const

export const formatGithub: Reporter = (results, { cwd, quiet }) => {
  const lines: string[] = []
  for (const result of results) {
    for (const finding of visible(result, quiet)) {
      const properties = [
        `file=${escapeProperty(displayPath(result.path, cwd))}`,
        `line=${finding.line}`,
        `col=${finding.column}`,
        `endLine=${finding.endLine}`,
        `endColumn=${finding.endColumn}`,
        `title=${escapeProperty(`newslint(${finding.ruleId})`)}`
      ]
      lines.push(`::${COMMANDS[finding.severity]} ${properties.join(',')}::${escapeData(finding.message)}`)
    }
  }
  return { text: lines.length > 0 ? lines.join('\n') + '\n' : '' }
}

function escapeData(value: string): string {
  return printable(value).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C')
}
