import { describe, expect, it } from 'vitest'
import { analyze } from '../src/engine/analyze.js'
import type { Article } from '../src/engine/model.js'
import type { ModelPart, Stage } from '../src/engine/stage.js'
import { STAGES } from '../src/engine/stages.js'

// Each analysis stage declares what it reads and writes; the order must let every stage read
// only what the stages before it have written, and the declarations must be what stages do.

const ARTICLE = `---
title: Kim plant angeblich Waffendeal
agencies: [dpa]
---

Berlin (dpa) – Kim Jong-un soll nach Russland reisen, berichtet die „New York Times“.
Experten zufolge könnte er Waffen liefern. Er habe nichts zu verbergen, sagte ein Sprecher.

Lesen Sie auch: Was Putin plant

sba/dpa
`

describe('analysis stages', () => {
  it('run in an order where every part a stage reads is written only by stages before it, or by itself', () => {
    const problems: string[] = []
    STAGES.forEach((stage, index) => {
      for (const part of stage.reads) {
        const writers = STAGES.filter((other) => other !== stage && other.writes.includes(part))
        for (const writer of writers)
          if (STAGES.indexOf(writer) > index) problems.push(`${stage.id} reads ${part}, written later by ${writer.id}`)
      }
    })
    expect(problems).toEqual([])
    expect(new Set(STAGES.map((stage) => stage.id)).size).toBe(STAGES.length)
  })

  it.each(STAGES.map((stage) => [stage.id, stage] as const))('%s reads and writes only what it declares', (_, stage) => {
    const article = analyze('a.md', ARTICLE)
    const { reads, writes } = observe(article, stage)
    expect(reads.filter((part) => !stage.reads.includes(part) && !stage.writes.includes(part))).toEqual([])
    expect(writes.filter((part) => !stage.writes.includes(part))).toEqual([])
  })
})

/** Run one stage again on an analysed article, recording the parts of the model it reads and changes. */
function observe(article: Article, stage: Stage): { reads: ModelPart[]; writes: ModelPart[] } {
  const reads = new Set<ModelPart>()
  const written = new Set<ModelPart>()
  const before = JSON.stringify(article.annotations)
  const annotations = new Proxy(article.annotations, {
    get(target, key, receiver) {
      if (typeof key === 'string' && !written.has(key as ModelPart)) reads.add(key as ModelPart)
      return Reflect.get(target, key, receiver)
    },
    set(target, key, value, receiver) {
      if (typeof key === 'string') written.add(key as ModelPart)
      return Reflect.set(target, key, value, receiver)
    }
  })
  const blocks = article.blocks.map(
    (block) =>
      new Proxy(block, {
        get(target, key, receiver) {
          if (key === 'kind' && !written.has('blockKinds')) reads.add('blockKinds')
          return Reflect.get(target, key, receiver)
        },
        set(target, key, value, receiver) {
          if (key === 'kind') written.add('blockKinds')
          return Reflect.set(target, key, value, receiver)
        }
      })
  )
  stage.run({ ...article, annotations, blocks }, {})
  // An annotation changed in place (an array pushed to) counts as written too.
  const after = JSON.parse(JSON.stringify(article.annotations)) as Record<string, unknown>
  const old = JSON.parse(before) as Record<string, unknown>
  for (const key of Object.keys(after)) if (JSON.stringify(after[key]) !== JSON.stringify(old[key])) written.add(key as ModelPart)
  return { reads: [...reads], writes: [...written] }
}
