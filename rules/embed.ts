import { pastedFindings } from './shared/pasted-rule.js'
import { defineRule } from '../src/lint/rule.js'

export default defineRule({
  meta: {
    id: 'embed',
    summary: 'No text of embedded posts (tweets, Instagram, YouTube) pasted into the article in place of the embed.',
    standard:
      'Pressekodex Ziffer 7 (and Ziffer 2): the article must show what is its own and what is quoted material. The pasted remains of an embed (post text, "pic.twitter.com/…", "— Name (@handle) Date") look like the article\'s own text and lose the link to the original.',
    severity: 'error',
    fixable: true,
    languages: ['de', 'en'],
    // Read by block classification: phrases that make a short block the remains of an embed.
    defaults: {},
    schema: {}
  },
  check(article, context) {
    for (const finding of pastedFindings(article, 'embed')) {
      const expected = finding.post
        ? `a link to the post (${finding.post.link}) or the embed itself`
        : 'the post embedded by the CMS, or quoted with its author'
      context.report({
        start: finding.start,
        end: finding.end,
        message: `Unexpected text of an embedded post inside the article (${finding.signal}), expected ${expected} (Pressekodex Ziffer 7)`,
        fix: finding.fix
      })
    }
  }
})
