import { describe, expect, it } from 'vitest';
import {
  LogisticFitError,
  fitLogisticRegression,
  predictProbability,
  sigmoid,
} from '../../src/pipeline/align/model/logistic-regression.ts';

// Positive when x0 + x1 > 1: linearly separable.
const rows = [
  [0, 0],
  [0.2, 0.3],
  [0.4, 0.1],
  [0.1, 0.6],
  [1, 1],
  [0.9, 0.7],
  [0.6, 0.8],
  [1.2, 0.4],
];
const labels = [0, 0, 0, 0, 1, 1, 1, 1];

describe('logistic regression', () => {
  it('separates a tiny separable set', () => {
    const model = fitLogisticRegression(rows, labels, ['x0', 'x1'], { l2: 0.01 });
    rows.forEach((row, i) => expect(predictProbability(model, row) >= 0.5 ? 1 : 0).toBe(labels[i]));
  });

  it('gives both features a positive weight when both push towards the positive class', () => {
    const model = fitLogisticRegression(rows, labels, ['x0', 'x1'], { l2: 0.01 });
    expect(model.weights[0]).toBeGreaterThan(0);
    expect(model.weights[1]).toBeGreaterThan(0);
  });

  it('stays finite on separable data thanks to the L2 penalty', () => {
    const model = fitLogisticRegression(rows, labels, ['x0', 'x1'], { l2: 1 });
    for (const weight of model.weights) expect(Number.isFinite(weight)).toBe(true);
  });

  it('shrinks weights as the penalty grows', () => {
    const loose = fitLogisticRegression(rows, labels, ['x0', 'x1'], { l2: 0.1 });
    const tight = fitLogisticRegression(rows, labels, ['x0', 'x1'], { l2: 100 });
    expect(Math.abs(tight.weights[0] ?? 0)).toBeLessThan(Math.abs(loose.weights[0] ?? 0));
  });

  it('counts a row of weight 2 as two copies of it', () => {
    const doubled = fitLogisticRegression([...rows, rows[4] ?? []], [...labels, 1], ['x0', 'x1'], { l2: 1 });
    const weighted = fitLogisticRegression(rows, labels, ['x0', 'x1'], {
      l2: 1,
      rowWeights: rows.map((_, i) => (i === 4 ? 2 : 1)),
    });
    weighted.weights.forEach((weight, j) => expect(weight).toBeCloseTo(doubled.weights[j] ?? 0, 8));
    expect(weighted.bias).toBeCloseTo(doubled.bias, 8);
  });

  it('ignores a row of weight 0', () => {
    const without = fitLogisticRegression(rows.slice(0, 7), labels.slice(0, 7), ['x0', 'x1'], { l2: 1 });
    const zeroed = fitLogisticRegression(rows, labels, ['x0', 'x1'], {
      l2: 1,
      rowWeights: rows.map((_, i) => (i === 7 ? 0 : 1)),
    });
    zeroed.weights.forEach((weight, j) => expect(weight).toBeCloseTo(without.weights[j] ?? 0, 8));
  });

  it('rejects negative row weights', () => {
    expect(() => fitLogisticRegression(rows, labels, ['x0', 'x1'], { rowWeights: rows.map(() => -1) })).toThrow(
      LogisticFitError,
    );
  });

  it('rejects labels that are not 0 or 1', () => {
    expect(() => fitLogisticRegression([[1]], [2], ['x'])).toThrow(LogisticFitError);
  });

  it('computes the logistic function without overflow', () => {
    expect(sigmoid(0)).toBe(0.5);
    expect(sigmoid(1000)).toBe(1);
    expect(sigmoid(-1000)).toBe(0);
  });
});
