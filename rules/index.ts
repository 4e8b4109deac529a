import type { Rule } from '../src/rule.js'
import boilerplate from './boilerplate.js'
import embed from './embed.js'
import quotes from './quotes.js'
import teaser from './teaser.js'

/** Every rule newslint ships, in the order their findings are listed for one position. */
export const RULES: Rule[] = [quotes as Rule, teaser as Rule, boilerplate as Rule, embed as Rule]
