import type { Token } from '../engine/model.js'

// Clause-level helpers over a sentence's tokens without whitespace ("units"). German clauses are
// cut by commas, dashes, colons and brackets; that is all the structure the hedge readings need.

const CLAUSE_MARKS = new Set([',', ';', ':', '–', '—', '(', ')', '[', ']', '-', '.', '!', '?'])

export function wordUnits(tokens: Token[]): Token[] {
  return tokens.filter((token) => token.kind !== 'whitespace')
}

export function isWord(unit: Token | undefined): unit is Token {
  return unit !== undefined && unit.kind === 'word'
}

/** A punctuation unit that ends a clause (quotation marks do not). */
export function isClauseMark(unit: Token | undefined): boolean {
  if (!unit || unit.kind === 'word') return false
  for (const char of unit.value) if (CLAUSE_MARKS.has(char)) return true
  return false
}

/** The lower-case word without a clitic "’s" ("soll’s" → "soll") or a full stop the tokenizer kept ("könnte.“"). */
export function bare(unit: Token): string {
  const lower = unit.lower
  // One slice for both endings: a clitic turns up long after the optimising compiler met the
  // full stops, and a slice of its own was then a call without feedback, a deopt of every caller.
  const cut = strayEnding(lower)
  return cut === 0 ? lower : lower.slice(0, -cut)
}

/** How many chars at the end of `lower` are a clitic "’s" (2) or a full stop (1), else 0. */
function strayEnding(lower: string): number {
  // Char tests, not three `endsWith` calls: every word of every sentence is bared.
  const last = lower.charCodeAt(lower.length - 1)
  if (last === FULL_STOP) return 1
  // A one-letter "s" has no clitic: reading before its first char was out of bounds, a deopt of every caller.
  if (last !== LETTER_S || lower.length < 2) return 0
  const apostrophe = lower.charCodeAt(lower.length - 2)
  return apostrophe === APOSTROPHE || apostrophe === RIGHT_QUOTE ? 2 : 0
}

const FULL_STOP = 0x2e
const LETTER_S = 0x73
const APOSTROPHE = 0x27
const RIGHT_QUOTE = 0x2019

/** [start, end) of the clause around `index`: the units between the nearest clause marks. */
export function clauseAround(units: Token[], index: number): [number, number] {
  let start = index
  while (start > 0 && !isClauseMark(units[start - 1])) start--
  let end = index + 1
  while (end < units.length && !isClauseMark(units[end])) end++
  return [start, end]
}

export function isQuestion(units: Token[], index: number): boolean {
  for (let i = index + 1; i < units.length; i++) {
    if (units[i].value.includes('?')) return true
    if (units[i].value.includes('.') || units[i].value.includes('!')) return false
  }
  return false
}

/** Does any word in units[from, to) belong to `set`? */
export function anyIn(units: Token[], from: number, to: number, set: ReadonlySet<string>): boolean {
  for (let i = Math.max(0, from); i < Math.min(units.length, to); i++) if (units[i].kind === 'word' && set.has(bare(units[i]))) return true
  return false
}

/** The word before `index` in the same clause, if any. */
export function wordBefore(units: Token[], index: number): Token | undefined {
  const unit = units[index - 1]
  return isWord(unit) ? unit : undefined
}

export function wordAfter(units: Token[], index: number): Token | undefined {
  const unit = units[index + 1]
  return isWord(unit) ? unit : undefined
}

/** Written in lower case (verbs, adverbs), unless it opens the sentence. */
export function isLowerCase(unit: Token, units: Token[]): boolean {
  const first = unit.value.charAt(0)
  return first === first.toLowerCase() || units[0] === unit
}
