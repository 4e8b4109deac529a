import { pastedFindings } from './shared/pasted-rule.js'
import { defineRule } from '../src/lint/rule.js'

export default defineRule({
  meta: {
    id: 'boilerplate',
    summary: 'No calls to follow or subscribe, self-promotion, advertising markers or site footers pasted into the article.',
    standard:
      'Pressekodex Ziffer 7: promotional text must be recognisable and kept apart from editorial content. Calls to action, newsletter and app promotion, "Anzeige" markers and standards or copyright footers copied from a web page blur that line.',
    severity: 'error',
    fixable: true,
    languages: ['de', 'en'],
    // Read by block classification: phrases that make a short block boilerplate (your own
    // outlet's footer), and your outlet's names, which mark self-promotion below the article.
    defaults: {},
    schema: {}
  },
  check(article, context) {
    for (const finding of pastedFindings(article, 'boilerplate')) {
      context.report({
        start: finding.start,
        end: finding.end,
        message: { key: 'boilerplate.pasted', data: { signal: finding.signal } },
        fix: finding.fix
      })
    }
  }
})
