import type { LintResult } from '../../src/lint/lint.js'
import type { LabelledDocument } from '../documents.js'

export interface EvalDocument extends LabelledDocument {
  result: LintResult
}

export interface Row {
  rule: string
  metric: string
  value: number
  /** The goal: at least this (or at most, for rates of error). */
  target?: { atLeast?: number; atMost?: number }
  /** How many labelled items the figure rests on. */
  n: number
  note?: string
}

export type Evaluator = (documents: EvalDocument[]) => Row[]
