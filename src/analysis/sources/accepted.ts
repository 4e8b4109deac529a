import { addTo } from '../../engine/arrays.js'
import type { Sentence, SourceMention } from '../../engine/model.js'
import { perVocabularyAndLanguage, vocabularyWords } from '../../engine/vocabulary.js'

// Sources a newsroom accepts as named (vocabulary `acceptedSources`: "unser Korrespondent",
// "Recherchen des STANDARD"): a vague mention holding one is named, and a sentence naming one
// where the finder saw no source has it as its source. Matched case-insensitively.

/** Characters of a name's start it is filed under: a text is read once, not once per name. */
const KEY_LENGTH = 4

/** The accepted sources as matched: lower-cased, blank entries dropped (they would accept everything), filed by how they start. */
export class AcceptedSources {
  readonly names: string[]
  private readonly byStart = new Map<string, number[]>()
  /** The lengths of the keys names are filed under: `KEY_LENGTH`, and those of shorter names, filed whole. */
  private readonly keyLengths: number[]

  constructor(names: string[]) {
    this.names = names.filter((name) => name.trim() !== '').map(lowerKeepingOffsets)
    const lengths = new Set([KEY_LENGTH])
    this.names.forEach((name, index) => {
      const key = name.slice(0, KEY_LENGTH)
      lengths.add(key.length)
      addTo(this.byStart, key, index)
    })
    this.keyLengths = [...lengths]
  }

  /** Where each name first occurs in `text` (lower-cased), by the name's place in the list. */
  firstPlaces(text: string): Map<number, number> {
    const places = new Map<number, number>()
    if (this.names.length === 0) return places
    for (let at = 0; at < text.length; at++) {
      for (const length of this.keyLengths) {
        for (const index of this.byStart.get(text.slice(at, at + length)) ?? []) {
          if (!places.has(index) && text.startsWith(this.names[index], at)) places.set(index, at)
        }
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
