import { sourceLexicon } from '../src/analysis/sources/lexicon.js'
import { lexicon } from '../src/engine/lexicon.js'
import { PROSE_KINDS, type Article, type Lang, type SourceMention } from '../src/engine/model.js'
import { clip } from '../src/lint/messages.js'
import { defineRule, type Suggestion } from '../src/lint/rule.js'

/** `lexicons/<lang>/suggestions.yaml`: vague phrases with a rewrite. */
interface Rewrites {
  vagueSources?: Array<{ phrases: string[]; wording: string; placeholder: string }>
}

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
      const { start, end } = vaguePhrase(article, mention, block.lang)
      const phrase = clip(article.text.slice(start, end))
      const suggestion = rewrite(article, { start, end }, mention.sentence, block.lang)
      context.report({ start, end, message: { key: 'vague-source.vague', data: { phrase } }, ...(suggestion ? { suggestion } : {}) })
    }
  }
})

/**
 * The vague phrase itself: a mention found by its verb of saying ("einer der Show-Gäste stolz
 * erklärt", "behaupten Beamten") without the verb and the lower-case words beside it, or without all
 * the words between it and its verb at the clause end ("Umweltverbände … warnen"); a phrase
 * whose other words make it vague ("Berichten zufolge", "nach Schilderungen der Beamten") whole.
 */
function vaguePhrase(article: Article, mention: SourceMention, lang: Lang): { start: number; end: number } {
  const text = article.text.slice(mention.start, mention.end)
  const at = text.indexOf(mention.name)
  if (at < 0 || mention.name.length === text.length) return mention
  const outside = `${text.slice(0, at)} ${text.slice(at + mention.name.length)}`
    .split(/\s+/)
    .map((word) => word.replace(/[^\p{L}-]/gu, ''))
    .filter(Boolean)
  const { verbForms, institutionLinks, determiners, possessives, collectiveVoices } = sourceLexicon(lang)
  // "Umweltverbände … vor einer Veränderung warnen": a subject opening its mention, its verb of saying last, is the phrase too;
  // not where the words after the name go on with it ("Die Opposition in Griechenland warf", "Ein Sprecher einer Interessensgemeinschaft sagte").
  const next = outside[0]?.toLowerCase() ?? ''
  const goesOn = [institutionLinks, determiners, possessives, collectiveVoices.placeLinks].some((words) => words.has(next))
  const verbLast = at === 0 && !goesOn && verbForms.has(outside.at(-1)?.toLowerCase() ?? '')
  const saying = verbLast || (outside.some((word) => verbForms.has(word.toLowerCase())) && outside.every((word) => !/^\p{Lu}/u.test(word)))
  return saying ? { start: mention.start + at, end: mention.start + at + mention.name.length } : mention
}

/** "Berichten zufolge" → "Laut [Medium]": the phrase's rewrite from the lexicon, capitalised where it opens the sentence. */
function rewrite(article: Article, span: { start: number; end: number }, sentence: number, lang: Lang): Suggestion | undefined {
  const written = article.text.slice(span.start, span.end).replace(/\s+/g, ' ').toLowerCase()
  const entry = lexicon<Rewrites>(lang, 'suggestions').vagueSources?.find((candidate) => candidate.phrases.includes(written))
  if (!entry) return undefined
  const opens = article.text.slice(article.sentences[sentence].start, span.start).trim() === ''
  const wording = opens ? entry.wording[0].toUpperCase() + entry.wording.slice(1) : entry.wording
  const text = `${wording} `
  return {
    ...span,
    text,
    placeholder: entry.placeholder,
    title: { key: 'vague-source.quickFix', data: { replacement: `${text}[${entry.placeholder}]` } }
  }
}
