import { VFile } from 'vfile'
import { reporter } from 'vfile-reporter'
import { ERROR, SUGGESTION, addVfileMessage } from '../../lint/lint.js'
import { printable } from '../printable.js'
import type { Reporter } from './reporter.js'
import { displayPath } from './paths.js'

/** The familiar terminal report, by vfile-reporter; suggestions only on request, as vfile's "info". */
export const formatStylish: Reporter = (results, { cwd, quiet, suggestions = false }) => {
  let hidden = 0
  const files = results.map((result) => {
    const file = new VFile({ path: printable(displayPath(result.path, cwd)), value: result.source })
    for (const finding of result.findings) {
      if (quiet && finding.severity < ERROR) continue
      if (finding.severity === SUGGESTION && !suggestions) {
        hidden++
        continue
      }
      addVfileMessage(file, finding, printable(finding.message))
    }
    return file
  })
  const report = reporter(files, { quiet })
  const note = hidden > 0 ? `${hidden} suggestion${hidden === 1 ? '' : 's'} hidden (show them with --suggestions)\n` : ''
  return (report ? `${report}\n` : '') + note
}
