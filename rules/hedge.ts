import { clauseAround, isQuestion, wordUnits } from '../src/analysis/clauses.js'
import { contentStems } from '../src/analysis/content-words.js'
import { PROSE_KINDS, type Article, type BlockKind, type HedgeCue, type Sentence } from '../src/engine/model.js'
import { defineRule, SEVERITIES, type Report, type Severity } from '../src/lint/rule.js'

// Reads the hedge stage (`annotations.hedges`) and the sourcing stage (`annotations.sourcing`).
// A hedge is not wrong in itself (Pressekodex Ziffer 2 asks that unconfirmed reports be
// recognisable); wrong is a hedge that hides who claims, hedges stacked on one claim, and a
// headline that drops the hedge the body needs. Hedges inside direct quotes are the speaker's,
// and "mutmaßlich" on a suspect is required (Ziffer 13): neither is held against the writer.

const CHECKS = ['unsourced', 'stacked', 'headline'] as const
type CheckSetting = 'on' | Severity
/** A check runs at the rule's severity (`on`), at its own, or not at all. */
const CHECK_SETTING = { type: 'enum', values: ['on', ...SEVERITIES] } as const

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
      unsourced: 'on' as CheckSetting,
      stacked: 'on' as CheckSetting,
      headline: 'on' as CheckSetting
    },
    schema: { unsourced: CHECK_SETTING, stacked: CHECK_SETTING, headline: CHECK_SETTING }
  },
  check(article, context) {
    const writers = (article.annotations.hedges ?? []).filter((hedge) => !hedge.quoted && !hedge.presumption)
    for (const check of CHECKS) {
      const setting = context.options[check]
      if (setting === 'off') continue
      const report = (finding: Report) => context.report(setting === 'on' ? finding : { ...finding, severity: setting })
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
    const question = hedge.kind === 'reportative' ? 'who claims it' : 'whose assessment it is or what it rests on'
    report({
      start: hedge.start,
      end: hedge.end,
      message: `Unexpected hedge "${hedge.cue}" without a source, expected ${question}, named in this sentence or the one before`
    })
  }
}

/** Check 2: two hedges on one claim ("Berichten zufolge soll …", "angeblich … soll"). */
function checkStacked(article: Article, all: HedgeCue[], report: (finding: Report) => void): void {
  const hedges = all.filter((hedge) => !isAttributive(article, hedge))
  for (let i = 0; i + 1 < hedges.length; i++) {
    const first = hedges[i]
    let last = i
    while (
      last + 1 < hedges.length &&
      hedges[last + 1].sentence === first.sentence &&
      sameClause(article.sentences[first.sentence], first, hedges[last + 1])
    )
      last++
    if (last === i) continue
    const cues = hedges.slice(i, last + 1).map((hedge) => `"${hedge.cue}"`)
    report({
      start: first.start,
      end: hedges[last].end,
      message: `Unexpected stacked hedges ${cues.slice(0, -1).join(', ')} and ${cues[cues.length - 1]} on one claim, expected one: a second hedge adds doubt, not information`
    })
    i = last
  }
}

/**
 * A hedge on a noun rather than on the claim: "die angeblichen Zahlungen", "the alleged payments".
 * "Die angeblichen Zahlungen könnten gegen Regeln verstoßen" hedges two different things.
 */
function isAttributive(article: Article, hedge: HedgeCue): boolean {
  const units = wordUnits(article.sentences[hedge.sentence].tokens)
  const index = units.findIndex((unit) => unit.start === hedge.start)
  const next = units[index + 1]
  if (index < 0 || hedge.start !== units[index].start || hedge.end !== units[index].end || next?.kind !== 'word') return false
  const lang = article.blocks[article.sentences[hedge.sentence].block].lang
  // German: an inflected adjective ("angeblich-en") before a noun; English: a participle ("alleged").
  const cue = hedge.cue.toLowerCase()
  return lang === 'de' ? cue !== hedge.lemma && cue.startsWith(hedge.lemma) && /^\p{Lu}/u.test(next.value) : hedge.lemma.endsWith('ed')
}

function sameClause(sentence: Sentence, a: HedgeCue, b: HedgeCue): boolean {
  const units = wordUnits(sentence.tokens)
  const index = units.findIndex((unit) => unit.start === a.start)
  const [, end] = clauseAround(units, Math.max(0, index))
  return end >= units.length || units[end].start >= b.end
}

/**
 * Check 3: a title, lead or heading that states as fact what the body reports only hedged. The
 * headline is compared with each body sentence by the content words they share, each weighted by
 * how rare it is in the body; the best match must be hedged and share at least two rare words.
 */
function checkHeadlines(article: Article, hedges: HedgeCue[], report: (finding: Report) => void): void {
  const allHedged = new Set((article.annotations.hedges ?? []).map((hedge) => hedge.sentence))
  const writerHedges = new Map<number, HedgeCue[]>()
  for (const hedge of hedges) writerHedges.set(hedge.sentence, [...(writerHedges.get(hedge.sentence) ?? []), hedge])
  const hedgeStarts = new Set((article.annotations.hedges ?? []).map((hedge) => hedge.start))
  // Each sentence's stems once, however many headlines are compared with it.
  const stems = new Map<number, Set<string>>()
  const stemsOf = (sentence: Sentence) => {
    let found = stems.get(sentence.index)
    if (!found)
      stems.set(sentence.index, (found = contentStems(sentence, article.blocks[sentence.block].lang, (start) => hedgeStarts.has(start))))
    return found
  }

  for (const headline of article.sentences) {
    const kind = blockKind(article, headline.index)
    if (!HEADLINE_KINDS.has(kind) || allHedged.has(headline.index) || isQuestion(wordUnits(headline.tokens), 0)) continue
    // The title is held against lead and body, a lead or heading against the body.
    const body = article.sentences.filter((sentence) => {
      const bodyKind = blockKind(article, sentence.index)
      return PROSE_KINDS.has(bodyKind) && (!HEADLINE_KINDS.has(bodyKind) || (kind === 'title' && bodyKind === 'lead'))
    })
    const claim = stemsOf(headline)
    if (claim.size < 2 || body.length === 0) continue
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
      message: `Unexpected ${kind} stating as fact what the body reports only hedged ("${cues[0].cue}"), expected the hedge or its source in the ${kind} too`,
      related: cues.map((cue) => ({ start: cue.start, end: cue.end, message: `the body hedges the claim with "${cue.cue}"` }))
    })
  }
}
