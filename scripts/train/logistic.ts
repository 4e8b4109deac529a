// Logistic regression with an L2 penalty on sparse binary features, fitted by full-batch AdaGrad
// for a fixed number of steps: deterministic, a few dozen lines, and no dependency to vet for the
// one model the project trains.

export interface Example {
  /** Indices of the features present. */
  features: number[]
  label: boolean
}

export interface Fitted {
  bias: number
  weights: Float64Array
}

const STEPS = 300
const RATE = 0.3

const sigmoid = (sum: number): number => 1 / (1 + Math.exp(-sum))

export function predict(model: Fitted, features: number[]): number {
  let sum = model.bias
  for (const feature of features) sum += model.weights[feature]
  return sigmoid(sum)
}

/** Minimises the summed log loss plus `l2` / 2 times the squared weights (the bias is not penalised). */
export function fitLogistic(examples: Example[], featureCount: number, l2: number): Fitted {
  const model: Fitted = { bias: 0, weights: new Float64Array(featureCount) }
  const squares = new Float64Array(featureCount + 1)
  const gradient = new Float64Array(featureCount)
  for (let step = 0; step < STEPS; step++) {
    for (let j = 0; j < featureCount; j++) gradient[j] = l2 * model.weights[j]
    let biasGradient = 0
    for (const example of examples) {
      const error = predict(model, example.features) - (example.label ? 1 : 0)
      biasGradient += error
      for (const feature of example.features) gradient[feature] += error
    }
    for (let j = 0; j < featureCount; j++) {
      squares[j] += gradient[j] ** 2
      if (squares[j] > 0) model.weights[j] -= (RATE * gradient[j]) / Math.sqrt(squares[j])
    }
    squares[featureCount] += biasGradient ** 2
    if (squares[featureCount] > 0) model.bias -= (RATE * biasGradient) / Math.sqrt(squares[featureCount])
  }
  return model
}
