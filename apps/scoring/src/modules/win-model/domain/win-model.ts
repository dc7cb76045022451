import { Matrix } from 'ml-matrix';
import LogisticRegression from 'ml-logistic-regression';
import { FeatureName, featureNames, LeadFeatures } from './lead-features';

/** Standardised logistic regression: what is stored, and all that prediction needs. */
export interface WinModelParameters {
  features: FeatureName[];
  means: number[];
  scales: number[];
  /** Intercept first, then one weight per feature. */
  weights: number[];
}

export interface TrainingExample {
  features: LeadFeatures;
  won: boolean;
}

const standardise = (value: number, mean: number, scale: number) => (value - mean) / scale;

export function trainWinModel(examples: readonly TrainingExample[], { steps = 600 } = {}): WinModelParameters {
  const wins = examples.filter((example) => example.won).length;
  if (wins === 0 || wins === examples.length) throw new Error('training needs both won and not-won outcomes');
  const features = [...featureNames];
  const columns = features.map((name) => examples.map((example) => example.features[name] ?? 0));
  const means = columns.map((column) => column.reduce((sum, value) => sum + value, 0) / column.length);
  const scales = columns.map((column, index) => {
    const variance = column.reduce((sum, value) => sum + (value - means[index]) ** 2, 0) / column.length;
    return variance > 1e-12 ? Math.sqrt(variance) : 1;
  });
  const rows = examples.map((_, row) => [1, ...columns.map((column, index) => standardise(column[row], means[index], scales[index]))]);
  // The library sums the gradient over all rows, so the step shrinks with the number of rows.
  const regression = new LogisticRegression({ numSteps: steps, learningRate: 1 / examples.length });
  regression.train(new Matrix(rows), Matrix.columnVector(examples.map((example) => (example.won ? 1 : 0))));
  // One-vs-all: the first classifier separates class 0 (not won) from the rest, i.e. scores a win.
  const weights = regression.classifiers[0].weights.to1DArray();
  return { features, means, scales, weights };
}

export function predictWin(model: WinModelParameters, features: LeadFeatures): number {
  let logit = model.weights[0];
  model.features.forEach((name, index) => {
    logit += model.weights[index + 1] * standardise(features[name] ?? 0, model.means[index], model.scales[index]);
  });
  return 1 / (1 + Math.exp(-logit));
}
