import type { ReportedResult } from '../../src/cli/reporters/reporter.js'
import type { Finding } from '../../src/lint/lint.js'

// Messages as rules write them, with what makes column widths hard: umlauts, quotes, a wide
// character and an emoji quoted from an article, positions of every digit count.
const MESSAGES = [
  'Unexpected hedge „angeblich“, expected a named source',
  'Unexpected vague source „Kreise“, expected who said it',
  'Unexpected teaser „Lesen Sie auch“ pasted into the article, expected article text',
  'Unexpected quote „東京“ without attribution, expected a speaker',
  'Unexpected emoji „🎉“ in a headline, expected words'
]

/** Three files with hundreds of findings between them, errors and warnings mixed. */
export function manyFindings(): ReportedResult[] {
  return ['artikel/eins.md', 'artikel/zwei-über.md', 'drei.md'].map((path, file) => {
    const findings: Finding[] = []
    for (let i = 0; i < 120 * (file + 1); i++) {
      const line = 1 + i * (7 + file)
      const column = 1 + ((i * 13) % 90)
      findings.push({
        ruleId: ['hedge', 'vague-source', 'pasted-teaser', 'unattributed-quote', 'headline'][i % 5],
        severity: i % 3 === 0 ? 2 : 1,
        message: MESSAGES[i % MESSAGES.length],
        line,
        column,
        endLine: line + (i % 4 === 0 ? 1 : 0),
        endColumn: column + 5,
        offset: i * 100,
        endOffset: i * 100 + 5
      })
    }
    return { path: `/repo/${path}`, source: '', findings, sources: { sources: [], claims: 0, namedClaims: 0, namedShare: 0 } }
  })
}
