import { data } from 'franc-min/data.js'
import { expressions } from 'franc-min/expressions.js'
import type { Lang } from './model.js'

// Language detection is franc (franc-min) limited to German and English, computed here from
// franc's own scripts and trigram models with the same arithmetic: franc counts trigrams in an
// object used as a dictionary and sorts them, which made detection the largest cost after
// parsing (it runs per block and per sentence that may be a foreign post). A test holds the
// answers to franc's.

const CODES: Record<string, Lang> = { deu: 'de', eng: 'en' }

// Below this many letters trigram statistics say little; short blocks take the article's language.
const MIN_DETECT_LENGTH = 60
const MAX_DETECT_LENGTH = 600
// franc's penalty for a trigram the language model lacks.
const MAX_DIFFERENCE = 300
// franc's script of German and English, and their models in its order (which decides a tie).
const SCRIPT = 'Latin'
const MODELS = Object.keys(data[SCRIPT])
  .filter((code) => code in CODES)
  .map((code) => ({ lang: CODES[code], ranks: ranks(data[SCRIPT][code]) }))

// Looking trigrams up in maps was most of detection's time. Those that are numbers live in one
// open-addressed table: each model's rank of it (-1 where the model lacks it) and, during a call,
// the sample's count. A sample's own trigrams are taken out after it; the models' were put in
// first, so that no probe for one of theirs passes a slot taken out. The table has at least twice
// as many slots as the models' trigrams and a sample's (MAX_DETECT_LENGTH characters, which
// lower-casing may double, "İ", and two spaces).
const MODEL_TRIGRAMS = MODELS.reduce((sum, { ranks }) => sum + ranks.size, 0)
const SLOT_BITS = Math.ceil(Math.log2(2 * (MODEL_TRIGRAMS + 2 * MAX_DETECT_LENGTH + 2)))
const SLOTS = 1 << SLOT_BITS
const EMPTY = -1
const TRIGRAMS = {
  keys: new Int32Array(SLOTS).fill(EMPTY),
  ranks: new Int32Array(SLOTS * MODELS.length).fill(-1),
  counts: new Int32Array(SLOTS),
  /** The slots a sample's trigrams took, in the order they first came. */
  used: new Int32Array(SLOTS)
}
MODELS.forEach(({ ranks }, m) => {
  for (const [trigram, rank] of ranks) if (typeof trigram === 'number') TRIGRAMS.ranks[slotOf(trigram) * MODELS.length + m] = rank
})

/** franc's model: trigram key → its rank ("|"-separated, most frequent first; a repeated trigram keeps its first rank). */
function ranks(model: string): Map<number | string, number> {
  const trigrams = model.split('|')
  const result = new Map<number | string, number>()
  for (let rank = trigrams.length - 1; rank >= 0; rank--) result.set(trigramKey(trigrams[rank], 0), rank)
  return result
}

/**
 * The trigram at `at` as a small integer when its three characters are below U+0400 (all of German
 * and English), else as the string: counting a sample then builds no strings.
 */
function trigramKey(text: string, at: number): number | string {
  const a = text.charCodeAt(at)
  const b = text.charCodeAt(at + 1)
  const c = text.charCodeAt(at + 2)
  return (a | b | c) < 0x400 ? (a << 20) | (b << 10) | c : text.slice(at, at + 3)
}

// The same sample recurs as the editor re-lints a document (each keystroke) and a block is its own article's
// opening; detection is pure, so answers are kept (a bounded number).
const answers = new Map<string, Lang | undefined>()
const MAX_ANSWERS = 2000

/** Detect German or English, or undefined when the text is too short or neither. */
export function detectLanguage(text: string): Lang | undefined {
  const sample = sampleOf(text)
  if (sample.length < MIN_DETECT_LENGTH) return undefined
  if (answers.has(sample)) return answers.get(sample)
  if (answers.size >= MAX_ANSWERS) answers.clear()
  const lang = topScript(sample) === SCRIPT ? closestModel(sample) : undefined
  answers.set(sample, lang)
  return lang
}

/**
 * The text's opening, its whitespace collapsed to single spaces and trimmed, as much as detection
 * reads: `text.slice(0, 20 * MAX_DETECT_LENGTH).replace(/\s+/g, ' ').trim().slice(0, MAX_DETECT_LENGTH)`,
 * without collapsing the whole window when a block is a whole article. Trigram statistics settle
 * within a few hundred characters; more only costs time.
 */
function sampleOf(text: string): string {
  const window = Math.min(text.length, 20 * MAX_DETECT_LENGTH)
  let sample = ''
  for (let at = 0; at < window && sample.length <= MAX_DETECT_LENGTH;) {
    while (at < window && isSpace(text.charCodeAt(at))) at++
    const from = at
    while (at < window && !isSpace(text.charCodeAt(at))) at++
    if (at > from) sample += sample === '' ? text.slice(from, at) : ` ${text.slice(from, at)}`
  }
  return sample.slice(0, MAX_DETECT_LENGTH)
}

/** A character of `\s` (and of what `trim` removes): ECMAScript's white space and line terminators. */
function isSpace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d)
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}

/**
 * The script most of the sample is written in, as franc picks it (the first of equals). A sample
 * more than half Latin letters is Latin without franc's twenty expressions (each match an array
 * of one-letter strings): no character is Latin and of another script, so no other has as many.
 */
function topScript(sample: string): string | undefined {
  if (2 * commonLatinLetters(sample) > sample.length) return SCRIPT
  let top: string | undefined
  let topShare = -1
  for (const [script, expression] of Object.entries(expressions)) {
    const share = (sample.match(expression)?.length ?? 0) / sample.length || 0
    if (share > topShare) {
      topShare = share
      top = script
    }
  }
  return top
}

/** Letters of franc's Latin expression up to U+02B8, counted without building strings. */
function commonLatinLetters(sample: string): number {
  let count = 0
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i)
    const lower = code | 0x20
    if (
      (lower >= 0x61 && lower <= 0x7a) ||
      code === 0xaa ||
      code === 0xba ||
      (code >= 0xc0 && code <= 0x2b8 && code !== 0xd7 && code !== 0xf7)
    )
      count++
  }
  return count
}

/** The model nearest the sample's trigram counts, by franc's distance. */
function closestModel(sample: string): Lang {
  const cleaned = ` ${sample
    .replace(/[\u0021-\u0040]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()} `
  const others = new Map<string, number>()
  const distinct = countTrigrams(cleaned, others)
  const { counts, ranks, used } = TRIGRAMS
  // A typed array has one map however it is made: `MODELS.map(() => 0)` made arrays of another elements
  // kind once optimised code inlined `map`, and the sum below was deoptimised on the first of them.
  const distances = new Float64Array(MODELS.length)
  for (let k = 0; k < distinct; k++) {
    const slot = used[k]
    for (let m = 0; m < MODELS.length; m++) distances[m] += difference(ranks[slot * MODELS.length + m], counts[slot])
  }
  for (const [trigram, count] of others) MODELS.forEach(({ ranks }, m) => (distances[m] += difference(ranks.get(trigram) ?? -1, count)))
  forgetSample(distinct)
  let best = 0
  for (let m = 1; m < MODELS.length; m++) if (distances[m] < distances[best]) best = m
  return MODELS[best].lang
}

/** franc's distance of one trigram: how far its count is from its rank in the model (-1: not in it). */
function difference(rank: number, count: number): number {
  return rank < 0 ? MAX_DIFFERENCE : Math.abs(count - rank - 1)
}

/** Count the trigrams of `cleaned`: numbers into `TRIGRAMS` (how many distinct ones is the answer), strings into `others`. */
function countTrigrams(cleaned: string, others: Map<string, number>): number {
  const { counts, used } = TRIGRAMS
  let distinct = 0
  for (let i = 0; i + 3 <= cleaned.length; i++) {
    const trigram = trigramKey(cleaned, i)
    if (typeof trigram === 'string') {
      others.set(trigram, (others.get(trigram) ?? 0) + 1)
      continue
    }
    const slot = slotOf(trigram)
    if (counts[slot] === 0) used[distinct++] = slot
    counts[slot]++
  }
  return distinct
}

/** Clear the counts, and take out the trigrams no model has: the table holds the models' alone again. */
function forgetSample(distinct: number): void {
  const { keys, counts, ranks, used } = TRIGRAMS
  for (let k = 0; k < distinct; k++) {
    const slot = used[k]
    counts[slot] = 0
    let inModels = false
    for (let m = 0; m < MODELS.length; m++) if (ranks[slot * MODELS.length + m] >= 0) inModels = true
    if (!inModels) keys[slot] = EMPTY
  }
}

/** The slot of a trigram in `TRIGRAMS`, taken for it if it has none. */
function slotOf(trigram: number): number {
  const { keys } = TRIGRAMS
  let slot = Math.imul(trigram, 0x9e3779b1) >>> (32 - SLOT_BITS)
  while (keys[slot] !== EMPTY && keys[slot] !== trigram) slot = (slot + 1) & (SLOTS - 1)
  keys[slot] = trigram
  return slot
}

export function parseLang(value: unknown): Lang | undefined {
  if (typeof value !== 'string') return undefined
  const code = value.toLowerCase().slice(0, 2)
  return code === 'de' || code === 'en' ? code : undefined
}
