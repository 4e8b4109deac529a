// Word phrases (lower-case words) grouped by their first word: a scan over a sentence's tokens
// looks at the few phrases that can start at a token instead of trying every phrase at every token.

export class PhraseIndex {
  private readonly byFirstWord = new Map<string, string[][]>()
  /** Empty phrases start anywhere. */
  private readonly anywhere: string[][] = []

  constructor(phrases: string[][]) {
    for (const phrase of phrases) {
      if (phrase.length === 0) {
        this.anywhere.push(phrase)
        for (const list of this.byFirstWord.values()) list.push(phrase)
        continue
      }
      let list = this.byFirstWord.get(phrase[0])
      if (!list) this.byFirstWord.set(phrase[0], (list = [...this.anywhere]))
      list.push(phrase)
    }
  }

  /** The phrases that may start with `word`, in their order in the list. */
  startingWith(word: string): string[][] {
    return this.byFirstWord.get(word) ?? this.anywhere
  }
}

const indexes = new WeakMap<string[][], PhraseIndex>()

/** The index of a phrase list, built once per list. */
export function phraseIndex(phrases: string[][]): PhraseIndex {
  let index = indexes.get(phrases)
  if (!index) indexes.set(phrases, (index = new PhraseIndex(phrases)))
  return index
}
