import type { Finding } from '../../src/lint/lint.js'
import type { Span } from '../documents.js'
import { sollTally } from './hedge.js'
import { add, emptyScore, matchSpans, overlaps, precision, recall, type Score } from './metrics.js'
import { isUnsourcedClaim, type SilverDocument, type SilverSentence } from './silver-labels.js'
import type { Row } from './types.js'

// Scores on the shared silver labels, German. Cues and vague spans are matched span by span
// inside their sentence (overlap); each prediction belongs to the labelled sentence it overlaps
// most, so a sentence split that differs from the labels' cannot count one finding twice.
// Attribution is judged per sentence: a rule finding on an unsourced claim is a hit. Its
// findings are also grouped by severity and, where findings carry one, by `kind`.

export const findingSpan = (finding: Finding): Span => ({ start: finding.offset, end: Math.max(finding.endOffset, finding.offset + 1) })

const overlapLength = (a: Span, b: Span): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start))

/** The labelled sentence a span belongs to: the one it overlaps most. */
export function owner(span: Span, sentences: SilverSentence[]): SilverSentence | undefined {
  let best: SilverSentence | undefined
  let bestLength = 0
  for (const sentence of sentences) {
    const length = overlapLength(span, sentence)
    if (length > bestLength) [best, bestLength] = [sentence, length]
  }
  return best
}

/** Spans grouped by the labelled sentence they belong to. */
export function bySentence<T extends Span>(spans: T[], sentences: SilverSentence[]): Map<SilverSentence, T[]> {
  const grouped = new Map<SilverSentence, T[]>(sentences.map((sentence) => [sentence, []]))
  for (const span of spans) {
    const sentence = owner(span, sentences)
    if (sentence) grouped.get(sentence)!.push(span)
  }
  return grouped
}

export function hedgePredictions(document: SilverDocument): Array<Span & { kind: string; cue: string }> {
  const article = document.result.article
  return (article.annotations.hedges ?? []).map((cue) => ({
    start: article.toSource(cue.start),
    end: article.toSource(cue.end),
    kind: cue.kind,
    cue: cue.cue
  }))
}

export const ruleFindings = (document: SilverDocument, ruleId: string): Finding[] =>
  document.result.findings.filter((finding) => finding.ruleId === ruleId)

/** The finding's machine-readable kind, where the rule gives one. */
const findingKind = (finding: Finding): string | undefined => {
  const kind = (finding as Finding & { kind?: unknown }).kind
  return typeof kind === 'string' ? kind : undefined
}

interface Tally {
  cues: Score
  ruleCues: Score
  vague: Score
  claims: Score
  sollNonHedges: number
  sollFlagged: number
  /** Per group of attribution findings (`severity 1`, `kind late-source` …): sentences it flags, and of those unsourced claims. */
  groups: Map<string, { flagged: number; hits: number }>
  /** Per article-level kind: articles flagged, of those the ones the labels bear out, and the articles that should be. */
  articleKinds: Map<string, { flagged: number; hits: number; expected: number }>
  sentences: number
}

export function scoreSilver(documents: SilverDocument[]): Row[] {
  const tally: Tally = {
    cues: emptyScore(),
    ruleCues: emptyScore(),
    vague: emptyScore(),
    claims: emptyScore(),
    sollNonHedges: 0,
    sollFlagged: 0,
    groups: new Map(),
    articleKinds: new Map(),
    sentences: 0
  }
  for (const document of documents) scoreDocument(document, tally)
  return rows(tally, documents.length)
}

function scoreDocument(document: SilverDocument, tally: Tally): void {
  const sentences = document.labels.sentences
  const cues = bySentence(hedgePredictions(document), sentences)
  const hedgeFindings = bySentence(ruleFindings(document, 'hedge').map(findingSpan), sentences)
  const vague = bySentence(ruleFindings(document, 'vague-source').map(findingSpan), sentences)
  const [articleFindings, sentenceFindings] = partition(ruleFindings(document, 'attribution'), isAboutArticle)
  const attribution = bySentence(
    sentenceFindings.map((finding) => ({ ...findingSpan(finding), groups: attributionGroups(finding) })),
    sentences
  )
  scoreArticleFindings(document, articleFindings, tally)
  for (const sentence of sentences) {
    tally.sentences++
    add(tally.cues, matchSpans(sentence.cues, cues.get(sentence)!))
    add(tally.ruleCues, coverage(sentence.cues, hedgeFindings.get(sentence)!))
    add(tally.vague, matchSpans(sentence.vague, vague.get(sentence)!))
    const soll = sollTally(document.text, sentence, sentence.cues, cues.get(sentence)!)
    tally.sollNonHedges += soll.nonHedges
    tally.sollFlagged += soll.flagged
    const findings = attribution.get(sentence)!
    const expected = isUnsourcedClaim(sentence)
    add(tally.claims, {
      tp: expected && findings.length > 0 ? 1 : 0,
      fp: !expected && findings.length > 0 ? 1 : 0,
      fn: expected && findings.length === 0 ? 1 : 0
    })
    for (const group of new Set(findings.flatMap((finding) => finding.groups))) {
      const counts = tally.groups.get(group) ?? { flagged: 0, hits: 0 }
      tally.groups.set(group, counts)
      counts.flagged++
      if (expected) counts.hits++
    }
  }
}

/**
 * "No named source at all" speaks of the article, though it stands at the headline: it is right
 * when the labels give no sentence a named source (inherited speech continues a named one) and
 * the article has unsourced claims. Scored per article, as `article kind …`, never as a sentence.
 */
const ARTICLE_KINDS = new Set(['noNamedSource'])

function isAboutArticle(finding: Finding): boolean {
  return ARTICLE_KINDS.has(findingKind(finding) ?? '')
}

function scoreArticleFindings(document: SilverDocument, findings: Finding[], tally: Tally): void {
  const labels = document.labels.sentences
  const restsOnNoName = !labels.some((sentence) => sentence.attribution === 'named') && labels.some(isUnsourcedClaim)
  for (const kind of ARTICLE_KINDS) {
    const counts = tally.articleKinds.get(kind) ?? { flagged: 0, hits: 0, expected: 0 }
    tally.articleKinds.set(kind, counts)
    const flagged = findings.some((finding) => findingKind(finding) === kind)
    if (flagged) counts.flagged++
    if (flagged && restsOnNoName) counts.hits++
    if (restsOnNoName) counts.expected++
  }
}

function partition<T>(items: T[], test: (item: T) => boolean): [T[], T[]] {
  return [items.filter(test), items.filter((item) => !test(item))]
}

/** The tier an editor acts on: warnings and errors, the findings that can stop a commit. */
const ACTED_ON = 'warn and error'

function attributionGroups(finding: Finding): string[] {
  const kind = findingKind(finding)
  const actedOn = finding.severity >= 1
  return [
    `severity ${finding.severity}`,
    ...(actedOn ? [ACTED_ON] : []),
    ...(kind ? [`kind ${kind}`] : []),
    ...(kind && actedOn ? [`kind ${kind} at warn`] : [])
  ]
}

/** Targets of the tiers: precise where CI acts, complete where the editor reviews. */
const GROUP_TARGETS: Record<string, { precision: number; recall: number }> = { [ACTED_ON]: { precision: 0.8, recall: 0.1 } }

/** Findings that cover a labelled cue, and labelled cues covered by a finding (a stacked-hedges finding covers two). */
function coverage(labels: Span[], findings: Span[]): Score {
  const tp = labels.filter((label) => findings.some((finding) => overlaps(label, finding))).length
  const fp = findings.filter((finding) => !labels.some((label) => overlaps(label, finding))).length
  return { tp, fp, fn: labels.length - tp }
}

function rows(tally: Tally, articles: number): Row[] {
  const { cues, ruleCues, vague, claims } = tally
  const claimsLabelled = claims.tp + claims.fn
  const result: Row[] = [
    {
      rule: 'hedge',
      metric: 'cue precision',
      value: precision(cues),
      target: { atLeast: 0.9 },
      n: cues.tp + cues.fp,
      note: `${articles} articles, ${tally.sentences} sentences`
    },
    { rule: 'hedge', metric: 'cue recall', value: recall(cues), target: { atLeast: 0.9 }, n: cues.tp + cues.fn },
    {
      rule: 'hedge',
      metric: 'non-hedge soll flagged',
      value: tally.sollNonHedges === 0 ? 0 : tally.sollFlagged / tally.sollNonHedges,
      target: { atMost: 0.05 },
      n: tally.sollNonHedges
    },
    { rule: 'hedge', metric: 'rule findings on a cue: precision', value: precision(ruleCues), n: ruleCues.tp + ruleCues.fp },
    { rule: 'hedge', metric: 'rule findings: recall of all cues', value: recall(ruleCues), n: ruleCues.tp + ruleCues.fn },
    { rule: 'vague-source', metric: 'span precision', value: precision(vague), target: { atLeast: 0.85 }, n: vague.tp + vague.fp },
    { rule: 'vague-source', metric: 'span recall', value: recall(vague), target: { atLeast: 0.8 }, n: vague.tp + vague.fn },
    { rule: 'attribution', metric: 'all levels: precision', value: precision(claims), target: { atLeast: 0.4 }, n: claims.tp + claims.fp },
    { rule: 'attribution', metric: 'all levels: recall', value: recall(claims), target: { atLeast: 0.85 }, n: claimsLabelled }
  ]
  for (const [group, counts] of [...tally.groups].sort(([a], [b]) => a.localeCompare(b))) {
    const target = GROUP_TARGETS[group]
    result.push(
      {
        rule: 'attribution',
        metric: `${group}: precision`,
        value: counts.flagged === 0 ? 1 : counts.hits / counts.flagged,
        ...(target ? { target: { atLeast: target.precision } } : {}),
        n: counts.flagged
      },
      {
        rule: 'attribution',
        metric: `${group}: recall`,
        value: claimsLabelled === 0 ? 1 : counts.hits / claimsLabelled,
        ...(target ? { target: { atLeast: target.recall } } : {}),
        n: claimsLabelled
      }
    )
  }
  for (const [kind, counts] of tally.articleKinds) {
    result.push(
      {
        rule: 'attribution',
        metric: `article kind ${kind}: precision`,
        value: counts.flagged === 0 ? 1 : counts.hits / counts.flagged,
        n: counts.flagged,
        note: 'articles'
      },
      {
        rule: 'attribution',
        metric: `article kind ${kind}: recall`,
        value: counts.expected === 0 ? 1 : counts.hits / counts.expected,
        n: counts.expected,
        note: 'articles'
      }
    )
  }
  return result
}
