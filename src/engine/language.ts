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
  const numbers = countTrigrams(cleaned, others)
  let best = MODELS[0].lang
  let bestDistance = Infinity
  for (const { lang, ranks } of MODELS) {
    let distance = 0
    for (let k = 0; k < numbers; k++) {
      const slot = NUMBER_COUNTS.used[k]
      distance += difference(ranks.get(NUMBER_COUNTS.keys[slot]), NUMBER_COUNTS.counts[slot])
    }
    for (const [trigram, count] of others) distance += difference(ranks.get(trigram), count)
    if (distance < bestDistance) {
      best = lang
      bestDistance = distance
    }
  }
  for (let k = 0; k < numbers; k++) {
    const slot = NUMBER_COUNTS.used[k]
    NUMBER_COUNTS.keys[slot] = EMPTY
    NUMBER_COUNTS.counts[slot] = 0
  }
  return best
}

/** franc's distance of one trigram: how far its count is from its rank in the model. */
function difference(rank: number | undefined, count: number): number {
  return rank === undefined ? MAX_DIFFERENCE : Math.abs(count - rank - 1)
}

// Counting a sample's trigrams in a map was most of detection's time. Those that are numbers go to
// an open-addressed table reused by every call, with at least twice as many slots as a sample has
// trigrams: MAX_DETECT_LENGTH characters, which lower-casing may double ("İ"), and two spaces.
const SLOT_BITS = Math.ceil(Math.log2(2 * (2 * MAX_DETECT_LENGTH + 2)))
const SLOTS = 1 << SLOT_BITS
const EMPTY = -1
const NUMBER_COUNTS = {
  keys: new Int32Array(SLOTS).fill(EMPTY),
  counts: new Int32Array(SLOTS),
  /** The slots in use, in the order their trigrams first came. */
  used: new Int32Array(SLOTS)
}

/** Count the trigrams of `cleaned`: numbers into `NUMBER_COUNTS` (how many distinct ones is the answer), strings into `others`. */
function countTrigrams(cleaned: string, others: Map<string, number>): number {
  const { keys, counts, used } = NUMBER_COUNTS
  let distinct = 0
  for (let i = 0; i + 3 <= cleaned.length; i++) {
    const trigram = trigramKey(cleaned, i)
    if (typeof trigram === 'string') {
      others.set(trigram, (others.get(trigram) ?? 0) + 1)
      continue
    }
    let slot = Math.imul(trigram, 0x9e3779b1) >>> (32 - SLOT_BITS)
    while (keys[slot] !== EMPTY && keys[slot] !== trigram) slot = (slot + 1) & (SLOTS - 1)
    if (keys[slot] === EMPTY) {
      keys[slot] = trigram
      used[distinct++] = slot
    }
    counts[slot]++
  }
  return distinct
}

export function parseLang(value: unknown): Lang | undefined {
  if (typeof value !== 'string') return undefined
  const code = value.toLowerCase().slice(0, 2)
  return code === 'de' || code === 'en' ? code : undefined
}
