import type { Root } from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { type Processor, unified } from 'unified'

// GFM tries some constructs where they cannot succeed: a table at the first line of every block
// (it tokenizes the whole line before it finds no delimiter row below), an e-mail autolink at every
// word. On one long line that is hundreds of bytes per byte of input, all thrown away. A text that
// lacks what such a construct needs is parsed without it: the same tree, from far less work.

/** Each construct that can be left out, with what a text must hold for it to match. */
const NEEDS: Record<string, (text: string) => boolean> = {
  table: hasDelimiterRow,
  emailAutolink: (text) => text.includes('@'),
  wwwAutolink: (text) => /www\./i.test(text),
  protocolAutolink: (text) => text.includes('://')
}

const [TAB, LF, CR, SPACE, DASH, COLON, QUOTE, PIPE] = ['\t', '\n', '\r', ' ', '-', ':', '>', '|'].map((char) => char.charCodeAt(0))

/** A line that could be a table's delimiter row (`| --- | :-: |`, maybe inside quotes): dashes with a pipe or colon, nothing else; one pass. */
function hasDelimiterRow(text: string): boolean {
  let dash = false
  let mark = false
  let other = false
  for (let i = 0; i <= text.length; i++) {
    const char = i < text.length ? text.charCodeAt(i) : LF
    if (char === LF || char === CR) {
      if (dash && mark && !other) return true
      dash = mark = other = false
    } else if (char === DASH) dash = true
    else if (char === PIPE || char === COLON) mark = true
    else if (char !== SPACE && char !== TAB && char !== QUOTE) other = true
  }
  return false
}

interface Construct {
  name?: string
}
/** A micromark syntax extension: per hook (`flow`, `text` …), the constructs tried at each character. */
type SyntaxExtension = Record<string, Record<string, Construct | Construct[] | undefined> | undefined>

type MarkdownProcessor = Processor<Root>

/** An mdast extension; GFM's literal autolinks have one that searches every text node once the tree is built. */
interface TreeExtension {
  enter?: Record<string, unknown>
  transforms?: unknown[]
}

/**
 * That search needs "@", "://" or "www." in a text node; an escape or a character reference
 * ("&#64;") can spell them where the markdown does not. A text without any of these has no
 * literal autolink, and its tree is built without the search.
 */
function mayHoldLiteralAutolink(text: string): boolean {
  return /[@&\\]|:\/\/|www\./i.test(text)
}

const byLeftOut = new Map<string, MarkdownProcessor>()

/** The parser for `text`: markdown with YAML frontmatter and GFM, without the constructs `text` cannot hold. */
export function markdownParserFor(text: string): MarkdownProcessor {
  const leftOut = Object.keys(NEEDS).filter((name) => !NEEDS[name](text))
  const searchLiterals = mayHoldLiteralAutolink(text)
  const key = `${leftOut.join()}${searchLiterals ? '' : ';no literal search'}`
  let processor = byLeftOut.get(key)
  if (!processor) {
    processor = unified()
      .use(remarkParse)
      .use(remarkFrontmatter, ['yaml'])
      .use(remarkGfm)
      .use(function leaveOut() {
        const extensions = (this.data('micromarkExtensions') ?? []) as SyntaxExtension[]
        this.data('micromarkExtensions', extensions.map((extension) => without(extension, new Set(leftOut))) as never)
        if (searchLiterals) return
        const treeExtensions = ((this.data('fromMarkdownExtensions') ?? []) as Array<TreeExtension | TreeExtension[]>).flat()
        this.data('fromMarkdownExtensions', treeExtensions.map(withoutLiteralSearch) as never)
      })
      .freeze()
    byLeftOut.set(key, processor)
  }
  return processor
}

function withoutLiteralSearch(extension: TreeExtension): TreeExtension {
  if (!extension.enter || !('literalAutolink' in extension.enter)) return extension
  const { transforms: _search, ...rest } = extension
  return rest
}

/** The extension with the named constructs taken out; the rest keep their order, so they match as before. */
function without(extension: SyntaxExtension, names: Set<string>): SyntaxExtension {
  const kept: SyntaxExtension = {}
  for (const [hook, record] of Object.entries(extension)) {
    if (!record) continue
    const keptRecord: Record<string, Construct[]> = {}
    for (const [code, constructs] of Object.entries(record)) {
      const list = [constructs ?? []].flat().filter((construct) => !construct.name || !names.has(construct.name))
      if (list.length > 0) keptRecord[code] = list
    }
    kept[hook] = keptRecord
  }
  return kept
}
