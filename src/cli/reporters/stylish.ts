import { VFile } from 'vfile'
import { reporter } from 'vfile-reporter'
import { printable } from '../printable.js'
import type { Reporter } from './reporter.js'
import { displayPath } from './paths.js'

/** The familiar terminal report, by vfile-reporter. */
export const formatStylish: Reporter = (results, { cwd, quiet }) => {
  const files = results.map((result) => {
    const file = new VFile({ path: printable(displayPath(result.path, cwd)), value: result.source })
    for (const finding of result.findings) {
      if (quiet && finding.severity < 2) continue
      const message = file.message(printable(finding.message), {
        place: {
          start: { line: finding.line, column: finding.column, offset: finding.offset },
          end: { line: finding.endLine, column: finding.endColumn, offset: finding.endOffset }
        },
        ruleId: finding.ruleId,
        source: 'newslint'
      })
      message.fatal = finding.severity === 2
    }
    return file
  })
  const report = reporter(files, { quiet })
  return report ? `${report}\n` : ''
}
