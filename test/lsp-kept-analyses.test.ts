import { describe, expect, it } from 'vitest'
import { DocumentAnalysis } from '../src/engine/incremental.js'
import { KeptAnalyses, MAX_KEPT_LENGTH, MAX_KEPT_TOTAL } from '../src/lsp/kept-analyses.js'

// Each open document's analysis is kept between edits; twenty open documents of a megabyte once
// kept 1.2 GB. What is kept is counted here, not measured.

describe('the analyses a language server thread keeps between edits', () => {
  it('are those of the documents linted last, up to a total length', () => {
    const kept = new KeptAnalyses(() => new DocumentAnalysis())
    const documents = Array.from({ length: 20 }, (_, k) => `file:///${k}.md`)
    for (const uri of documents) kept.take(uri, 900_000)
    const fit = Math.floor(MAX_KEPT_TOTAL / 900_000)
    expect(kept.uris()).toEqual(documents.slice(-fit))
  })

  it('give a document its own analysis back while it is kept, and a fresh one once it was dropped', () => {
    const kept = new KeptAnalyses(() => new DocumentAnalysis())
    const uri = (name: string) => `file:///${name}.md`
    const first = kept.take(uri('a'), 1000)
    expect(kept.take(uri('a'), 1200)).toBe(first)
    for (const name of ['b', 'c', 'd', 'e']) kept.take(uri(name), 999_000)
    kept.take(uri('b'), MAX_KEPT_LENGTH)
    expect(kept.uris()).toEqual(['a', 'c', 'd', 'e', 'b'].map(uri))
    kept.take(uri('f'), 5000)
    expect(kept.uris()).toEqual(['d', 'e', 'b', 'f'].map(uri))
    expect(kept.take(uri('a'), 1000)).not.toBe(first)
  })

  it('keep nothing of a document longer than an article can be, and give it an analysis that keeps nothing', () => {
    const asked: boolean[] = []
    const kept = new KeptAnalyses((keeps) => (asked.push(keeps), new DocumentAnalysis(undefined, keeps)))
    kept.take('file:///export.md', MAX_KEPT_LENGTH + 1)
    kept.take('file:///article.md', 20_000)
    expect(kept.uris()).toEqual(['file:///article.md'])
    expect(asked).toEqual([false, true])
  })
})
