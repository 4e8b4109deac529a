import { PROSE_KINDS } from '../src/engine/model.js'
import { defineRule } from '../src/lint/rule.js'

export default defineRule({
  meta: {
    id: 'vague-source',
    summary: 'Reports sources a reader cannot identify ("Berichten zufolge", "Experten", "officials said").',
    standard:
      'Pressekodex Ziffer 2 asks that the reader can judge where a claim comes from; Ziffer 5 allows protecting informants, so an anonymous source can be legitimate: this rule reports it so that an editor decides, it does not forbid it.',
    severity: 'warn',
    fixable: false,
    languages: ['de', 'en'],
    defaults: {},
    schema: {}
  },
  check(article, context) {
    for (const mention of article.annotations.sources ?? []) {
      const block = article.blocks[article.sentences[mention.sentence].block]
      if (mention.kind !== 'vague' || !PROSE_KINDS.has(block.kind)) continue
      const phrase = article.text.slice(mention.start, mention.end)
      const message =
        block.lang === 'de'
          ? `Unexpected vague source "${phrase}", expected a source the reader can identify (a name, an institution, a publication); if an informant must stay anonymous, say so and why`
          : `Unexpected vague source "${phrase}", expected a source the reader can identify (a name, an agency, a publication); if the source must stay anonymous, say so and why`
      context.report({ start: mention.start, end: mention.end, message })
    }
  }
})
