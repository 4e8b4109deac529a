import { isAttributiveUnit } from '../src/analysis/hedges/attributive.js'
import { isClauseMark, isQuestion, wordUnits } from '../src/analysis/clauses.js'
import { contentStems } from '../src/analysis/content-words.js'
import { addTo } from '../src/engine/arrays.js'
import { PROSE_KINDS, type Article, type Block, type BlockKind, type HedgeCue, type Sentence, type Token } from '../src/engine/model.js'
import { clip } from '../src/lint/messages.js'
import { defineRule, type Report } from '../src/lint/rule.js'
import { atLevel, CHECK_SETTING, type CheckSetting } from './shared/check-levels.js'

// Reads the hedge stage (`annotations.hedges`) and the sourcing stage (`annotations.sourcing`).
// A hedge is not wrong in itself (Pressekodex Ziffer 2 asks that unconfirmed reports be
// recognisable); wrong is a hedge that hides who claims, hedges stacked on one claim, and a
// headline that drops the hedge the body needs. Hedges inside direct quotes are the speaker's,
// and "mutmaßlich" on a suspect is required (Ziffer 13): neither is held against the writer.

const CHECKS = ['unsourced', 'stacked', 'headline'] as const

const HEADLINE_KINDS: ReadonlySet<BlockKind> = new Set(['title', 'lead', 'heading'])
/** "X lässt … vermuten" names what the inference rests on: its subject. */
const NAMES_ITS_BASIS = new Set(['vermuten lassen'])
/** Sourcing kinds that name or carry a source for the claim. */
const SOURCED = new Set(['named', 'vague', 'inherited', 'quote', 'n/a'])

export default defineRule({
  meta: {
    id: 'hedge',
    summary: 'Hedges ("angeblich", reportative "soll", "allegedly") say who claims, are not stacked, and headlines keep them.',
    standard:
      'Pressekodex Ziffer 2 (care): unconfirmed reports must be recognisable as such, and a headline must not distort what the article says; a hedge without a source hides who claims something.',
    severity: 'warn',
    fixable: false,
    languages: ['de', 'en'],
    defaults: {
      unsourced: 'off' as CheckSetting,
      stacked: 'on' as CheckSetting,
      // Matched by shared words, the body's hedge is often on another clause: see the rule's page.
      headline: 'suggestion' as CheckSetting
    },
    schema: { unsourced: CHECK_SETTING, stacked: CHECK_SETTING, headline: CHECK_SETTING }
  },
  check(article, context) {
    const writers = (article.annotations.hedges ?? []).filter((hedge) => !hedge.quoted && !hedge.presumption)
    for (const check of CHECKS) {
      const setting = context.options[check]
      if (setting === 'off') continue
      const report = (finding: Report) => context.report(atLevel(finding, setting)!)
      if (check === 'unsourced') checkUnsourced(article, writers, report)
      else if (check === 'stacked') checkStacked(article, writers, report)
      else checkHeadlines(article, writers, report)
    }
  }
})

function blockKind(article: Article, sentence: number): BlockKind {
  return article.blocks[article.sentences[sentence].block].kind
}

/** Check 1: a hedge whose claim has no source, in its sentence or carried over from the one before. */
function checkUnsourced(article: Article, hedges: HedgeCue[], report: (finding: Report) => void): void {
  const sourcing = article.annotations.sourcing
  if (!sourcing) return
  const bySentence = new Map(sourcing.map((entry) => [entry.sentence, entry]))
  const done = new Set<number>()
  for (const hedge of hedges) {
    // Titles and headings summarise: check 3 holds them to the body instead.
    const kind = blockKind(article, hedge.sentence)
    if (done.has(hedge.sentence) || kind === 'title' || kind === 'heading' || NAMES_ITS_BASIS.has(hedge.lemma)) continue
    done.add(hedge.sentence)
    // The sourcing stage already carries a source over from the sentence before ("inherited").
    const own = bySentence.get(hedge.sentence)
    if (!own || SOURCED.has(own.source)) continue
    report({
      start: hedge.start,
      end: hedge.end,
      message: { key: `hedge.${hedge.kind === 'reportative' ? 'reportative' : 'epistemic'}`, data: { cue: clip(hedge.cue) } }
    })
  }
}

/** Check 2: two hedges on one claim ("Berichten zufolge soll …", "angeblich … soll"). */
function checkStacked(article: Article, all: HedgeCue[], report: (finding: Report) => void): void {
  const clauses = new Map<number, SentenceClauses>()
  const clausesOf = (sentence: number) => {
    let found = clauses.get(sentence)
    if (!found) clauses.set(sentence, (found = sentenceClauses(article.sentences[sentence])))
    return found
  }
  const hedges = all.filter((hedge) => {
    const { units, indexAt } = clausesOf(hedge.sentence)
    return !isAttributiveUnit(
      units,
      indexAt.get(hedge.start) ?? -1,
      hedge,
      article.blocks[article.sentences[hedge.sentence].block].lang,
      false
    )
  })
  for (let i = 0; i + 1 < hedges.length; i++) {
    const first = hedges[i]
    let last = i
    while (
      last + 1 < hedges.length &&
      hedges[last + 1].sentence === first.sentence &&
      sameClause(clausesOf(first.sentence), first, hedges[last + 1])
    )
      last++
    if (last === i) continue
    const cues = hedges.slice(i, last + 1).map((hedge) => hedge.cue)
    report({ start: first.start, end: hedges[last].end, message: { key: 'hedge.stacked', data: { cues: clip(cues.join(' + ')) } } })
    i = last
  }
}

/** A sentence's units, each unit's index by its start, and where each unit's clause ends: built once per sentence, so a sentence of thousands of hedges stays linear. */
interface SentenceClauses {
  units: Token[]
  indexAt: Map<number, number>
  /** For each unit, the index of the clause mark after it (or the number of units). */
  clauseEnd: number[]
}

function sentenceClauses(sentence: Sentence): SentenceClauses {
  const units = wordUnits(sentence.tokens)
  const indexAt = new Map<number, number>()
  units.forEach((unit, index) => indexAt.set(unit.start, indexAt.get(unit.start) ?? index))
  const clauseEnd = new Array<number>(units.length)
  for (let i = units.length - 1; i >= 0; i--)
    clauseEnd[i] = i + 1 >= units.length ? units.length : isClauseMark(units[i + 1]) ? i + 1 : clauseEnd[i + 1]
  return { units, indexAt, clauseEnd }
}

/** Does `b` end inside the clause that `a` starts in? */
function sameClause({ units, indexAt, clauseEnd }: SentenceClauses, a: HedgeCue, b: HedgeCue): boolean {
  const end = clauseEnd[indexAt.get(a.start) ?? 0] ?? units.length
  return end >= units.length || units[end].start >= b.end
}

/**
 * Check 3: a title, lead or heading that states as fact what the body reports only hedged. The
 * headline is compared with each sentence it summarises by the content words they share, each
 * weighted by how rare it is there; the best match must be hedged and share at least two rare words.
 */
function checkHeadlines(article: Article, hedges: HedgeCue[], report: (finding: Report) => void): void {
  const writerHedges = new Map<number, HedgeCue[]>()
  for (const hedge of hedges) addTo(writerHedges, hedge.sentence, hedge)
  const hedgeStarts = new Map<number, number[]>()
  for (const hedge of article.annotations.hedges ?? []) addTo(hedgeStarts, hedge.sentence, hedge.start)
  // Each sentence's stems once, however many headlines are compared with it.
  const stems = new Map<number, Set<string>>()
  const stemsOf = (sentence: Sentence) => {
    let found = stems.get(sentence.index)
    if (!found)
      stems.set(sentence.index, (found = contentStems(sentence, article.blocks[sentence.block].lang, hedgeStarts.get(sentence.index))))
    return found
  }

  for (const { headline, kind, body } of headlineScopes(article)) {
    if (hedgeStarts.has(headline.index) || isQuestion(wordUnits(headline.tokens), 0)) continue
    // Only a hedged sentence of the writer's can be the match the check reports.
    if (!body.some((sentence) => writerHedges.has(sentence.index))) continue
    const claim = stemsOf(headline)
    if (claim.size < 2) continue
    const bodyStems = body.map(stemsOf)
    const frequency = new Map<string, number>()
    for (const stems of bodyStems) for (const stem of stems) if (claim.has(stem)) frequency.set(stem, (frequency.get(stem) ?? 0) + 1)
    const weight = (stem: string) => 1 / Math.max(1, frequency.get(stem) ?? 0)
    const total = [...claim].reduce((sum, stem) => sum + weight(stem), 0)
    let best: { sentence: Sentence; score: number; rare: number } | undefined
    let bestUnhedged = 0
    body.forEach((sentence, index) => {
      const shared = [...claim].filter((stem) => bodyStems[index].has(stem))
      const score = shared.reduce((sum, stem) => sum + weight(stem), 0) / total
      if (!writerHedges.has(sentence.index)) bestUnhedged = Math.max(bestUnhedged, score)
      else if (!best || score > best.score) best = { sentence, score, rare: shared.filter((stem) => weight(stem) >= 0.5).length }
    })
    if (!best || best.score < 0.5 || best.rare < 2 || best.score <= bestUnhedged) continue
    const cues = writerHedges.get(best.sentence.index)!
    report({
      start: headline.start,
      end: headline.end,
      message: { key: 'hedge.headline', data: { part: { key: `hedge.${kind}` }, cue: clip(cues[0].cue) } },
      related: cues.map((cue) => ({ start: cue.start, end: cue.end, message: { key: 'hedge.bodyHedge', data: { cue: clip(cue.cue) } } }))
    })
  }
}

/** A headline sentence and the body sentences it summarises. */
interface HeadlineScope {
  headline: Sentence
  kind: BlockKind
  body: Sentence[]
}

/** The first sentences of a headline block that are compared: a block longer than that is no headline, and must not cost a pass over the body per sentence. */
const HEADLINE_SENTENCES = 5

/**
 * What each headline summarises: the title the lead and the body, the lead the body, and a
 * crosshead its own section (up to the next heading of its level or higher). Each sentence is
 * in at most one section per heading level, so the comparisons stay linear in the document.
 */
function headlineScopes(article: Article): HeadlineScope[] {
  const isBody = (block: Block) => PROSE_KINDS.has(block.kind) && !HEADLINE_KINDS.has(block.kind)
  const sentencesOf = (blocks: Block[]) => blocks.flatMap((block) => block.sentences.map((index) => article.sentences[index]))
  const body = sentencesOf(article.blocks.filter(isBody))
  const leadAndBody = sentencesOf(article.blocks.filter((block) => isBody(block) || block.kind === 'lead'))
  const scopes: HeadlineScope[] = []
  article.blocks.forEach((block, index) => {
    if (!HEADLINE_KINDS.has(block.kind)) return
    const scope =
      block.kind === 'title' ? leadAndBody : block.kind === 'lead' ? body : sentencesOf(section(article.blocks, index).filter(isBody))
    for (const sentence of block.sentences.slice(0, HEADLINE_SENTENCES))
      scopes.push({ headline: article.sentences[sentence], kind: block.kind, body: scope })
  })
  return scopes
}

/** The blocks under the heading at `index`, up to the next heading of the same or a higher level. */
function section(blocks: Block[], index: number): Block[] {
  const depth = blocks[index].depth ?? 1
  let end = index + 1
  while (end < blocks.length && !((blocks[end].depth ?? Infinity) <= depth)) end++
  return blocks.slice(index + 1, end)
}
