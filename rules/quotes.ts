import { defineRule } from '../src/lint/rule.js'
import type { Token } from '../src/engine/model.js'

// A straight quote opens after a space, a bracket or at the start of a block, and closes elsewhere;
// a quote inside a quote is set as ‚…‘, as German typesetting does.
const OPENS_AFTER = new Set(['(', '[', '/', '–', '-'])
// Typeset quotes around the straight ones count too: with the outer pair fixed to „…“ first, the inner stays ‚…‘.
// How each quotation mark changes the depth of typeset quotes; the straight one is `STRAIGHT`.
const STRAIGHT = 0
const QUOTATION_MARKS = new Map([
  ['"', STRAIGHT],
  ['„', 1],
  ['‚', 1],
  ['»', 1],
  ['“', -1],
  ['‘', -1],
  ['«', -1]
])

export default defineRule({
  meta: {
    id: 'quotes',
    summary: 'German text uses „…“ quotation marks, not straight "…" quotes.',
    standard:
      'Duden and German house styles set quotations in „…“ (and a quote inside a quote in ‚…‘); straight quotes are a typewriter and copy-paste leftover.',
    severity: 'warn',
    fixable: true,
    languages: ['de'],
    defaults: {},
    schema: {}
  },
  check(article, context) {
    for (const block of article.blocks) {
      if (block.lang !== 'de') continue
      const open: number[] = []
      let typeset = 0
      // The block's tokens sentence by sentence, without copying them into one list: a quote may span sentences.
      let before: Token | undefined
      for (const index of block.sentences) {
        for (const token of article.sentences[index].tokens) {
          const previous = before
          before = token
          const mark = QUOTATION_MARKS.get(token.value)
          // Code and URLs keep their straight quotes: they are characters there, not quotation marks.
          if (mark === undefined || token.verbatim) continue
          if (mark !== STRAIGHT) {
            typeset = Math.max(0, typeset + mark)
            continue
          }
          if (!previous || previous.end !== token.start || previous.kind === 'whitespace' || OPENS_AFTER.has(previous.value)) {
            open.push(token.start)
            continue
          }
          const start = open.pop()
          if (start === undefined) continue
          const nested = open.length > 0 || typeset > 0
          context.report({
            start,
            end: token.end,
            message: { key: nested ? 'quotes.nested' : 'quotes.straight' },
            fix: [
              { start, end: start + 1, text: nested ? '‚' : '„' },
              { start: token.start, end: token.end, text: nested ? '‘' : '“' }
            ]
          })
        }
      }
    }
  }
})
