/**
 * Accuracy and F1 of a thresholded score, and choosing a threshold on held-out data.
 */

/** Figures of a binary decision against gold labels (positive class = 1). */
export interface BinaryMetrics {
  readonly pairs: number;
  readonly accuracy: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** Scores decisions `score >= threshold` against 0/1 labels. */
export function measureBinary(scores: readonly number[], labels: readonly number[], threshold: number): BinaryMetrics {
  let truePositive = 0;
  let falsePositive = 0;
  let falseNegative = 0;
  let correct = 0;
  scores.forEach((score, i) => {
    const predicted = score >= threshold ? 1 : 0;
    const gold = labels[i];
    if (predicted === gold) correct += 1;
    if (predicted === 1 && gold === 1) truePositive += 1;
    if (predicted === 1 && gold === 0) falsePositive += 1;
    if (predicted === 0 && gold === 1) falseNegative += 1;
  });
  const precision = truePositive + falsePositive === 0 ? 0 : truePositive / (truePositive + falsePositive);
  const recall = truePositive + falseNegative === 0 ? 0 : truePositive / (truePositive + falseNegative);
  return {
    pairs: scores.length,
    accuracy: scores.length === 0 ? 0 : correct / scores.length,
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
  };
}

/**
 * The threshold that maximises `objective` on held-out scores. Candidates are midpoints between
 * consecutive distinct scores; ties go to the candidate closest to 0.5, so the choice is stable.
 */
export function chooseThreshold(
  scores: readonly number[],
  labels: readonly number[],
  objective: (metrics: BinaryMetrics) => number,
): number {
  const distinct = [...new Set(scores)].sort((a, b) => a - b);
  const candidates = [0.5];
  for (let i = 0; i + 1 < distinct.length; i += 1) candidates.push(((distinct[i] ?? 0) + (distinct[i + 1] ?? 0)) / 2);
  let best = 0.5;
  let bestValue = Number.NEGATIVE_INFINITY;
  for (const candidate of candidates) {
    const value = objective(measureBinary(scores, labels, candidate));
    if (
      value > bestValue + 1e-12 ||
      (Math.abs(value - bestValue) <= 1e-12 && Math.abs(candidate - 0.5) < Math.abs(best - 0.5))
    ) {
      best = candidate;
      bestValue = value;
    }
  }
  return best;
}
