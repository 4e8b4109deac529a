import { definePastedRule } from './shared/pasted-rule.js'

// Read by block classification: phrases that make a short block a teaser wherever they occur.
export default definePastedRule(
  'teaser',
  {
    summary: 'No teasers for other content ("Lesen Sie auch", "Schon gelesen?", "Read more") pasted into the article.',
    standard:
      'Pressekodex Ziffer 7: readers must be able to tell the article from what is not the article. A teaser pasted from a web page reads as if it were part of the report.'
  },
  (finding) => ({ key: 'teaser.pasted', data: { signal: finding.signal } })
)
