import type { Rule } from '../src/lint/rule.js'
import attribution from './attribution.js'
import boilerplate from './boilerplate.js'
import creditLine from './credit-line.js'
import embed from './embed.js'
import hedge from './hedge.js'
import quotes from './quotes.js'
import teaser from './teaser.js'
import vagueSource from './vague-source.js'

/** Every rule newslint ships, in the order their findings are listed for one position. */
export const RULES: Rule[] = [
  quotes as Rule,
  creditLine as Rule,
  attribution as Rule,
  vagueSource as Rule,
  teaser as Rule,
  boilerplate as Rule,
  embed as Rule,
  hedge as Rule
]
