import type { Sentence, SourceMention } from '../../engine/model.js'
import { perVocabularyAndLanguage, vocabularyWords } from '../../engine/vocabulary.js'

// Sources a newsroom accepts as named (vocabulary `acceptedSources`: "unser Korrespondent",
// "Recherchen des STANDARD"): a vague mention holding one is named, and a sentence naming one
// where the finder saw no source has it as its source. Matched case-insensitively.

interface Node {
  next: Map<string, Node>
  /** Places in the list of the names that end here. */
  ends: number[]
}

/**
 * The accepted sources as matched: lower-cased, blank entries dropped (they would accept
 * everything), in a tree of their characters. A text is read once: from each place the tree is
 * walked only as far as some name goes on matching, so the work is bounded by the longest name,
 * not by how many names open alike (1,000 names of one opening took 41 s on a 120 KB article).
 */
export class AcceptedSources {
  readonly names: string[]
  private readonly root: Node = { next: new Map(), ends: [] }

  constructor(names: string[]) {
    this.names = names.filter((name) => name.trim() !== '').map(lowerKeepingOffsets)
    this.names.forEach((name, place) => {
      let node = this.root
      // By UTF-16 unit, as the text is read.
      for (let k = 0; k < name.length; k++) {
        let next = node.next.get(name[k])
        if (!next) node.next.set(name[k], (next = { next: new Map(), ends: [] }))
        node = next
      }
      node.ends.push(place)
    })
  }

  /** Where each name first occurs in `text` (lower-cased), by the name's place in the list. */
  firstPlaces(text: string): Map<number, number> {
    const places = new Map<number, number>()
    if (this.names.length === 0) return places
    for (let at = 0; at < text.length && places.size < this.names.length; at++) {
      let node = this.root.next.get(text[at])
      for (let end = at + 1; node; end++) {
        for (const place of node.ends) if (!places.has(place)) places.set(place, at)
        node = end < text.length ? node.next.get(text[end]) : undefined
      }
    }
    return places
  }
}

/** The language's accepted sources from the newsroom's vocabulary, filed once. */
export const newsroomAcceptedSources = perVocabularyAndLanguage(
  (vocabulary, lang) => new AcceptedSources(vocabularyWords(vocabulary, lang, 'acceptedSources'))
)

/** The sentence's mentions with the accepted sources applied; `mentions` are the finder's, in order. */
export function applyAcceptedSources(sentence: Sentence, mentions: SourceMention[], accepted: AcceptedSources): SourceMention[] {
  if (accepted.names.length === 0) return mentions
  const isAccepted = (text: string) => accepted.firstPlaces(lowerKeepingOffsets(text)).size > 0
  const result = mentions.map((mention) =>
    mention.kind === 'vague' && isAccepted(mention.name) ? { ...mention, kind: 'named' as const } : mention
  )
  const places = accepted.firstPlaces(lowerKeepingOffsets(sentence.text))
  // In the list's order, as the newsroom wrote it: an earlier name's place is taken first.
  for (const index of [...places.keys()].sort((a, b) => a - b)) {
    const name = accepted.names[index]
    const at = places.get(index)!
    const start = sentence.start + at
    const end = start + name.length
    if (result.some((mention) => mention.start < end && start < mention.end)) continue
    result.push({ start, end, name: sentence.text.slice(at, at + name.length), kind: 'named', sentence: sentence.index })
  }
  return result.sort((a, b) => a.start - b.start)
}

/** Lower case where it keeps the length ("İ" lower-cases to two code units), so offsets still hold. */
function lowerKeepingOffsets(text: string): string {
  const lower = text.toLowerCase()
  return lower.length === text.length
    ? lower
    : [...text].map((char) => (char.toLowerCase().length === char.length ? char.toLowerCase() : char)).join('')
}
