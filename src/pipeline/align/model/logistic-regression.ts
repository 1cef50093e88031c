/**
 * Binary logistic regression, fitted by Newton's method (iteratively reweighted least squares) with an
 * L2 penalty. Small and dependency-free: the alignment model has a few dozen features and a few
 * thousand training pairs, where Newton converges in a handful of exact steps (Hastie, Tibshirani &
 * Friedman, "The Elements of Statistical Learning", §4.4.1).
 */

/** A fitted model. Inputs are standardised with `mean`/`scale` before the weights apply. */
export interface LogisticModel {
  readonly featureNames: readonly string[];
  readonly mean: readonly number[];
  readonly scale: readonly number[];
  readonly weights: readonly number[];
  readonly bias: number;
}

/** Settings for `fitLogisticRegression`; every field may be left out. */
export interface LogisticFitOptions {
  /** L2 penalty on the (standardised) weights, not on the bias. Default 1. */
  readonly l2?: number | undefined;
  /** Newton steps at most. Default 50. */
  readonly maxIterations?: number | undefined;
  /** Stop when no parameter moves more than this. Default 1e-8. */
  readonly tolerance?: number | undefined;
  /**
   * Weight of each row in the likelihood (and in the standardisation means and scales); default 1 each.
   * Lets one corpus count less than another without dropping its rows.
   */
  readonly rowWeights?: readonly number[] | undefined;
}

/** Raised when training data cannot be fitted (no rows, ragged rows, labels that are not 0/1). */
export class LogisticFitError extends Error {
  override readonly name = 'LogisticFitError';
}

/** The logistic function, computed without overflow for large |z|. */
export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/** Solves the symmetric positive definite system `A x = b` by Gaussian elimination with partial pivoting. */
function solve(matrix: number[][], vector: number[]): number[] {
  const n = vector.length;
  const a = matrix.map((row, i) => [...row, vector[i] ?? 0]);
  for (let col = 0; col < n; col += 1) {
    let pivot = col;
    for (let row = col + 1; row < n; row += 1) {
      if (Math.abs(a[row]?.[col] ?? 0) > Math.abs(a[pivot]?.[col] ?? 0)) pivot = row;
    }
    const pivotRow = a[pivot] ?? [];
    const colRow = a[col] ?? [];
    a[pivot] = colRow;
    a[col] = pivotRow;
    const diagonal = pivotRow[col] ?? 0;
    if (Math.abs(diagonal) < 1e-12) continue;
    for (let row = col + 1; row < n; row += 1) {
      const target = a[row] ?? [];
      const factor = (target[col] ?? 0) / diagonal;
      if (factor === 0) continue;
      for (let k = col; k <= n; k += 1) target[k] = (target[k] ?? 0) - factor * (pivotRow[k] ?? 0);
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let row = n - 1; row >= 0; row -= 1) {
    const line = a[row] ?? [];
    let sum = line[n] ?? 0;
    for (let k = row + 1; k < n; k += 1) sum -= (line[k] ?? 0) * (x[k] ?? 0);
    const diagonal = line[row] ?? 0;
    x[row] = Math.abs(diagonal) < 1e-12 ? 0 : sum / diagonal;
  }
  return x;
}

/** Fits a model to rows of features and 0/1 labels. */
export function fitLogisticRegression(
  rows: readonly (readonly number[])[],
  labels: readonly number[],
  featureNames: readonly string[],
  options?: LogisticFitOptions,
): LogisticModel {
  const l2 = options?.l2 ?? 1;
  const maxIterations = options?.maxIterations ?? 50;
  const tolerance = options?.tolerance ?? 1e-8;
  const d = featureNames.length;
  if (rows.length === 0) throw new LogisticFitError('no training rows');
  if (rows.length !== labels.length) throw new LogisticFitError('rows and labels differ in length');
  if (rows.some((row) => row.length !== d)) throw new LogisticFitError(`every row must have ${d} features`);
  if (labels.some((label) => label !== 0 && label !== 1)) throw new LogisticFitError('labels must be 0 or 1');
  const rowWeights = options?.rowWeights ?? rows.map(() => 1);
  if (rowWeights.length !== rows.length) throw new LogisticFitError('rows and row weights differ in length');
  if (rowWeights.some((weight) => !(weight >= 0))) throw new LogisticFitError('row weights must be 0 or more');
  const totalWeight = rowWeights.reduce((sum, weight) => sum + weight, 0);
  if (totalWeight <= 0) throw new LogisticFitError('row weights add up to 0');

  const mean = featureNames.map(
    (_, j) => rows.reduce((sum, row, i) => sum + (rowWeights[i] ?? 0) * (row[j] ?? 0), 0) / totalWeight,
  );
  const scale = featureNames.map((_, j) => {
    const variance =
      rows.reduce((sum, row, i) => sum + (rowWeights[i] ?? 0) * ((row[j] ?? 0) - (mean[j] ?? 0)) ** 2, 0) / totalWeight;
    // A constant column gets scale 1 so that it does not blow up; its weight then stays at 0.
    return variance > 1e-12 ? Math.sqrt(variance) : 1;
  });
  const x = rows.map((row) => [...row.map((value, j) => (value - (mean[j] ?? 0)) / (scale[j] ?? 1)), 1]);

  // Parameters: d weights then the bias.
  let theta = new Array<number>(d + 1).fill(0);
  for (let iteration = 0; iteration < maxIterations; iteration += 1) {
    const gradient = new Array<number>(d + 1).fill(0);
    const hessian = Array.from({ length: d + 1 }, () => new Array<number>(d + 1).fill(0));
    x.forEach((row, i) => {
      const weight = rowWeights[i] ?? 0;
      if (weight === 0) return;
      const p = sigmoid(row.reduce((sum, value, j) => sum + value * (theta[j] ?? 0), 0));
      const residual = weight * (p - (labels[i] ?? 0));
      const curvature = weight * p * (1 - p);
      for (let j = 0; j <= d; j += 1) {
        const xj = row[j] ?? 0;
        gradient[j] = (gradient[j] ?? 0) + residual * xj;
        const hessianRow = hessian[j] ?? [];
        for (let k = j; k <= d; k += 1) hessianRow[k] = (hessianRow[k] ?? 0) + curvature * xj * (row[k] ?? 0);
      }
    });
    for (let j = 0; j <= d; j += 1) {
      const hessianRow = hessian[j] ?? [];
      for (let k = 0; k < j; k += 1) hessianRow[k] = hessian[k]?.[j] ?? 0;
      // The bias is not penalised; a tiny ridge keeps the system solvable when data are separable.
      const penalty = j < d ? l2 : 1e-9;
      gradient[j] = (gradient[j] ?? 0) + penalty * (theta[j] ?? 0);
      hessianRow[j] = (hessianRow[j] ?? 0) + penalty;
    }
    const step = solve(hessian, gradient);
    theta = theta.map((value, j) => value - (step[j] ?? 0));
    if (Math.max(...step.map(Math.abs)) < tolerance) break;
  }
  return { featureNames: [...featureNames], mean, scale, weights: theta.slice(0, d), bias: theta[d] ?? 0 };
}

/** The model's log-odds for one row of raw (unstandardised) features. */
export function predictLogit(model: LogisticModel, row: readonly number[]): number {
  let z = model.bias;
  for (let j = 0; j < model.weights.length; j += 1) {
    z += (model.weights[j] ?? 0) * (((row[j] ?? 0) - (model.mean[j] ?? 0)) / (model.scale[j] ?? 1));
  }
  return z;
}

/** The model's probability that a row is positive. */
export function predictProbability(model: LogisticModel, row: readonly number[]): number {
  return sigmoid(predictLogit(model, row));
}
