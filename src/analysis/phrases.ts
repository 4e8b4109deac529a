// Phrase matching for block classification: case-insensitive, on text whose whitespace is
// collapsed, at word boundaries. Plain `startsWith` / `indexOf` scans: linear in the block.

/** Lower-case, whitespace collapsed to single spaces, trimmed. */
export function normalizePhrase(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim()
}

const WORD_CHAR = /[\p{L}\p{N}]/u

/** A phrase that starts or ends in a letter must not run on into a longer word. */
function boundedAt(text: string, start: number, end: number): boolean {
  const first = text[start]
  const last = text[end - 1]
  return !(WORD_CHAR.test(first) && start > 0 && WORD_CHAR.test(text[start - 1])) && !(WORD_CHAR.test(last) && end < text.length && WORD_CHAR.test(text[end]))
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
    const bare = text.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
    return this.phrases.find((phrase) => phrase === bare)
  }
}
