import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { packagePath } from '../src/engine/lexicon.js'
import { fitLogistic, predict, type Example } from '../scripts/train/logistic.js'

// `npm run train` cross-validates a learned claim scorer on the shared labels, which are not part
// of the repository: here, what it does without them, and the regression it fits.

describe('npm run train', () => {
  it('says the labels are missing and exits non-zero, without a stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'newslint-train-'))
    try {
      const run = spawnSync(process.execPath, [packagePath('dist', 'scripts', 'train-claims.js')], {
        env: { ...process.env, NEWSLINT_CORPUS: join(dir, 'corpus', 'de-news-dev.csv') },
        encoding: 'utf8'
      })
      expect(run.status).toBe(2)
      expect(run.stderr).toContain('the shared silver labels are missing')
      expect(run.stderr).not.toMatch(/\n\s+at /)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('logistic regression', () => {
  // Feature 0 marks claims, feature 1 is noise present on both sides.
  const examples: Example[] = [
    ...Array.from({ length: 20 }, (_, i) => ({ features: i % 2 ? [0, 1] : [0], label: i % 5 !== 0 })),
    ...Array.from({ length: 20 }, (_, i) => ({ features: i % 2 ? [1] : [], label: i % 5 === 0 }))
  ]

  it('scores sentences with the telling feature above those without', () => {
    const model = fitLogistic(examples, 2, 1)
    expect(predict(model, [0])).toBeGreaterThan(0.6)
    expect(predict(model, [])).toBeLessThan(0.4)
    expect(Math.abs(model.weights[1])).toBeLessThan(Math.abs(model.weights[0]))
  })

  it('gives the same weights every time, and smaller ones under a stronger penalty', () => {
    expect(fitLogistic(examples, 2, 1)).toEqual(fitLogistic(examples, 2, 1))
    expect(Math.abs(fitLogistic(examples, 2, 30).weights[0])).toBeLessThan(Math.abs(fitLogistic(examples, 2, 1).weights[0]))
  })
})
