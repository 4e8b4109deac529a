import { describe, expect, it } from 'vitest'
import { kappa } from '../scripts/eval/agreement.js'

// `npm run eval` reports how far two labellers agree; a wrong kappa would mislead whoever sets the targets.
describe("Cohen's kappa in the agreement table", () => {
  it('gives the textbook value for a 2x2 table', () => {
    // 50 items: both yes 20, first yes and second no 5, first no and second yes 10, both no 15.
    expect(kappa({ tp: 20, fn: 5, fp: 10 }, 50)).toBeCloseTo(0.4, 10)
  })

  it('is 1 for full agreement and 0 for agreement no better than chance', () => {
    expect(kappa({ tp: 12, fn: 0, fp: 0 }, 40)).toBe(1)
    // Each says yes half the time, independently: they agree on half the items by chance alone.
    expect(kappa({ tp: 10, fn: 10, fp: 10 }, 40)).toBeCloseTo(0, 10)
  })
})
