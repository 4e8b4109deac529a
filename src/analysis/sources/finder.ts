import type { SourceMention } from '../../engine/model.js'
import { SourceKinds } from './kinds.js'

// The per-sentence state of the source finder: the mentions found so far, which later steps must not overlap.

export class SentenceSources extends SourceKinds {
  readonly found: SourceMention[] = []
  /** Where each found mention's name stands: a verb's mention runs from its subject to the verb over the words between. */
  private readonly names: Array<{ start: number; end: number }> = []

  private taken(start: number, end: number, spans: Array<{ start: number; end: number }> = this.found): boolean {
    return spans.some((span) => span.start < end && start < span.end)
  }

  /** A mention, unless it overlaps one found before (with `besideNames`, only another's name: "Leitl hat einen Zeitungsbericht dementiert"). */
  add(from: number, to: number, nameFrom: number, nameTo: number, kind: SourceMention['kind'], besideNames = false): void {
    const start = this.tokens[from].start
    const end = this.tokens[to].end
    if (this.taken(start, end, besideNames ? this.names : this.found)) return
    const name = this.sentence.text.slice(this.tokens[nameFrom].start - this.sentence.start, this.tokens[nameTo].end - this.sentence.start)
    this.found.push({ start, end, name, kind, sentence: this.sentence.index })
    this.names.push({ start: this.tokens[nameFrom].start, end: this.tokens[nameTo].end })
  }

  /** A source already found in the clause of token `i`. */
  clauseHasSource(i: number, kind?: SourceMention['kind']): boolean {
    const from = this.tokens[this.clauseStart(i)].start
    const to = this.tokens[this.clauseEnd(i)].end
    return this.taken(from, to, kind ? this.found.filter((mention) => mention.kind === kind) : this.found)
  }
}
