import { analyze } from '../../src/engine/analyze.js'
import type { Lang } from '../../src/engine/model.js'

/** The sources the finder reads in one paragraph, as [kind, name] pairs. */
export function sources(text: string, lang: Lang = 'de'): Array<[string, string]> {
  const article = analyze('t.md', `---\nlang: ${lang}\n---\n\n${text}\n`)
  return (article.annotations.sources ?? []).map((mention) => [mention.kind, mention.name])
}
