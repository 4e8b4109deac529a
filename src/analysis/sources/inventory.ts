import { addTo } from '../../engine/arrays.js'
import type { Article, SourceInventory, SourceInventoryEntry, SourceMention } from '../../engine/model.js'
import type { Stage } from '../../engine/stage.js'
import { pastedInsideProse } from '../sourcing/claims.js'
import { sourceLexicon } from './lexicon.js'

// The article's sources at a glance, for `newslint analyze`, JSON output and the editor: each
// source with the sentences it supports (its own and those that inherit or quote from it), and
// how many claims rest on a named source. An editor sees that a story hangs on one anonymous
// report. A pronoun ("sagte er") or a back reference ("demnach") names no new source: it stands
// for the source named last, and the inventory lists that one.

export const sourceInventoryStage: Stage = {
  id: 'source-inventory',
  reads: ['sources', 'sourcing', 'pasted'],
  writes: ['sourceInventory'],
  run: takeInventory
}

function takeInventory(article: Article): void {
  const sourcing = article.annotations.sourcing ?? []
  // Sets while collecting: a source that many sentences inherit must not cost a search per sentence.
  const byName = new Map<string, Source>()
  const entriesOfSentence = new Map<number, Source[]>()
  let last: Source | undefined
  // Each name normalised once: an article names its sources again and again.
  const names = new Map<string, string>()
  // A teaser glued to a paragraph names no source of the article ("… said. Read more: …").
  const pasted = new Set(pastedInsideProse(article))
  for (const mention of article.annotations.sources ?? []) {
    if (pasted.has(mention.sentence)) continue
    let name = names.get(mention.name)
    if (name === undefined) names.set(mention.name, (name = normalizeName(mention.name)))
    const back = pointsBack(article, mention, name)
    const source = back ? last : sourceFor(byName, mention, name)
    if (!source) continue
    if (!back) last = source
    source.sentences.add(mention.sentence)
    addTo(entriesOfSentence, mention.sentence, source)
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

interface Source {
  entry: SourceInventoryEntry
  sentences: Set<number>
}

/** The source of a mention whose name is `name` normalised. */
function sourceFor(byName: Map<string, Source>, mention: SourceMention, name: string): Source {
  const key = `${mention.kind}\u0000${name}`
  let source = byName.get(key)
  if (!source) {
    source = { entry: { name: mention.name, kind: mention.kind, sentences: [] }, sentences: new Set() }
    byName.set(key, source)
  }
  return source
}

/** "er", "sie", "demnach", "nach eigenen Angaben": the mention refers to a source named before. */
function pointsBack(article: Article, mention: SourceMention, name: string): boolean {
  const lexicon = sourceLexicon(article.blocks[article.sentences[mention.sentence].block].lang)
  return lexicon.pronouns.has(name) || lexicon.backReferenceNames.has(name)
}

/** "die Polizei" and "Die Polizei" are one source. */
function normalizeName(name: string): string {
  return name
    .toLowerCase()
    .replace(/["„“”»«]/g, '')
    .trim()
}
