import type { AnalyzeOptions } from './analyze.js'
import { classifyBlocks } from '../analysis/classify.js'
import { creditStage } from '../analysis/credit.js'
import { findHedges } from '../analysis/hedges.js'
import { sourceInventoryStage } from '../analysis/source-inventory.js'
import { sourcesStage } from '../analysis/sources.js'
import { sourcingStage } from '../analysis/sourcing.js'
import { sourcingGapsStage } from '../analysis/sourcing-gaps.js'
import type { Article } from './model.js'

/**
 * An analysis step run once per article after blocks and sentences exist; it adds to the model.
 * It may read the configured rule options (`options.ruleOptions`, see `AnalyzeOptions`).
 */
export type Stage = (article: Article, options: AnalyzeOptions) => void

// Order matters: block classification first (so later stages can skip pasted material),
// then the credit line, sources, hedges, sourcing (which reads sources and hedges) and the kind
// of each sourcing gap.
export const STAGES: Stage[] = [classifyBlocks, creditStage, sourcesStage, findHedges, sourcingStage, sourcingGapsStage, sourceInventoryStage]
