// The article model: built once per file by `analyze`, read by every rule.
// All offsets here are 0-based indices into `Article.text` (the NFC form of the file);
// `Article.toSource` maps them back into the file as it is on disk.

import type { Token, TokenKind } from './token.js'

export type Lang = 'de' | 'en'
export const LANGS: readonly Lang[] = ['de', 'en']

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

export type { Token, TokenKind }

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
  /** How much of that visible text lies inside links. */
  linkTextLength: number
  /** A paragraph bold throughout: the lead in many house styles, or an interviewer's question. */
  bold?: boolean
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

/**
 * A source cited in a sentence (`src/analysis/sources/`, cues in `lexicons/<lang>/sources.yaml`):
 * the subject of a verb of saying ("sagte Katzian"), a prepositional or clausal source ("laut X",
 * "X zufolge", "wie X mitteilte", "so X"), a speaker before a colon and a quote, or a fixed vague
 * phrase ("es heißt"). The span covers the cue and the name. Only prose blocks, never inside a
 * direct quote. Other stages read these instead of keeping their own list of source cues.
 */
export interface SourceMention {
  start: number
  end: number
  /** Who or what is cited, as written ("Katzian", "die New York Times", "Berichten zufolge"). */
  name: string
  kind: 'named' | 'vague'
  sentence: number
}

export type SourcingKind = 'named' | 'vague' | 'inherited' | 'quote' | 'none' | 'n/a'

/**
 * Why an unsourced claim needs a source, most telling first: a hedge with no source (or one of
 * speculation only, "könnte"), reported speech with no speaker in reach, a figure or allegation in a lead with no source, a source
 * named only after the claim, a figure, an event the writer did not witness.
 */
export type GapKind = 'hedged' | 'hearsay' | 'speculation' | 'reportedSpeech' | 'leadClaim' | 'lateSource' | 'figure' | 'event'

export interface SentenceSourcing {
  sentence: number
  /** The sentence asserts something that needs a source. */
  claim: boolean
  source: SourcingKind
  /** For inherited sourcing: the sentence the source was carried from. */
  from?: number
  /** For an unsourced claim (`source: none`): the kind of gap. */
  gap?: GapKind
}

/** One source of the article and the sentences it supports (its own, inherited, quoted). */
export interface SourceInventoryEntry {
  name: string
  kind: 'named' | 'vague'
  sentences: number[]
}

/** The article's sources at a glance (`newslint analyze`). */
export interface SourceInventory {
  sources: SourceInventoryEntry[]
  claims: number
  /** Claims whose source is named, in the sentence or carried from it. */
  namedClaims: number
  /** namedClaims / claims (0 without claims). */
  namedShare: number
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
  /** The date the line carries, as YYYY-MM-DD (also the date in a dpa story id). */
  date?: string
  /** Press-release services credited (`ots`, `APA-OTS`): not agency journalism, kept apart from `agencies`. */
  pressReleases: string[]
  /** Authors named in the line (`(Renate Graber, 12.4.2016)`, `Reporting by …`): a byline, not an agency. */
  bylines: string[]
  /** The line credits the newsroom's own editorial team (`red`). */
  editorial: boolean
  /** The credit is a block of its own (its kind is then `credit`), not the tail of a paragraph. */
  wholeBlock: boolean
  /** The credit is the agency dateline (`Berlin (dpa) –`): the article has no credit line at its end. */
  dateline: boolean
  /** The pieces of the line in order, and the separators between them, for checks of its form. */
  parts: CreditPart[]
  separators: CreditSeparator[]
}

export type CreditPartRole = 'agency' | 'press-release' | 'editorial' | 'initials' | 'outlet' | 'byline' | 'date' | 'story-id' | 'unknown'

export interface CreditPart {
  start: number
  end: number
  text: string
  role: CreditPartRole
  /** Canonical agency code for agencies, press-release services and regional services. */
  code?: string
  /** For an unknown code: the nearest known agency. */
  suggestion?: string
}

export interface CreditSeparator {
  start: number
  end: number
  /** `/`, `,`, `;`, `–`, `und`, `and` … */
  value: string
  spaceBefore: boolean
  spaceAfter: boolean
}

/** An agency dateline at the start of a paragraph: `Berlin (dpa) –`, `LONDON (Reuters) -`. */
export interface Dateline {
  start: number
  end: number
  block: number
  place: string
  agencies: string[]
}

/** The text citing an agency as its source: "berichtete die dpa", "wie AFP meldet", "told Reuters". */
export interface AgencyCitation {
  start: number
  end: number
  agency: string
  sentence: number
}

/** What gave pasted material away: a case of `signal` in the message catalogues, with the words it quotes as written. */
export interface PastedSignal {
  key: string
  quoted?: string
}

/** What the analysis stages add to the model; each is absent until its stage exists. */
/** A block that block classification took for pasted material. */
export interface PastedBlock {
  block: number
  kind: 'teaser' | 'boilerplate' | 'embed'
  /** What gave it away, for messages: `opens with "Lesen Sie auch"`, `a call to action`. */
  signal: PastedSignal
  /** For an embed whose text carries the link to the original post: the link, and whether this block holds it. */
  post?: { link: string; holdsLink: boolean }
  /** For a post pasted into a paragraph of the article: its span there (the block stays the article's). */
  span?: { start: number; end: number }
  /** Where in the block the pasted text starts is unknown (a crosshead may stand before it): reported, never removed by a fix. */
  startUnknown?: true
}

export interface Annotations {
  /** Blocks classified as teaser, boilerplate or embed (a later stage may still take one as the credit line). */
  pasted?: PastedBlock[]
  hedges?: HedgeCue[]
  sources?: SourceMention[]
  sourcing?: SentenceSourcing[]
  sourceInventory?: SourceInventory
  /** The article's credit line: the last one found (where a credit belongs). */
  credit?: CreditLine | null
  /** Every credit line found, in order; more than one is a finding. */
  credits?: CreditLine[]
  datelines?: Dateline[]
  agencyCitations?: AgencyCitation[]
  /** The newsroom's own agency codes (vocabulary `agencies`), known beside the registry's; absent without any. */
  newsroomAgencies?: string[]
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
