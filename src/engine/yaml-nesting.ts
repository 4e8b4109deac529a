import { endOfLine } from './line-breaks.js'

// The YAML parser reads nested collections by recursion: a config or frontmatter of 10,000 "["
// or of 3,000 ever deeper indented lines exhausts the stack, and where that happens inside the
// regular-expression engine the process dies instead of throwing. Configs nest three or four
// levels and frontmatter two, so texts nested deeper than this are refused before parsing.
export const MAX_YAML_NESTING = 64

/**
 * An upper estimate of how deep a YAML text nests, and where it first gets that deep: block
 * collections by indentation (with the "- " and "? " that open one more on the same line) plus
 * flow collections by their open brackets. Brackets in quoted strings count too; no config or
 * frontmatter has enough of them to matter. Linear in the text.
 */
export function yamlNesting(text: string): { depth: number; offset: number } {
  const indents: number[] = []
  const deepest = { depth: 0, offset: 0 }
  const reach = (depth: number, offset: number) => {
    if (depth > deepest.depth) Object.assign(deepest, { depth, offset })
  }
  let flow = 0
  for (let lineStart = 0; lineStart < text.length;) {
    const lineEnd = endOfLine(text, lineStart)
    let at = skipSpaces(text, lineStart, lineEnd)
    if (at < lineEnd && text[at] !== '#') {
      const indent = at - lineStart
      while (indents.length > 0 && indents[indents.length - 1] >= indent) indents.pop()
      indents.push(indent)
      let block = indents.length
      while ((text[at] === '-' || text[at] === '?') && (text[at + 1] === ' ' || text[at + 1] === '\t') && at + 1 < lineEnd) {
        block++
        at = skipSpaces(text, at + 2, lineEnd)
      }
      reach(block + flow, at)
      for (; at < lineEnd; at++) {
        const char = text[at]
        if (char === '[' || char === '{') reach(block + ++flow, at)
        else if ((char === ']' || char === '}') && flow > 0) flow--
      }
    }
    lineStart = lineEnd + 1
  }
  return deepest
}

function skipSpaces(text: string, from: number, end: number): number {
  let at = from
  while (at < end && (text[at] === ' ' || text[at] === '\t')) at++
  return at
}
