import type { Sentence, Token } from '../../engine/model.js'
import type { SentenceSources } from './finder.js'
import { DASHES, contentTokens } from './words.js'

// The line under a quote that names its speaker: "— GDL-Chef Claus Weselsky".

/** Where the dash of a quote's attribution line stands ("— GDL-Chef Claus Weselsky"), after any blockquote marker. */
function attributionDash(tokens: Token[]): number | undefined {
  let i = 0
  while (i < tokens.length && tokens[i].kind === 'symbol') i++
  return DASHES.has(tokens[i]?.value ?? '') ? i : undefined
}

/** A line under a quote that names its speaker: "— GDL-Chef Claus Weselsky". */
export function isAttributionLine(sentence: Sentence): boolean {
  return attributionDash(contentTokens(sentence)) !== undefined
}

/** "— GDL-Chef Claus Weselsky" (or ", Gewerkschaftschef"): the speaker named under a quote. */
export function attributionLine(finder: SentenceSources): void {
  const dash = attributionDash(finder.tokens)
  if (dash === undefined) return
  const name = finder.nounPhraseAfter(dash + 1)
  const next = name ? finder.tokens[name[1] + 1] : undefined
  if (name && (!next || next.value === ',')) finder.add(dash, name[1], name[0], name[1], finder.kindOf(name[0], name[1]))
}
