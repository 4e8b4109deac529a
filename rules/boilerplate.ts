import { definePastedRule } from './shared/pasted-rule.js'

// Read by block classification: phrases that make a short block boilerplate (your own
// outlet's footer), and your outlet's names, which mark self-promotion below the article.
export default definePastedRule(
  'boilerplate',
  {
    summary: 'No calls to follow or subscribe, self-promotion, advertising markers or site footers pasted into the article.',
    standard:
      'Pressekodex Ziffer 7: promotional text must be recognisable and kept apart from editorial content. Calls to action, newsletter and app promotion, "Anzeige" markers and standards or copyright footers copied from a web page blur that line.'
  },
  (finding) => ({ key: 'boilerplate.pasted', data: { signal: finding.signal } })
)
