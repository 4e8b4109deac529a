import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import type { Config } from '../../src/config/config.js'
import { packagePath } from '../../src/engine/lexicon.js'
import { lintSource, type LintResult } from '../../src/lint/lint.js'
import { corpusPath, readCorpus } from '../corpus.js'
import type { Span } from '../documents.js'

// The shared silver labels (`../shared/labels/silver/packet-N.json`, beside the corpus): corpus
// rows labelled sentence by sentence to one written guideline. The split is fixed before any
// tuning: packets 1–11 are for development, 12–14 are held out and never tuned on or explained.
// `fresh`: more corpus rows the project had labelled later with the same guideline and labelkit,
// by labellers who saw neither the rules nor their output (`fixtures/eval/fresh-labels.json`,
// offsets and labels only: the text stays in the shared corpus); held out like packets 12–14.
// `fixtures/eval/dev-labels.json`: more rows labelled the same way to tune on, part of `dev`.

export type SilverSet = 'dev' | 'heldout' | 'fresh'

const FRESH_LABELS = packagePath('fixtures', 'eval', 'fresh-labels.json')
const MORE_DEV_LABELS = packagePath('fixtures', 'eval', 'dev-labels.json')
/** A second labelling, by other labellers, of 56 of the fresh rows: how far two careful labellers agree. */
const FRESH_SECOND_LABELS = packagePath('fixtures', 'eval', 'fresh-labels-second.json')

const HELD_OUT_FROM = 12

export interface SilverHedge extends Span {
  cue: string
  kind: 'reportative' | 'epistemic'
}

export interface SilverSentence extends Span {
  i: number
  role: 'title' | 'body' | string
  needs_source: boolean
  attribution: 'named' | 'vague' | 'inherited' | 'none' | string
  note: string
  /** Resolved to offsets in the article: each cue's first occurrence in its sentence. */
  cues: SilverHedge[]
  vague: Array<Span & { text: string }>
}

export interface SilverArticle {
  row: number
  packet: number
  sentences: SilverSentence[]
}

interface RawSentence extends Span {
  i: number
  role: string
  hedges: Array<{ cue: string; kind: 'reportative' | 'epistemic' }>
  needs_source: boolean
  attribution: string
  vague_spans: string[]
  note: string
}

export function silverLabelsDir(): string {
  return resolve(dirname(corpusPath()), '..', 'labels', 'silver')
}

export function silverLabelsAvailable(): boolean {
  return existsSync(silverLabelsDir())
}

/** An unsourced claim, the target of `attribution`: a body sentence that needs a source and has none. */
export const isUnsourcedClaim = (sentence: SilverSentence): boolean =>
  sentence.role === 'body' && sentence.needs_source && sentence.attribution === 'none'

export function loadSilver(set: SilverSet | 'freshSecond'): SilverArticle[] {
  if (set === 'fresh') return labelFile(FRESH_LABELS)
  if (set === 'freshSecond') return labelFile(FRESH_SECOND_LABELS)
  const dir = silverLabelsDir()
  const packets = readdirSync(dir)
    .map((name) => ({ name, packet: Number(/^packet-(\d+)\.json$/.exec(name)?.[1]) }))
    .filter(({ packet }) => Number.isInteger(packet) && (set === 'heldout') === packet >= HELD_OUT_FROM)
    .sort((a, b) => a.packet - b.packet)
    .flatMap(({ name, packet }) => resolveArticles(JSON.parse(readFileSync(join(dir, name), 'utf8')) as RawArticle[], packet))
  return set === 'dev' ? [...packets, ...labelFile(MORE_DEV_LABELS)] : packets
}

/** The articles of a label file in the repository (offsets and labels only; the text comes from the shared corpus). */
const labelFile = (path: string): SilverArticle[] => resolveArticles(JSON.parse(readFileSync(path, 'utf8')) as RawArticle[], 0)

interface RawArticle {
  row: number
  sentences: RawSentence[]
}

function resolveArticles(articles: RawArticle[], packet: number): SilverArticle[] {
  return articles.map((article) => ({
    row: article.row,
    packet,
    sentences: article.sentences.map((sentence) => resolveSentence(article.row, sentence))
  }))
}

function resolveSentence(row: number, raw: RawSentence): SilverSentence {
  const text = readCorpus()[row].text.slice(raw.start, raw.end)
  // A phrase listed twice in one list ("angeblichen" … "angeblichen") is its next occurrence.
  const locator = () => {
    const searchFrom = new Map<string, number>()
    return (phrase: string): Span => {
      const next = text.indexOf(phrase, searchFrom.get(phrase) ?? 0)
      const at = next >= 0 ? next : text.indexOf(phrase)
      if (at < 0) throw new Error(`silver labels, row ${row} sentence ${raw.i}: "${phrase}" is not in the sentence`)
      searchFrom.set(phrase, at + phrase.length)
      return { start: raw.start + at, end: raw.start + at + phrase.length }
    }
  }
  const [locateCue, locateVague] = [locator(), locator()]
  return {
    i: raw.i,
    start: raw.start,
    end: raw.end,
    role: raw.role,
    needs_source: raw.needs_source,
    attribution: raw.attribution,
    note: raw.note,
    cues: raw.hedges.map((hedge) => ({ ...hedge, ...locateCue(hedge.cue) })),
    vague: raw.vague_spans.map((phrase) => ({ text: phrase, ...locateVague(phrase) }))
  }
}

export interface SilverDocument {
  labels: SilverArticle
  result: LintResult
  text: string
}

/** Lint each labelled row once, as plain text (the corpus rows are read as markdown unchanged). */
export function lintSilver(articles: SilverArticle[], config: Config): SilverDocument[] {
  return articles.map((labels) => {
    const text = readCorpus()[labels.row].text
    return { labels, text, result: lintSource(`corpus-${labels.row}.md`, text, config) }
  })
}
