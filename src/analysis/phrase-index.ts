import type { Token } from '../engine/model.js'

// Word phrases (lower-case words) in a tree of their words: a scan over a sentence's tokens walks
// from each token only as far as some phrase's words go on matching, so the work at a token is
// bounded by the longest phrase, not by how many phrases share their first words (a newsroom's
// list of 1,000 entries that all open alike made an article take minutes). Written here: the
// phrases are short token sequences matched in list order, which no string-matching package offers.

interface Node {
  next: Map<string, Node>
  /** Places in the list of the phrases that end here. */
  ends: number[]
}

const NONE: readonly string[][] = []

export class PhraseIndex {
  private readonly root: Node = { next: new Map(), ends: [] }

  constructor(private readonly phrases: readonly string[][]) {
    phrases.forEach((phrase, place) => {
      let node = this.root
      for (const word of phrase) {
        let next = node.next.get(word)
        if (!next) node.next.set(word, (next = { next: new Map(), ends: [] }))
        node = next
      }
      node.ends.push(place)
    })
  }

  /**
   * The phrases whose words are those of the tokens from `i` on (lower-cased, outside direct
   * quotes), in their order in the list. An empty phrase matches anywhere.
   */
  matchingAt(tokens: readonly Token[], i: number): readonly string[][] {
    let places: number[] | undefined
    let node: Node | undefined = this.root
    for (let k = i; node; k++) {
      if (node.ends.length > 0) places = places ? [...places, ...node.ends] : node.ends
      const token: Token | undefined = tokens[k]
      node = token && !token.quoted ? node.next.get(token.lower) : undefined
    }
    if (!places) return NONE
    return (places.length > 1 ? [...places].sort((a, b) => a - b) : places).map((place) => this.phrases[place])
  }

  /** The first phrase in the list whose words match at token `i`, as `matchingAt` reads them. */
  firstAt(tokens: readonly Token[], i: number): string[] | undefined {
    return this.matchingAt(tokens, i)[0]
  }
}

const indexes = new WeakMap<string[][], PhraseIndex>()

/** The index of a phrase list, built once per list. */
export function phraseIndex(phrases: string[][]): PhraseIndex {
  let index = indexes.get(phrases)
  if (!index) indexes.set(phrases, (index = new PhraseIndex(phrases)))
  return index
}
