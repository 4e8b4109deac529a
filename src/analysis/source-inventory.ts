import type { Article, SourceInventory, SourceInventoryEntry, SourceMention } from '../engine/model.js'
import { sourceLexicon } from './source-lexicon.js'

// The article's sources at a glance, for `newslint analyze`, JSON output and the editor: each
// source with the sentences it supports (its own and those that inherit or quote from it), and
// how many claims rest on a named source. An editor sees that a story hangs on one anonymous
// report. A pronoun ("sagte er") or a back reference ("demnach") names no new source: it stands
// for the source named last, and the inventory lists that one.

export function sourceInventoryStage(article: Article): void {
  const sourcing = article.annotations.sourcing ?? []
  const byName = new Map<string, SourceInventoryEntry>()
  const entryOfSentence = new Map<number, SourceInventoryEntry[]>()
  let last: SourceInventoryEntry | undefined
  for (const mention of article.annotations.sources ?? []) {
    const entry = pointsBack(article, mention) ? last : entryFor(byName, mention)
    if (!entry) continue
    if (!pointsBack(article, mention)) last = entry
    if (!entry.sentences.includes(mention.sentence)) entry.sentences.push(mention.sentence)
    entryOfSentence.set(mention.sentence, [...(entryOfSentence.get(mention.sentence) ?? []), entry])
  }
  let claims = 0
  let namedClaims = 0
  for (const item of sourcing) {
    const origin = item.from ?? item.sentence
    const entries = entryOfSentence.get(origin) ?? []
    if (item.from !== undefined) for (const entry of entries) if (!entry.sentences.includes(item.sentence)) entry.sentences.push(item.sentence)
    if (!item.claim) continue
    claims++
    const named = (article.annotations.sources ?? []).some((mention) => mention.sentence === origin && mention.kind === 'named')
    if (named || entries.some((entry) => entry.kind === 'named')) namedClaims++
  }
  for (const entry of byName.values()) entry.sentences.sort((a, b) => a - b)
  article.annotations.sourceInventory = {
    sources: [...byName.values()],
    claims,
    namedClaims,
    namedShare: claims === 0 ? 0 : namedClaims / claims
  } satisfies SourceInventory
}

function entryFor(byName: Map<string, SourceInventoryEntry>, mention: SourceMention): SourceInventoryEntry {
  const key = `${mention.kind}\u0000${normalizeName(mention.name)}`
  let entry = byName.get(key)
  if (!entry) {
    entry = { name: mention.name, kind: mention.kind, sentences: [] }
    byName.set(key, entry)
  }
  return entry
}

/** "er", "sie", "demnach", "nach eigenen Angaben": the mention refers to a source named before. */
function pointsBack(article: Article, mention: SourceMention): boolean {
  const lexicon = sourceLexicon(article.blocks[article.sentences[mention.sentence].block].lang)
  const name = normalizeName(mention.name)
  return lexicon.pronouns.has(name) || lexicon.backReferences.some((phrase) => phrase.join(' ') === name)
}

/** "die Polizei" and "Die Polizei" are one source. */
function normalizeName(name: string): string {
  return name.toLowerCase().replace(/["„“”»«]/g, '').trim()
}
