import { evaluateAttribution } from './attribution.js'
import { evaluateCredit } from './credit.js'
import type { Evaluator } from './types.js'

/** One evaluator per rule family; each reads the labels it knows and the lint results. */
export const EVALUATORS: Evaluator[] = [evaluateCredit, evaluateAttribution]
