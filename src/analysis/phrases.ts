// Phrase matching for block classification: case-insensitive, on text whose whitespace is
// collapsed, at word boundaries. Plain `startsWith` / `indexOf` scans: linear in the block.

/** Lower-case, whitespace collapsed to single spaces, trimmed. */
export function normalizePhrase(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim()
}

const WORD_CHAR = /[\p{L}\p{N}]/u

/**
 * `text` without format characters (\p{Cf}: marks of direction, zero-width spaces and joiners, soft
 * hyphens): nothing a reader sees, so nothing that may hide a phrase ("\u200fEmpfohlener
 * redaktioneller Inhalt", "Ein Bei\u00adtrag geteilt von").
 */
export function withoutFormatMarks(text: string): string {
  return FORMAT_MARK.test(text) ? text.replace(FORMAT_MARKS, '') : text
}

/** `withoutFormatMarks`, and where each of its places stands in the text as written. */
export function withoutFormatMarksAt(written: string): { text: string; writtenAt: (at: number) => number } {
  if (!FORMAT_MARK.test(written)) return { text: written, writtenAt: (at) => at }
  const kept: number[] = []
  for (let at = 0; at < written.length; at++) if (!FORMAT_MARK.test(written[at])) kept.push(at)
  return { text: kept.map((at) => written[at]).join(''), writtenAt: (at) => kept[at] ?? written.length }
}

export const FORMAT_MARK = /\p{Cf}/u
const FORMAT_MARKS = /\p{Cf}/gu

/** `text` without the characters around it that are neither letters nor digits. */
export function trimToWords(text: string): string {
  return trimEndToWords(text.replace(/^[^\p{L}\p{N}]+/u, ''))
}

/**
 * `text` without the characters at its end that are neither letters nor digits (nor in `keep`).
 * A scan from the end: `/[^\p{L}\p{N}]+$/` retries from every start of a long run of
 * punctuation, which is quadratic.
 */
function trimEndToWords(text: string, keep = ''): string {
  let end = text.length
  while (end > 0) {
    const pair = end >= 2 && isLowSurrogate(text.charCodeAt(end - 1)) && isHighSurrogate(text.charCodeAt(end - 2))
    const from = pair ? end - 2 : end - 1
    const char = text.slice(from, end)
    if (WORD_CHAR.test(char) || keep.includes(char)) break
    end = from
  }
  return text.slice(0, end)
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff

/**
 * A phrase that starts or ends in a letter must not run on into a longer word, nor end on the
 * first part of a compound: "Inhalt von X" is not "Inhalt von X-Beiträgen".
 */
function boundedAt(text: string, start: number, end: number): boolean {
  const first = text[start]
  const last = text[end - 1]
  const runsOn = WORD_CHAR.test(text[end] ?? '') || (text[end] === '-' && WORD_CHAR.test(text[end + 1] ?? ''))
  return !(WORD_CHAR.test(first) && start > 0 && WORD_CHAR.test(text[start - 1])) && !(WORD_CHAR.test(last) && runsOn)
}

export class PhraseList {
  private readonly phrases: string[]

  constructor(phrases: Iterable<string>) {
    this.phrases = [...new Set([...phrases].map(normalizePhrase).filter((phrase) => phrase !== ''))]
  }

  /** The phrase `text` (normalized) begins with, if any. */
  opens(text: string): string | undefined {
    return this.phrases.find((phrase) => text.startsWith(phrase) && boundedAt(text, 0, phrase.length))
  }

  /** A phrase occurring anywhere in `text` (normalized), if any. */
  within(text: string): string | undefined {
    return this.phrases.find((phrase) => {
      for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
        if (boundedAt(text, at, at + phrase.length)) return true
      }
      return false
    })
  }

  /** `text` (normalized) is one of the phrases, punctuation around it aside. */
  equals(text: string): string | undefined {
    const bare = trimToWords(text)
    return this.phrases.find((phrase) => phrase === bare)
  }
}
