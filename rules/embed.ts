import { definePastedRule } from './shared/pasted-rule.js'
import type { Message } from '../src/lint/messages.js'

// Read by block classification: phrases that make a short block the remains of an embed.
export default definePastedRule(
  'embed',
  {
    summary: 'No text of embedded posts (tweets, Instagram, YouTube) pasted into the article in place of the embed.',
    standard:
      'Pressekodex Ziffer 7 (and Ziffer 2): the article must show what is its own and what is quoted material. The pasted remains of an embed (post text, "pic.twitter.com/…", "— Name (@handle) Date") look like the article\'s own text and lose the link to the original.'
  },
  (finding): Message =>
    finding.post
      ? { key: 'embed.linked', data: { signal: finding.signal, link: finding.post.link } }
      : { key: 'embed.pasted', data: { signal: finding.signal } }
)
