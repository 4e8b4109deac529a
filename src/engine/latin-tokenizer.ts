import type { SentenceContent } from 'nlcst'
import { ParseLatin } from 'parse-latin'

// parse-latin's tokenizer tests each character of the text against up to three regular
// expressions (white space, punctuation, word) to find its kind. The kind depends on the code
// unit alone, so this tokenizer asks parse-latin once per code unit ever seen and reads a table
// after that. The loop is parse-latin 7.0.0's `tokenize` (MIT, © Titus Wormer) with that one
// change: the same nodes, positions and splits.

type ContentType = SentenceContent['type']

/** The kinds, numbered for the table; 0 is a code unit not yet asked about. */
const TYPES: readonly ContentType[] = ['SymbolNode', 'WhiteSpaceNode', 'PunctuationNode', 'WordNode', 'SymbolNode']
/** One entry per UTF-16 code unit: a fixed 64 KiB, shared by every text. */
const KIND_OF_CODE = new Uint8Array(0x10000)

export class TabledParseLatin extends ParseLatin {
  override tokenize(value?: string | null): SentenceContent[] {
    const children: SentenceContent[] = []
    if (!value) return children
    const currentPoint = { line: 1, column: 1, offset: 0 }
    let from = 0
    let index = 0
    let start = { ...currentPoint }
    let previousType: ContentType | undefined
    let previous: string | undefined

    const createNode = (type: ContentType, text: string): SentenceContent =>
      type === 'WordNode'
        ? {
            type: 'WordNode',
            children: [{ type: 'TextNode', value: text, position: { start, end: { ...currentPoint } } }],
            position: { start, end: { ...currentPoint } }
          }
        : ({ type, value: text, position: { start, end: { ...currentPoint } } } as SentenceContent)

    while (index < value.length) {
      const current = value.charAt(index)
      const code = value.charCodeAt(index)
      const currentType = TYPES[KIND_OF_CODE[code] || this.learnKind(code, current)]
      if (
        from < index &&
        previousType &&
        !(
          previousType === currentType &&
          // Words or white space continue.
          (previousType === 'WordNode' ||
            previousType === 'WhiteSpaceNode' ||
            // Same character of punctuation or symbol also continues.
            current === previous ||
            // Surrogates of punctuation or symbol also continue.
            (code >= 0xd800 && code <= 0xdfff))
        )
      ) {
        children.push(createNode(previousType, value.slice(from, index)))
        from = index
        start = { ...currentPoint }
      }
      if (current === '\r' || (current === '\n' && previous !== '\r')) {
        currentPoint.line++
        currentPoint.column = 1
      } else if (current !== '\n') {
        currentPoint.column++
      }
      currentPoint.offset++
      previousType = currentType
      previous = current
      index++
    }
    if (previousType && from < index) children.push(createNode(previousType, value.slice(from, index)))
    return children
  }

  /** The kind parse-latin's own tokenizer gives the code unit alone, kept in the table. */
  private learnKind(code: number, char: string): number {
    const kind = TYPES.indexOf(super.tokenize(char)[0].type, 1)
    KIND_OF_CODE[code] = kind
    return kind
  }
}
