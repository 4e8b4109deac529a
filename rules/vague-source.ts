import { append } from '../src/engine/arrays.js'
import { findSources } from '../src/analysis/sources.js'
import { sourceLexicon } from '../src/analysis/source-lexicon.js'
import { PROSE_KINDS, type Article, type SourceMention } from '../src/engine/model.js'
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
    defaults: {
      /** Extra vague words and phrases ("Parteifreunde", "aus dem Umfeld"). */
      phrases: [] as string[],
      /** Sources the newsroom accepts as named, never reported. */
      acceptedSources: [] as string[]
    }
  },
  check(article, context) {
    const accepted = context.options.acceptedSources.map((name) => name.toLowerCase())
    for (const mention of vagueMentions(article, context.options.phrases)) {
      const block = article.blocks[article.sentences[mention.sentence].block]
      if (!PROSE_KINDS.has(block.kind) || accepted.some((name) => mention.name.toLowerCase().includes(name))) continue
      const phrase = article.text.slice(mention.start, mention.end)
      const message =
        block.lang === 'de'
          ? `Unexpected vague source "${phrase}", expected a source the reader can identify (a name, an institution, a publication); if an informant must stay anonymous, say so and why`
          : `Unexpected vague source "${phrase}", expected a source the reader can identify (a name, an agency, a publication); if the source must stay anonymous, say so and why`
      context.report({ start: mention.start, end: mention.end, message })
    }
  }
})

/** The stage's vague sources, or with the newsroom's extra vague words the sentences read again. */
function vagueMentions(article: Article, phrases: string[]): SourceMention[] {
  if (phrases.length === 0) return (article.annotations.sources ?? []).filter((mention) => mention.kind === 'vague')
  const found: SourceMention[] = []
  for (const block of article.blocks) {
    if (!PROSE_KINDS.has(block.kind)) continue
    const lexicon = sourceLexicon(block.lang, { vague: phrases })
    for (const index of block.sentences) append(found, findSources(article.sentences[index], lexicon).filter((mention) => mention.kind === 'vague'))
  }
  return found
}
