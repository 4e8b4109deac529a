import { endOfLine } from './line-breaks.js'

// The YAML parser reads nested collections by recursion: a config or frontmatter of 10,000 "["
// or of 3,000 ever deeper indented lines exhausts the stack, and where that happens inside the
// regular-expression engine the process dies instead of throwing. Configs nest three or four
// levels and frontmatter two, so texts nested deeper than this are refused before parsing.
export const MAX_YAML_NESTING = 64

/**
 * An upper estimate of how deep a YAML text nests, and where it first gets that deep: block
 * collections by indentation (with the "- ", "? " and ": " that open one more on the same line)
 * plus flow collections by their brackets. Brackets in quoted strings and comments do not count:
 * '["]", ' 20,000 times closed in the quotes what it opened outside and slipped 20,000 levels past.
 * Linear in the text.
 */
export function yamlNesting(text: string): { depth: number; offset: number } {
  const indents: number[] = []
  const deepest = { depth: 0, offset: 0 }
  const reach = (depth: number, offset: number) => {
    if (depth > deepest.depth) Object.assign(deepest, { depth, offset })
  }
  let flow = 0
  // The quote of a quoted scalar open at this point, which may go on over lines.
  let quote: string | undefined
  // The indentation of the key whose block scalar ("note: |") goes on in the lines indented deeper.
  let scalarIndent: number | undefined
  for (let lineStart = 0; lineStart < text.length;) {
    const lineEnd = endOfLine(text, lineStart)
    let at = skipSpaces(text, lineStart, lineEnd)
    // A block scalar's lines are text: "'Twas" in one opens no quote, and brackets after it count again.
    if (scalarIndent !== undefined && (at === lineEnd || at - lineStart > scalarIndent)) {
      lineStart = lineEnd + 1
      continue
    }
    scalarIndent = undefined
    if (at < lineEnd && (quote !== undefined || text[at] !== '#')) {
      const indent = at - lineStart
      let contentEnd = lineEnd
      while (indents.length > 0 && indents[indents.length - 1] >= indent) indents.pop()
      indents.push(indent)
      let block = indents.length
      while (quote === undefined && BLOCK_INDICATORS.has(text[at]) && (text[at + 1] === ' ' || text[at + 1] === '\t') && at + 1 < lineEnd) {
        block++
        at = skipSpaces(text, at + 2, lineEnd)
      }
      reach(block + flow, at)
      for (; at < lineEnd; at++) {
        const char = text[at]
        if (quote !== undefined) {
          // '' in single quotes and \" in double quotes are the quote itself.
          if (char === '\\' && quote === '"') at++
          else if (char === quote && quote === "'" && text[at + 1] === "'") at++
          else if (char === quote) quote = undefined
        } else if (char === '#' && (at === lineStart || text[at - 1] === ' ' || text[at - 1] === '\t')) {
          contentEnd = at
          break
        } else if ((char === '"' || char === "'") && opensScalar(text, at, lineStart)) quote = char
        else if (char === '[' || char === '{') reach(block + ++flow, at)
        else if ((char === ']' || char === '}') && flow > 0) flow--
      }
      if (quote === undefined && flow === 0 && BLOCK_SCALAR.test(text.slice(lineStart, contentEnd).trimEnd())) scalarIndent = indent
    }
    lineStart = lineEnd + 1
  }
  return deepest
}

/** A line that opens a block scalar: "note: |", "- >-", "text: |2". */
const BLOCK_SCALAR = /(?:^|[ \t])[|>][-+1-9]{0,2}$/

/** "- ", "? " and ": " open a collection nested one deeper on the same line ("- - x", ": - x"). */
const BLOCK_INDICATORS = new Set(['-', '?', ':'])
/** Where a quoted scalar may start: after these, or first on its line. A quote inside a word ("it's") is a character. */
const SCALAR_OPENERS = new Set(['[', '{', ',', ':', '-', '?'])

function opensScalar(text: string, at: number, lineStart: number): boolean {
  let before = at - 1
  while (before >= lineStart && (text[before] === ' ' || text[before] === '\t')) before--
  return before < lineStart || SCALAR_OPENERS.has(text[before])
}

function skipSpaces(text: string, from: number, end: number): number {
  let at = from
  while (at < end && (text[at] === ' ' || text[at] === '\t')) at++
  return at
}
