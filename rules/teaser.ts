import { pastedFindings } from './shared/pasted-rule.js'
import { defineRule } from '../src/lint/rule.js'

export default defineRule({
  meta: {
    id: 'teaser',
    summary: 'No teasers for other content ("Lesen Sie auch", "Schon gelesen?", "Read more") pasted into the article.',
    standard:
      'Pressekodex Ziffer 7: readers must be able to tell the article from what is not the article. A teaser pasted from a web page reads as if it were part of the report.',
    severity: 'error',
    fixable: true,
    languages: ['de', 'en'],
    // Read by block classification: phrases that make a short block a teaser wherever they occur.
    defaults: {},
    schema: {}
  },
  check(article, context) {
    for (const finding of pastedFindings(article, 'teaser')) {
      context.report({
        start: finding.start,
        end: finding.end,
        message: { key: 'teaser.pasted', data: { signal: finding.signal } },
        fix: finding.fix
      })
    }
  }
})
