import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

// The fresh labels are a held-out part: `npm run eval` reads them beside the shared corpus, so
// here only what the repository alone can check: they are well-formed and label no row whose
// sentences the fixture labels label (tuned on, or their own held-out part).

interface FreshSentence {
  i: number
  start: number
  end: number
  role: string
  hedges: Array<{ cue: string; kind: string }>
  needs_source: boolean
  attribution: string
  vague_spans: string[]
}

type FreshArticle = { row: number; sentences: FreshSentence[] }
const FRESH: FreshArticle[] = JSON.parse(readFileSync('fixtures/eval/fresh-labels.json', 'utf8'))
const SECOND: FreshArticle[] = JSON.parse(readFileSync('fixtures/eval/fresh-labels-second.json', 'utf8'))
const MORE_DEV: FreshArticle[] = JSON.parse(readFileSync('fixtures/eval/dev-labels.json', 'utf8'))

/** Corpus rows whose sentences the fixture labels label (others label only a row's credit line or pasted blocks). */
function fixtureRows(dir: string): number[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .flatMap((name) => [JSON.parse(readFileSync(join(dir, name), 'utf8'))].flat() as Array<{ document: string; sentences?: unknown[] }>)
    .filter((label) => label.sentences !== undefined)
    .map((label) => /^corpus:(\d+)$/.exec(label.document)?.[1])
    .filter((row) => row !== undefined)
    .map(Number)
}

describe('fresh labels', () => {
  it('hold no corpus row whose sentences the fixture labels or the agreement labels label', () => {
    const labelled = new Set([...fixtureRows('fixtures/eval/labels'), ...fixtureRows('fixtures/eval/agreement')])
    expect(labelled.size).toBeGreaterThan(0)
    expect(FRESH.map((article) => article.row).filter((row) => labelled.has(row))).toEqual([])
  })

  it('label every sentence once, in order, with the guideline’s values', () => {
    expect(new Set(FRESH.map((article) => article.row)).size).toBe(FRESH.length)
    for (const article of FRESH) {
      article.sentences.forEach((sentence, k) => {
        const where = `row ${article.row} sentence ${sentence.i}`
        expect(sentence.i, where).toBe(k)
        expect(sentence.start, where).toBeGreaterThanOrEqual(k === 0 ? 0 : article.sentences[k - 1].end)
        expect(sentence.end, where).toBeGreaterThan(sentence.start)
        expect(['title', 'body', 'credit', 'embed', 'other'], where).toContain(sentence.role)
        expect(['named', 'vague', 'inherited', 'none'], where).toContain(sentence.attribution)
        expect(typeof sentence.needs_source, where).toBe('boolean')
        for (const hedge of sentence.hedges) expect(['reportative', 'epistemic'], where).toContain(hedge.kind)
        for (const cue of [...sentence.hedges.map((hedge) => hedge.cue), ...sentence.vague_spans])
          expect(cue.length, where).toBeLessThanOrEqual(sentence.end - sentence.start)
      })
    }
  })

  it('are labelled a second time on the same sentences, so that the two labellings can be compared sentence by sentence', () => {
    const firsts = new Map(FRESH.map((article) => [article.row, article]))
    expect(SECOND.length).toBeGreaterThan(0)
    for (const second of SECOND) {
      const split = (article?: FreshArticle) => article?.sentences.map(({ i, start, end }) => [i, start, end])
      expect(split(second), `row ${second.row}`).toEqual(split(firsts.get(second.row)))
    }
  })

  it('share no row with the development labels that are tuned on', () => {
    const tunedOn = new Set(MORE_DEV.map((article) => article.row))
    expect(tunedOn.size).toBeGreaterThan(0)
    expect(FRESH.map((article) => article.row).filter((row) => tunedOn.has(row))).toEqual([])
  })
})
