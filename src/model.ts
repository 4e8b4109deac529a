// The article model: built once per file by `analyze`, read by every rule.
// All offsets here are 0-based indices into `Article.text` (the NFC form of the file);
// `Article.toSource` maps them back into the file as it is on disk.

export type Lang = 'de' | 'en'

export type BlockKind =
  | 'frontmatter'
  | 'title'
  | 'lead'
  | 'heading'
  | 'paragraph'
  | 'quote'
  | 'list'
  | 'table'
  | 'code'
  | 'html'
  | 'break'
  // Slots that block classification fills in (pasted material and the credit line).
  | 'credit'
  | 'teaser'
  | 'boilerplate'
  | 'embed'

/** Block kinds that hold the article's own prose: what the sourcing rules judge. */
export const PROSE_KINDS: ReadonlySet<BlockKind> = new Set(['title', 'lead', 'heading', 'paragraph', 'quote', 'list', 'table'])

export type TokenKind = 'word' | 'punctuation' | 'symbol' | 'whitespace'

export interface Token {
  start: number
  end: number
  kind: TokenKind
  /** The token's text as written. */
  value: string
  /** Lower-cased value, for lexicon look-ups. */
  lower: string
  /** Inside a direct quote („…“, "…", »…«). */
  quoted: boolean
}

export interface Sentence {
  index: number
  /** Index of the block this sentence belongs to. */
  block: number
  start: number
  end: number
  text: string
  tokens: Token[]
}

export interface Block {
  index: number
  kind: BlockKind
  /** The kind the markdown structure gave it, before classification changed `kind`. */
  structure: BlockKind
  start: number
  end: number
  lang: Lang
  /** Heading depth for headings and titles written as `#`. */
  depth?: number
  /** Sentences of this block, as indices into `Article.sentences`. */
  sentences: number[]
  /** Link targets inside the block, for classification (link density, embeds). */
  links: string[]
  /** Length of the block's visible text (without markdown syntax). */
  textLength: number
}

export interface Frontmatter {
  start: number
  end: number
  data: Record<string, unknown>
  /** Set when the YAML could not be read; the body is linted all the same. */
  error?: { message: string; start: number; end: number }
}

export interface HedgeCue {
  start: number
  end: number
  /** The cue as written, e.g. "angeblich", "soll", "Berichten zufolge". */
  cue: string
  /** The lexicon entry it matched, e.g. "angeblich" for "angeblichen", "sollen" for "soll": what options name. */
  lemma: string
  /** Reportative cues pass on someone else's claim; epistemic ones are the writer's own uncertainty. */
  kind: 'reportative' | 'epistemic'
  sentence: number
  /** Inside a direct quote: the speaker's word, not the writer's. */
  quoted: boolean
  /** A hedge the press code asks for ("mutmaßlich" on a suspect, Ziffer 13): never a weakness. */
  presumption: boolean
}

export interface SourceMention {
  start: number
  end: number
  /** Who or what is cited, as written ("Katzian", "die New York Times", "Berichten zufolge"). */
  name: string
  kind: 'named' | 'vague'
  sentence: number
}

export type SourcingKind = 'named' | 'vague' | 'inherited' | 'quote' | 'none' | 'n/a'

export interface SentenceSourcing {
  sentence: number
  /** The sentence asserts something that needs a source. */
  claim: boolean
  source: SourcingKind
  /** For inherited sourcing: the sentence the source was carried from. */
  from?: number
}

export interface CreditLine {
  start: number
  end: number
  block: number
  text: string
  /** Canonical agency codes, in the order written. */
  agencies: string[]
  initials: string[]
  outlet?: string
  date?: string
}

/** What the analysis stages add to the model; each is absent until its stage exists. */
export interface Annotations {
  hedges?: HedgeCue[]
  sources?: SourceMention[]
  sourcing?: SentenceSourcing[]
  credit?: CreditLine | null
}

export interface Article {
  path: string
  /** The file as read (BOM, CRLF and NFD as they are on disk). */
  source: string
  /** `source` in Unicode NFC; the model's offsets point into this. */
  text: string
  /** `text` with markdown syntax, URLs and HTML blanked out by spaces: same length, same offsets. */
  plain: string
  lang: Lang
  frontmatter?: Frontmatter
  blocks: Block[]
  sentences: Sentence[]
  annotations: Annotations
  /** Map an offset in `text` to the matching offset in `source`. */
  toSource(offset: number): number
}
