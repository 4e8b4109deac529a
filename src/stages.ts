import { creditStage } from './analysis/credit.js'
import { sourceInventoryStage } from './analysis/source-inventory.js'
import { sourcesStage } from './analysis/sources.js'
import { sourcingStage } from './analysis/sourcing.js'
import type { Article } from './model.js'

/** An analysis step run once per article after blocks and sentences exist; it adds to the model. */
export type Stage = (article: Article) => void

// Order matters: block classification first (so later stages can skip pasted material),
// then the credit line, sources, hedges, and sourcing (which reads sources and hedges).
export const STAGES: Stage[] = [creditStage, sourcesStage, sourcingStage, sourceInventoryStage]
