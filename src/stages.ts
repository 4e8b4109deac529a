import { creditStage } from './analysis/credit.js'
import type { Article } from './model.js'

/** An analysis step run once per article after blocks and sentences exist; it adds to the model. */
export type Stage = (article: Article) => void

// Order matters: block classification first (so later stages can skip pasted material),
// then the credit line, hedges and sources.
export const STAGES: Stage[] = [creditStage]
