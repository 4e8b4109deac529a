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
  const byName = new Map<string, SourceInventoryEntry>()
  const entryOfSentence = new Map<number, SourceInventoryEntry[]>()
  for (const mention of article.annotations.sources ?? []) {
    const key = `${mention.kind}\u0000${normalizeName(mention.name)}`
    let entry = byName.get(key)
    if (!entry) {
      entry = { name: mention.name, kind: mention.kind, sentences: [] }
      byName.set(key, entry)
    }
    if (!entry.sentences.includes(mention.sentence)) entry.sentences.push(mention.sentence)
    entryOfSentence.set(mention.sentence, [...(entryOfSentence.get(mention.sentence) ?? []), entry])
  }
  let claims = 0
  let namedClaims = 0
  for (const item of sourcing) {
    const origin = item.from ?? item.sentence
    const entries = entryOfSentence.get(origin) ?? []
    if (item.from !== undefined)
      for (const entry of entries) if (!entry.sentences.includes(item.sentence)) entry.sentences.push(item.sentence)
    if (!item.claim) continue
    claims++
    if (entries.some((entry) => entry.kind === 'named')) namedClaims++
  }
  for (const entry of byName.values()) entry.sentences.sort((a, b) => a - b)
  article.annotations.sourceInventory = {
    sources: [...byName.values()],
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
