import { DocumentAnalysis } from '../engine/incremental.js'

// An analysis kept between edits holds about 60 bytes for each character of its document, for as
// long as the document is open: twenty open documents of a megabyte kept 1.2 GB. So a thread keeps
// the analyses of the documents it linted last, up to a total length; the others start afresh at
// their next edit, which costs time but gives the same diagnostics.

/** A document longer than this is analysed afresh each time: an archive export of megabytes, not an article. */
export const MAX_KEPT_LENGTH = 1_000_000
/** The characters of all kept documents together (about 250 MB of analyses). */
export const MAX_KEPT_TOTAL = 4_000_000

export class KeptAnalyses {
  /** In the order they were last used, the oldest first. */
  private readonly kept = new Map<string, { analysis: DocumentAnalysis; length: number }>()
  private total = 0

  /** `create(false)`: an analysis that keeps nothing between edits, for a document too long to keep. */
  constructor(private readonly create: (keeps: boolean) => DocumentAnalysis) {}

  /** The analysis to lint the document's text of `length` with: the one kept for it, or a fresh one. */
  take(uri: string, length: number): DocumentAnalysis {
    const kept = this.kept.get(uri)
    this.forget(uri)
    // A long export gets an analysis of its own each time, which keeps nothing: it can still stop when edited again.
    if (length > MAX_KEPT_LENGTH) return this.create(false)
    const analysis = kept?.analysis ?? this.create(true)
    this.kept.set(uri, { analysis, length })
    this.total += length
    for (const oldest of this.kept.keys()) {
      if (this.total <= MAX_KEPT_TOTAL || oldest === uri) break
      this.forget(oldest)
    }
    return analysis
  }

  forget(uri: string): void {
    const entry = this.kept.get(uri)
    if (!entry) return
    this.total -= entry.length
    this.kept.delete(uri)
  }

  /** The documents whose analyses are kept, the least recently used first. */
  uris(): string[] {
    return [...this.kept.keys()]
  }
}
