import type { Lang } from '../engine/model.js'
import { clip, renderMessage } from './messages.js'
import type { SourceOverview } from './source-overview.js'

// One line per article for the desk: the named sources the story rests on (most used first) and
// how many of its claims have a named source, from the source inventory stage.

const MAX_SOURCES = 4
/** "der New York Post" as the German sentence declines it: the summary lists names. */
const LEADING_ARTICLE = /^(?:der|die|das|dem|den|des) (?=\p{Lu})/u
/** Columns the line may take in a terminal report (which indents it by two): fewer names, not a wrapped line. */
const MAX_LENGTH = 118

/** The line, or nothing for an article without claims (a notice, a list of links). */
export function sourcingSummary(overview: Omit<SourceOverview, 'headline'>, locale: Lang): string | undefined {
  if (overview.claims === 0) return undefined
  const names = overview.sources
    .filter((source) => source.kind === 'named')
    .sort((a, b) => b.sentences - a.sentences)
    .map((source) => clip(source.name.replace(/["„“”»«]/g, '').replace(LEADING_ARTICLE, ''), 40))
  const counts = { named: overview.namedClaims, claims: overview.claims }
  const line = (shown: number) => {
    const sources = shown === 0 ? { key: 'summary.none' } : names.slice(0, shown).join(', ') + (names.length > shown ? ', …' : '')
    return renderMessage({ key: 'summary.line', data: { sources, ...counts } }, locale).message
  }
  let shown = Math.min(names.length, MAX_SOURCES)
  while (shown > 1 && line(shown).length > MAX_LENGTH) shown--
  return line(shown)
}
