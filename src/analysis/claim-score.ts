import { lexicon } from '../engine/lexicon.js'
import type { Article, Lang, SentenceSourcing } from '../engine/model.js'
import { claimContext, claimFeatures, type ClaimContext } from './claim-features.js'

// How sure the engine is that an unsourced claim is one the labels would call a claim that needs
// a source: a logistic regression over `claimFeatures`, its weights data in
// `lexicons/<lang>/claim-model.yaml`, written by `npm run train` (scripts/train-claims.ts) from
// the labelled development packets. Languages without a model are not scored.

export interface ClaimModel {
  /** Below this score a finding is left out: the engine is unsure the sentence is a claim. */
  threshold: number
  bias: number
  weights: Record<string, number>
}

const MODEL_LANGS: ReadonlySet<Lang> = new Set(['de'])

export function claimModel(lang: Lang): ClaimModel | undefined {
  return MODEL_LANGS.has(lang) ? lexicon<ClaimModel>(lang, 'claim-model') : undefined
}

/** The model's probability for a sentence with these features. */
export function scoreFeatures(model: Pick<ClaimModel, 'bias' | 'weights'>, features: string[]): number {
  let sum = model.bias
  for (const feature of features) sum += model.weights[feature] ?? 0
  return 1 / (1 + Math.exp(-sum))
}

/** Scores each unsourced claim of the article (`claimScore`) where its language has a model. */
export function scoreClaims(article: Article): void {
  let context: ClaimContext | undefined
  for (const item of article.annotations.sourcing ?? []) {
    if (!item.gap) continue
    const model = claimModel(article.blocks[article.sentences[item.sentence].block].lang)
    if (!model) continue
    context ??= claimContext(article)
    item.claimScore = Math.round(scoreFeatures(model, claimFeatures(context, item)) * 1000) / 1000
  }
}

/** An unsourced claim scored below its model's threshold: one the engine is unsure needs a source. */
export function isUnsureClaim(article: Article, item: SentenceSourcing): boolean {
  const model = claimModel(article.blocks[article.sentences[item.sentence].block].lang)
  return model !== undefined && item.claimScore !== undefined && item.claimScore < model.threshold
}
