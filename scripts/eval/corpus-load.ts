import type { Config } from '../../src/config/config.js'
import { WARNING, ERROR, lintSource } from '../../src/lint/lint.js'
import { readCorpus } from '../corpus.js'
import type { Row } from './types.js'

// What an editor sees on ordinary copy: findings per article of the shared corpus, at the levels
// that are shown and can stop a commit (warnings and errors); suggestions are counted apart.

export function corpusLoad(config: Config): Row[] {
  const articles = readCorpus()
  let shown = 0
  let attributionWarnings = 0
  let suggestions = 0
  for (const article of articles) {
    for (const finding of lintSource(`corpus-${article.row}.md`, article.text, config).findings) {
      if (finding.severity === WARNING || finding.severity === ERROR) shown++
      else suggestions++
      if (finding.ruleId === 'attribution' && finding.severity === WARNING) attributionWarnings++
    }
  }
  const perArticle = (count: number) => (articles.length === 0 ? 0 : count / articles.length)
  const note = `${articles.length} corpus articles`
  return [
    { rule: 'all rules', metric: 'warnings and errors per article', value: perArticle(shown), target: { atMost: 2 }, n: shown, note },
    {
      rule: 'attribution',
      metric: 'warnings per article',
      value: perArticle(attributionWarnings),
      target: { atMost: 1 },
      n: attributionWarnings
    },
    { rule: 'all rules', metric: 'suggestions per article (not shown)', value: perArticle(suggestions), n: suggestions }
  ]
}
