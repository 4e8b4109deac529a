import type { Article, SourceInventory, SourceInventoryEntry } from '../engine/model.js'
import type { Stage } from '../engine/stage.js'

// The article's sources at a glance, for `newslint analyze`: each source with the sentences it
// supports (its own and those that inherit or quote from it), and how many claims rest on a
// named source. An editor sees that a story hangs on one anonymous report.

export const sourceInventoryStage: Stage = {
  id: 'source-inventory',
  reads: ['sources', 'sourcing'],
  writes: ['sourceInventory'],
  run: takeInventory
}

function takeInventory(article: Article): void {
  const sourcing = article.annotations.sourcing ?? []
  // Sets while collecting: a source that many sentences inherit must not cost a search per sentence.
  const byName = new Map<string, { entry: SourceInventoryEntry; sentences: Set<number> }>()
  const entriesOfSentence = new Map<number, Array<{ entry: SourceInventoryEntry; sentences: Set<number> }>>()
  for (const mention of article.annotations.sources ?? []) {
    const key = `${mention.kind}\u0000${normalizeName(mention.name)}`
    let source = byName.get(key)
    if (!source) {
      source = { entry: { name: mention.name, kind: mention.kind, sentences: [] }, sentences: new Set() }
      byName.set(key, source)
    }
    source.sentences.add(mention.sentence)
    const entries = entriesOfSentence.get(mention.sentence)
    if (entries) entries.push(source)
    else entriesOfSentence.set(mention.sentence, [source])
  }
  let claims = 0
  let namedClaims = 0
  for (const item of sourcing) {
    const origin = item.from ?? item.sentence
    const entries = entriesOfSentence.get(origin) ?? []
    if (item.from !== undefined) for (const source of entries) source.sentences.add(item.sentence)
    if (!item.claim) continue
    claims++
    if (entries.some((source) => source.entry.kind === 'named')) namedClaims++
  }
  for (const source of byName.values()) source.entry.sentences = [...source.sentences].sort((a, b) => a - b)
  article.annotations.sourceInventory = {
    sources: [...byName.values()].map((source) => source.entry),
    claims,
    namedClaims,
    namedShare: claims === 0 ? 0 : namedClaims / claims
  } satisfies SourceInventory
}

/** "die Polizei" and "Die Polizei" are one source. */
function normalizeName(name: string): string {
  return name
    .toLowerCase()
    .replace(/["„“”»«]/g, '')
    .trim()
}
