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
      context.report({
        start: finding.start,
        end: finding.end,
        message: finding.post
          ? { key: 'embed.linked', data: { signal: finding.signal, link: finding.post.link } }
          : { key: 'embed.pasted', data: { signal: finding.signal } },
        fix: finding.fix
      })
    }
  }
})
