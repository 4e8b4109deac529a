// A token of the article model. A long article holds millions of them, so each is kept to two
// fields: its start shares one number with its kind and marks, and its text and lower-cased form
// are one pair shared by every token of the same text (`spelling`). Its end follows from its start
// and text. Rules read it through the same fields as ever.

export type TokenKind = 'word' | 'punctuation' | 'symbol' | 'whitespace'

const KINDS: readonly TokenKind[] = ['word', 'punctuation', 'symbol', 'whitespace']
const KIND_BITS = 3
const QUOTED = 4
const VERBATIM = 8
/** The low bits of `packed` hold the kind and marks; the start is the rest. */
const MARK_SPAN = 16

/** A text as written and lower-cased. */
type Spelling = readonly [value: string, lower: string]

export class Token {
  /** start * MARK_SPAN + kind and marks: arithmetic, not shifts, so no start is too large for it. */
  private packed: number
  private readonly spelling: Spelling

  constructor(start: number, value: string, kind: TokenKind) {
    this.packed = start * MARK_SPAN + KINDS.indexOf(kind)
    this.spelling = value.length === 1 ? character(value) : intern(value)
  }

  get start(): number {
    return Math.floor(this.packed / MARK_SPAN)
  }

  set start(start: number) {
    this.packed = start * MARK_SPAN + (this.packed % MARK_SPAN)
  }

  /** The token's text as written. */
  get value(): string {
    return this.spelling[0]
  }

  /** Lower-cased value, for lexicon look-ups. */
  get lower(): string {
    return this.spelling[1]
  }

  get end(): number {
    return this.start + this.spelling[0].length
  }

  get kind(): TokenKind {
    return KINDS[this.marks() & KIND_BITS]
  }

  /** Inside a direct quote („…“, "…", »…«). */
  get quoted(): boolean {
    return (this.marks() & QUOTED) !== 0
  }

  set quoted(on: boolean) {
    this.mark(QUOTED, on)
  }

  /** Inside a code span or a URL written out (`…`, <https://…>): text to keep as it is, never prose to edit. */
  get verbatim(): boolean {
    return (this.marks() & VERBATIM) !== 0
  }

  set verbatim(on: boolean) {
    this.mark(VERBATIM, on)
  }

  private marks(): number {
    return this.packed % MARK_SPAN
  }

  private mark(bit: number, on: boolean): void {
    if (((this.marks() & bit) !== 0) !== on) this.packed += on ? bit : -bit
  }
}

// Spaces and punctuation: one pair per character, by its code (the rest go through the table); a
// full array, so that look-ups stay fast.
const CHARACTER_CODES = 0x3000
const CHARACTERS = new Array<Spelling | undefined>(CHARACTER_CODES).fill(undefined)

function character(value: string): Spelling {
  const code = value.charCodeAt(0)
  if (code >= CHARACTER_CODES) return intern(value)
  return (CHARACTERS[code] ??= [value, value.toLowerCase()])
}

// Words seen, each with its lower-cased form. Capped, so that a language server that sees text for
// days keeps a bounded table; clearing it only stops sharing, never changes a token.
const WORDS = new Map<string, Spelling>()
const MAX_WORDS = 100_000

function intern(value: string): Spelling {
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
