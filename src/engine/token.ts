// A token of the article model. A long article holds hundreds of thousands of them, so each is
// kept small: its end follows from its start and text, its kind and marks share one number, and
// equal words share one string (`intern`). Rules read it through the same fields as ever.

export type TokenKind = 'word' | 'punctuation' | 'symbol' | 'whitespace'

const KINDS: readonly TokenKind[] = ['word', 'punctuation', 'symbol', 'whitespace']
const KIND_BITS = 3
const QUOTED = 4
const VERBATIM = 8

export class Token {
  start: number
  /** The token's text as written. */
  readonly value: string
  /** Lower-cased value, for lexicon look-ups. */
  readonly lower: string
  private flags: number

  constructor(start: number, value: string, kind: TokenKind) {
    this.start = start
    this.flags = KINDS.indexOf(kind)
    if (value.length === 1) {
      // Spaces and punctuation: V8 keeps one string per character already.
      this.value = value
      this.lower = value.toLowerCase()
    } else {
      ;[this.value, this.lower] = intern(value)
    }
  }

  get end(): number {
    return this.start + this.value.length
  }

  get kind(): TokenKind {
    return KINDS[this.flags & KIND_BITS]
  }

  /** Inside a direct quote („…“, "…", »…«). */
  get quoted(): boolean {
    return (this.flags & QUOTED) !== 0
  }

  set quoted(on: boolean) {
    this.flags = on ? this.flags | QUOTED : this.flags & ~QUOTED
  }

  /** Inside a code span or a URL written out (`…`, <https://…>): text to keep as it is, never prose to edit. */
  get verbatim(): boolean {
    return (this.flags & VERBATIM) !== 0
  }

  set verbatim(on: boolean) {
    this.flags = on ? this.flags | VERBATIM : this.flags & ~VERBATIM
  }
}

// Words seen, each with its lower-cased form. Capped, so that a language server that sees text for
// days keeps a bounded table; clearing it only stops sharing, never changes a token.
const WORDS = new Map<string, readonly [string, string]>()
const MAX_WORDS = 100_000

function intern(value: string): readonly [string, string] {
  let entry = WORDS.get(value)
  if (entry === undefined) {
    if (WORDS.size >= MAX_WORDS) WORDS.clear()
    const own = detached(value)
    entry = [own, own.toLowerCase()]
    WORDS.set(own, entry)
  }
  return entry
}

// V8 keeps a slice of 13 or more characters as a view of the string it came from; the table
// outlives the article, so it stores a copy rather than keep the whole text alive.
function detached(value: string): string {
  return value.length < 13 ? value : (JSON.parse(JSON.stringify(value)) as string)
}
