import { evaluateAttribution } from './attribution.js'
import { evaluateBlocks } from './blocks.js'
import { evaluateCredit } from './credit.js'
import { evaluateHedges } from './hedge.js'
import type { Evaluator } from './types.js'

/** One evaluator per rule family; each reads the labels it knows and the lint results. */
export const EVALUATORS: Evaluator[] = [evaluateCredit, evaluateBlocks, evaluateHedges, evaluateAttribution]

/** The evaluators of per-sentence labels, which the held-out set has. */
export const SENTENCE_EVALUATORS: Evaluator[] = [evaluateHedges, evaluateAttribution]
