import type { Lang, Token } from './model.js'

// Marks the tokens inside direct quotes. German opens with „ and closes with “; English opens
// with “ and closes with ”; »…« and «…» both occur; straight quotes open after a space and close
// a straight or a German opening quote.
// Quotes do not run past the end of a block. Code spans and URLs are marked first: their straight
// quotes are characters, not quotation marks.

type Opener = '„' | '“' | '"' | '»' | '«'

export function markQuotes(tokens: Token[], lang: Lang): void {
  const open: Opener[] = []
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]
    // A quotation mark in code or a URL is a character there, not the start or end of a quote.
    if ((token.kind !== 'punctuation' && token.kind !== 'symbol') || token.verbatim) {
      token.quoted = open.length > 0
      continue
    }
    const wasOpen = open.length > 0
    for (const char of token.value) step(char, open, lang, tokens[i - 1], tokens[i + 1])
    // A quotation mark belongs to its quote, opening or closing.
    token.quoted = wasOpen || open.length > 0
  }
}

function step(char: string, open: Opener[], lang: Lang, before: Token | undefined, after: Token | undefined): void {
  const top = open[open.length - 1]
  switch (char) {
    case '„':
      open.push('„')
      return
    case '“':
      if (top === '„') open.pop()
      else if (top === '“' && lang === 'de') open.pop()
      else if (lang === 'en' || top === undefined) open.push('“')
      return
    case '”':
      if (top === '“' || top === '„') open.pop()
      return
    case '"': {
      // After a space and before a word it opens, even inside a quote: "Sie zählen auf die "Millionen" Munition".
      const afterSpace = !before || before.kind === 'whitespace'
      const opensNested = afterSpace && after !== undefined && after.kind === 'word'
      // Typed on a German keyboard, „ is often closed by a straight quote: „Das ist gut", sagte sie.
      if ((top === '"' || top === '„') && !opensNested) open.pop()
      else if (afterSpace || (after !== undefined && after.kind === 'word')) open.push('"')
      return
    }
    case '»':
      if (top === '«') open.pop()
      else open.push('»')
      return
    case '«':
      if (top === '»') open.pop()
      else open.push('«')
      return
  }
}

/** Marks the tokens that overlap a code span or written-out URL; `ranges` are sorted and disjoint. */
export function markVerbatim(tokens: Token[], ranges: Array<[number, number]>): void {
  for (const token of tokens) {
    // Binary search: the last range that starts before the token ends.
    let low = 0
    let high = ranges.length
    while (low < high) {
      const middle = (low + high) >> 1
      if (ranges[middle][0] < token.end) low = middle + 1
      else high = middle
    }
    token.verbatim = low > 0 && ranges[low - 1][1] > token.start
  }
}
