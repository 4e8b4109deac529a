import { firstIndex } from '../engine/arrays.js'
import { lineBreaks } from '../engine/line-breaks.js'
import type { Position } from './lint.js'
import type { Edit } from './rule.js'

// With `--changed-since`, a run reports on and fixes only the lines a change touched. Fixing runs
// in passes, each on the text the last one left, so the lines are kept as spans of text that
// move with every edit: the same findings are reported and fixed.

/** The parts of a file a run reports on and may fix. */
export interface Scope {
  covers(position: Position): boolean
  /** The same parts in the text after `edits` (applied together, not overlapping); text they insert counts as changed. */
  after(edits: Edit[]): Scope
}

export const EVERYWHERE: Scope = {
  covers: () => true,
  after: () => EVERYWHERE
}

type Span = [number, number]

/** The given lines (1-based) of `source`, each without its line break. */
export function linesScope(source: string, lines: ReadonlySet<number>): Scope {
  const spans: Span[] = []
  const breaks = lineBreaks()
  let start = 0
  for (let line = 1; start <= source.length; line++) {
    const found = breaks.exec(source)
    const end = found ? found.index : source.length
    if (lines.has(line)) spans.push([start, end])
    if (!found) break
    start = end + found[0].length
  }
  return spanScope(spans)
}

/** `spans` sorted and disjoint. */
function spanScope(spans: Span[]): Scope {
  return {
    covers(position) {
      const span = spans[firstIndex(spans, (candidate) => candidate[1] >= position.offset)]
      return span !== undefined && span[0] <= position.endOffset
    },
    after: (edits) => spanScope(moveSpans(spans, edits))
  }
}

/** Edits sorted by start, and how much the edits before each lengthened the text (one entry more than edits). */
function sortedWithShifts(edits: Edit[]): { sorted: Edit[]; shifts: number[] } {
  const sorted = [...edits].sort((a, b) => a.start - b.start)
  const shifts = [0]
  for (const edit of sorted) shifts.push(shifts[shifts.length - 1] + edit.text.length - (edit.end - edit.start))
  return { sorted, shifts }
}

/**
 * Where a point of the text stands after `edits` (applied together, not overlapping), and whether
 * it lay inside text they replaced (it then moves to the replacement's start or end, by `side`).
 */
export function pointMover(edits: Edit[]): (point: number, side: 'start' | 'end') => { at: number; replaced: boolean } {
  return moverOver(sortedWithShifts(edits))
}

function moverOver({ sorted, shifts }: { sorted: Edit[]; shifts: number[] }): ReturnType<typeof pointMover> {
  return (point, side) => {
    // Edits are disjoint and sorted, so their ends are sorted too.
    const index = firstIndex(sorted, (edit) => edit.end > point)
    const edit = sorted[index]
    if (edit && edit.start < point) return { at: edit.start + shifts[index] + (side === 'end' ? edit.text.length : 0), replaced: true }
    return { at: point + shifts[index], replaced: false }
  }
}

/** Spans moved through the edits, plus the text they insert; a span the edits deleted is gone. */
function moveSpans(spans: Span[], edits: Edit[]): Span[] {
  const { sorted, shifts } = sortedWithShifts(edits)
  const mover = moverOver({ sorted, shifts })
  const move = (point: number, side: 'start' | 'end') => mover(point, side).at
  const moved: Span[] = []
  for (const [start, end] of spans) {
    const span: Span = [move(start, 'start'), move(end, 'end')]
    if (span[1] > span[0] || start === end) moved.push(span)
  }
  sorted.forEach((edit, index) => {
    if (edit.text.length > 0) moved.push([edit.start + shifts[index], edit.start + shifts[index] + edit.text.length])
  })
  return merge(moved)
}

function merge(spans: Span[]): Span[] {
  const merged: Span[] = []
  for (const span of spans.sort((a, b) => a[0] - b[0])) {
    const last = merged[merged.length - 1]
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1])
    else merged.push([...span])
  }
  return merged
}
