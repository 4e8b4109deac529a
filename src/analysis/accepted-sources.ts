import type { Sentence, SourceMention } from '../engine/model.js'

// Sources a newsroom accepts as named (vocabulary `acceptedSources`: "unser Korrespondent",
// "Recherchen des STANDARD"): a vague mention holding one is named, and a sentence naming one
// where the finder saw no source has it as its source. Matched case-insensitively.

/** The accepted sources as matched: lower-cased, blank entries dropped (they would accept everything). */
export function acceptedSourceNames(names: string[]): string[] {
  return names.filter((name) => name.trim() !== '').map(lowerKeepingOffsets)
}

/** The sentence's mentions with the accepted sources applied; `mentions` are the finder's, in order. */
export function applyAcceptedSources(sentence: Sentence, mentions: SourceMention[], accepted: string[]): SourceMention[] {
  if (accepted.length === 0) return mentions
  const isAccepted = (text: string) => accepted.some((name) => lowerKeepingOffsets(text).includes(name))
  const result = mentions.map((mention) =>
    mention.kind === 'vague' && isAccepted(mention.name) ? { ...mention, kind: 'named' as const } : mention
  )
  const text = lowerKeepingOffsets(sentence.text)
  for (const name of accepted) {
    const at = text.indexOf(name)
    if (at < 0) continue
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
