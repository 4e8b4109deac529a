import type { ReportedResult } from '../../src/cli/reporters/reporter.js'
import type { Finding } from '../../src/lint/lint.js'

// Messages as rules write them, with what makes column widths hard: umlauts, quotes, a wide
// character and an emoji quoted from an article, positions of every digit count.
const MESSAGES = [
  '„angeblich“ ohne Quelle: Wer behauptet das?',
  'Vage Quelle „Kreise“: Wer genau?',
  'Anriss für anderen Inhalt: entfernen oder als Linkbox absetzen',
  'Zitat „東京“ ohne Sprecher: Wer sagt das?',
  'Emoji „🎉“ in der Überschrift: durch Worte ersetzen'
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
    // An article without claims: the report has no sourcing summary to add.
    return {
      path: `/repo/${path}`,
      source: '',
      findings,
      sources: { sources: [], claims: 0, namedClaims: 0, namedShare: 0 },
      locale: 'de'
    }
  })
}
