import { classifyStage } from '../analysis/pasted/classify.js'
import { creditStage } from '../analysis/credit/stage.js'
import { hedgesStage } from '../analysis/hedges/stage.js'
import { sourceInventoryStage } from '../analysis/sources/inventory.js'
import { sourcesStage } from '../analysis/sources/index.js'
import { sourcingStage } from '../analysis/sourcing/stage.js'
import { sourcingGapsStage } from '../analysis/sourcing/gaps.js'
import type { Stage } from './stage.js'

// Each stage declares what it reads and writes; a test checks that every part a stage reads is
// written only by stages before it (or by itself).
export const STAGES: Stage[] = [
  classifyStage,
  creditStage,
  sourcesStage,
  hedgesStage,
  sourcingStage,
  sourcingGapsStage,
  sourceInventoryStage
]
