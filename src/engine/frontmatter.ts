import { LINE_BREAK } from './line-breaks.js'
import { MAX_FRONTMATTER_CHARS } from './limits.js'
import type { Yaml } from 'mdast'
import { isMap, isScalar } from 'yaml'
import type { Frontmatter } from './model.js'
import { parseYamlDocument } from './yaml-document.js'
import { MAX_YAML_NESTING, yamlNesting } from './yaml-nesting.js'

/** Text of a frontmatter field together with where its value sits in the file. */
export interface FieldSpan {
  key: string
  start: number
  end: number
}

export interface ParsedFrontmatter {
  frontmatter: Frontmatter
  /** Spans of string-valued top-level fields, for title and lead blocks. */
  spans: Map<string, FieldSpan>
}

export function readFrontmatter(node: Yaml, text: string): ParsedFrontmatter {
  const start = node.position!.start.offset!
  const end = node.position!.end.offset!
  // The YAML body lies between the opening `---` line and the closing fence; read it from
  // the file itself so that offsets stay exact with CRLF line endings.
  const raw = text.slice(start, end)
  const opening = LINE_BREAK.exec(raw)
  const bodyStart = start + (opening ? opening.index + opening[0].length : raw.length)
  const closing = Math.max(raw.lastIndexOf('\n'), raw.lastIndexOf('\r'))
  let bodyEnd = closing >= bodyStart - start ? start + closing : bodyStart
  if (bodyEnd > bodyStart && text[bodyEnd] === '\n' && text[bodyEnd - 1] === '\r') bodyEnd--
  // The YAML parser ends lines at "\n" and "\r\n" only: a file whose lines end in a lone "\r" is read
  // with "\n" for it (same length, offsets stay exact). Elsewhere a "\r" is a character of a value.
  const written = text.slice(bodyStart, bodyEnd)
  const body = written.includes('\n') ? written : written.replaceAll('\r', '\n')
  const spans = new Map<string, FieldSpan>()
  const failed = (message: string, [from, to]: [number, number]): ParsedFrontmatter => ({
    frontmatter: {
      start,
      end,
      data: {},
      error: { message: firstLine(message), start: Math.min(bodyStart + from, end), end: Math.min(bodyStart + Math.max(to, from + 1), end) }
    },
    spans
  })
  if (body.length > MAX_FRONTMATTER_CHARS)
    return failed(
      `Unexpected frontmatter of ${Math.ceil(body.length / 1024)} KB, expected at most ${MAX_FRONTMATTER_CHARS / 1024} KB`,
      [0, 1]
    )
  const nesting = yamlNesting(body)
  if (nesting.depth > MAX_YAML_NESTING)
    return failed(`Unexpected YAML nested ${nesting.depth} deep, expected at most ${MAX_YAML_NESTING}`, [
      nesting.offset,
      nesting.offset + 1
    ])
  const doc = parseYamlDocument(body)
  if (doc.errors.length > 0) return failed(doc.errors[0].message, doc.errors[0].pos)
  let data: unknown
  try {
    data = doc.toJS()
  } catch (error) {
    // Aliases that expand into millions of nodes (a "billion laughs" block) are refused by the parser.
    return failed((error as Error).message, [0, bodyEnd - bodyStart])
  }
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      if (isScalar(pair.key) && isScalar(pair.value) && typeof pair.value.value === 'string' && pair.value.range) {
        const [from, to] = pair.value.range
        spans.set(String(pair.key.value), { key: String(pair.key.value), start: bodyStart + from, end: bodyStart + to })
      }
    }
  }
  const isObject = typeof data === 'object' && data !== null && !Array.isArray(data)
  return {
    frontmatter: {
      start,
      end,
      data: isObject ? (data as Record<string, unknown>) : {},
      ...(isObject || data == null ? {} : { error: { message: 'Frontmatter is not a mapping of keys to values', start, end } })
    },
    spans
  }
}

function firstLine(message: string): string {
  return message.split('\n')[0].trim()
}
