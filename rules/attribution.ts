import { defineRule, type Related } from '../src/lint/rule.js'
import type { Article, SentenceSourcing } from '../src/engine/model.js'

const MESSAGES = {
  de: 'Unexpected claim without a source, expected who says so: name the source ("laut Polizei", "sagte Katzian") or continue reported speech in Konjunktiv I',
  en: 'Unexpected claim without a source, expected who says so: name the source ("police said", "according to Reuters")'
} as const

export default defineRule({
  meta: {
    id: 'attribution',
    summary: 'Every claim in an article has a source: named, quoted, or carried over by reported speech.',
    standard:
      'Pressekodex Ziffer 2 (Sorgfalt) asks that the reader can tell where information comes from and that unconfirmed reports are recognisable as such; agency handbooks require attribution for every statement the reporter did not witness.',
    severity: 'warn',
    fixable: false,
    languages: ['de', 'en'],
    defaults: {},
    schema: {}
  },
  check(article, context) {
    const sourcing = article.annotations.sourcing ?? []
    let previous: SentenceSourcing | undefined
    for (const item of sourcing) {
      const sentence = article.sentences[item.sentence]
      if (item.claim && item.source === 'none') {
        const lang = article.blocks[sentence.block].lang
        const related = endedSource(article, previous, lang)
        context.report({ start: sentence.start, end: sentence.end, message: MESSAGES[lang], ...(related ? { related: [related] } : {}) })
      }
      if (item.claim) previous = item
    }
  }
})

/** Right after sourced reported speech, point at the source that stopped carrying over. */
function endedSource(article: Article, previous: SentenceSourcing | undefined, lang: 'de' | 'en'): Related | undefined {
  if (!previous || previous.source === 'none' || previous.source === 'n/a') return undefined
  const origin = article.sentences[previous.from ?? previous.sentence]
  const message =
    lang === 'de'
      ? "The source named here does not carry over: the next sentence is in the indicative, so it reads as the writer's own statement"
      : 'The source named here covers its own sentence, not the next one'
  return { start: origin.start, end: origin.end, message }
}
