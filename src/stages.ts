import { findHedges } from './analysis/hedges.js'
import type { Article } from './model.js'

/** An analysis step run once per article after blocks and sentences exist; it adds to the model. */
export type Stage = (article: Article) => void

// Order matters: block classification first (so later stages can skip pasted material),
// then the credit line, sources, hedges (which read vague sources), then sourcing.
export const STAGES: Stage[] = [findHedges]
