/**
 * Refits the alignment model on MSRP and writes `src/pipeline/align/model/model.json`.
 *
 *   npm run fit:msrp [-- --set <name>=<value> …]   (MSRP is read in place from ../shared/data/msrp, or $MSRP_DIR)
 *
 * - weights: logistic regression on the training split. Its L2 penalty follows the one-standard-error
 *   rule (Hastie, Tibshirani & Friedman 2009, §7.10): the strongest penalty whose 10-fold cross-validated
 *   training accuracy is within one standard error of the best. The pair signals overlap a lot, and a
 *   weakly penalised fit gives them large weights of opposite signs that cancel on MSRP but not on story
 *   units of other lengths;
 * - `thresholds.paraphrase`: the probability cut-off with the best accuracy on the dev split;
 * - `thresholds.strong`: the lowest cut-off whose dev precision is at least 0.95 (a link that sure
 *   may anchor report order and may put two units of one report in one claim);
 * - `thresholds.claim`: the same-claim decision inside a story, chosen on the news development set
 *   (see `lib/claim-threshold.ts`); without that set it falls back to `thresholds.paraphrase`.
 * The model is fitted on the training pairs plus as many sampled easy negatives (`lib/msrp-negatives.ts`).
 * The MSRP test split and the Hama story are never read here. `--set` changes the pipeline settings the claim
 * threshold is chosen with (e.g. `--set align.topBonus=2`, `lib/settings-option.ts`); the two cut-offs it
 * chooses itself cannot be set.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { AlignmentModel } from '../src/pipeline/align/model/alignment-model.ts';
import { fitLogisticRegression, predictProbability } from '../src/pipeline/align/model/logistic-regression.ts';
import { PAIR_FEATURE_NAMES } from '../src/pipeline/align/model/pair-features.ts';
import { chooseThreshold, measureBinary, type BinaryMetrics } from './lib/binary-metrics.ts';
import { readMsrpSplit } from './lib/msrp.ts';
import { chooseClaimThreshold, resolveNewsDevDir, sweepClaimThresholds } from './lib/claim-threshold.ts';
import { computeMsrpRows, createMsrpContext } from './lib/msrp-features.ts';
import { sampleSharedWordNegatives } from './lib/msrp-negatives.ts';
import { readSettingsOptionOrExit } from './lib/settings-option.ts';

const L2_GRID = [0.1, 1, 3, 10, 30, 100, 300, 1000];
const FOLDS = 10;
const STRONG_PRECISION = 0.95;
const MODEL_PATH = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'pipeline', 'align', 'model', 'model.json');

/**
 * Mean accuracy of `FOLDS`-fold cross-validation (fold = row index modulo `FOLDS`). Sampled negatives that
 * use a sentence of the held-out fold are left out of that fold's training, so no held-out text is seen.
 */
function crossValidatedAccuracy(rows: readonly number[][], labels: readonly number[], l2: number): number {
  let correct = 0;
  for (let fold = 0; fold < FOLDS; fold += 1) {
    const trainIndex = rows.map((_, i) => i).filter((i) => i % FOLDS !== fold);
    const heldOutSentences = new Set(
      train.filter((_, i) => i % FOLDS === fold).flatMap((pair) => [pair.idA, pair.idB]),
    );
    const negativeIndex = negativePairs
      .map((_, i) => i)
      .filter(
        (i) => !heldOutSentences.has(negativePairs[i]?.idA ?? '') && !heldOutSentences.has(negativePairs[i]?.idB ?? ''),
      );
    const model = fitLogisticRegression(
      [...trainIndex.map((i) => rows[i] ?? []), ...negativeIndex.map((i) => negatives.rows[i] ?? [])],
      [...trainIndex.map((i) => labels[i] ?? 0), ...negativeIndex.map((i) => negatives.labels[i] ?? 0)],
      PAIR_FEATURE_NAMES,
      { l2 },
    );
    rows.forEach((row, i) => {
      if (i % FOLDS === fold && (predictProbability(model, row) >= 0.5 ? 1 : 0) === labels[i]) correct += 1;
    });
  }
  return correct / rows.length;
}

/** Lowest cut-off whose precision on (scores, labels) reaches `precision` with at least 20 positives predicted. */
function chooseStrongThreshold(scores: readonly number[], labels: readonly number[], precision: number): number {
  const candidates = [...new Set(scores)].sort((a, b) => a - b);
  for (const candidate of candidates) {
    const metrics = measureBinary(scores, labels, candidate);
    const predicted = scores.filter((score) => score >= candidate).length;
    if (predicted >= 20 && metrics.precision >= precision) return candidate;
  }
  return 1;
}

/** Rounds to 6 significant digits, so the committed file is small and diffs stay readable. */
function round(value: number): number {
  return Number(value.toPrecision(6));
}

function roundMetrics(metrics: BinaryMetrics): BinaryMetrics {
  return {
    pairs: metrics.pairs,
    accuracy: round(metrics.accuracy),
    precision: round(metrics.precision),
    recall: round(metrics.recall),
    f1: round(metrics.f1),
  };
}

const { values } = parseArgs({ options: { set: { type: 'string', multiple: true } } });
const settings = readSettingsOptionOrExit(values.set, {
  reserved: new Map([
    ['align.claimCutOff', 'fit:msrp chooses it on news-dev'],
    ['align.strongCutOff', 'fit:msrp chooses it on MSRP dev'],
  ]),
});

const started = performance.now();
const train = readMsrpSplit('train');
const dev = readMsrpSplit('dev');
const context = createMsrpContext(train);
const trainRows = computeMsrpRows(train, context);
const devRows = computeMsrpRows(dev, context);
const negativePairs = sampleSharedWordNegatives(train, train.length);
const negatives = computeMsrpRows(negativePairs, context);
console.log(
  `features: ${train.length} train + ${dev.length} dev pairs in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);

const cvAccuracy = L2_GRID.map((l2) => crossValidatedAccuracy(trainRows.rows, trainRows.labels, l2));
const best = Math.max(...cvAccuracy);
const standardError = Math.sqrt((best * (1 - best)) / trainRows.rows.length);
let bestL2 = L2_GRID[0] ?? 1;
L2_GRID.forEach((l2, index) => {
  const accuracy = cvAccuracy[index] ?? 0;
  console.log(`l2 ${l2}: ${FOLDS}-fold train accuracy ${(accuracy * 100).toFixed(2)}%`);
  if (accuracy >= best - standardError) bestL2 = l2;
});
console.log(`best ${(best * 100).toFixed(2)}% ± ${(standardError * 100).toFixed(2)} (one standard error)`);

const logistic = fitLogisticRegression(
  [...trainRows.rows, ...negatives.rows],
  [...trainRows.labels, ...negatives.labels],
  PAIR_FEATURE_NAMES,
  { l2: bestL2 },
);
const trainScores = trainRows.rows.map((row) => predictProbability(logistic, row));
const devScores = devRows.rows.map((row) => predictProbability(logistic, row));
const paraphrase = chooseThreshold(devScores, devRows.labels, (metrics) => metrics.accuracy);
const strong = Math.max(paraphrase, chooseStrongThreshold(devScores, devRows.labels, STRONG_PRECISION));

const model: AlignmentModel = {
  format: 'parallax-alignment-model/1',
  featureNames: [...PAIR_FEATURE_NAMES],
  mean: logistic.mean.map(round),
  scale: logistic.scale.map(round),
  weights: logistic.weights.map(round),
  bias: round(logistic.bias),
  l2: bestL2,
  thresholds: { paraphrase: round(paraphrase), claim: round(paraphrase), strong: round(strong) },
  training: {
    data: `MSRP train (${train.length} pairs) + ${negatives.rows.length} sampled shared-word negatives; paraphrase and strong thresholds on MSRP dev (${dev.length} pairs); claim threshold on news-dev`,
    train: roundMetrics(measureBinary(trainScores, trainRows.labels, paraphrase)),
    dev: roundMetrics(measureBinary(devScores, devRows.labels, paraphrase)),
  },
};

const sweep = sweepClaimThresholds(model, resolveNewsDevDir(), settings);
const chosen = sweep === undefined ? undefined : chooseClaimThreshold(sweep);
if (sweep === undefined || chosen === undefined) {
  console.log('news-dev not found: the claim threshold falls back to the paraphrase threshold');
} else {
  console.log('claim threshold on news-dev (pair recall / precision / F1):');
  for (const row of sweep) {
    const mark = row === chosen ? ' <- chosen' : '';
    const cells = (scores: { recall: number; precision: number; f1: number }): string =>
      `${scores.recall.toFixed(3)} / ${scores.precision.toFixed(3)} / ${scores.f1.toFixed(3)}`;
    console.log(`  ${row.threshold.toFixed(4)}  ECB+ ${cells(row.ecbplus)}   GVC ${cells(row.gvc)}${mark}`);
  }
}
const fitted: AlignmentModel = {
  ...model,
  thresholds: { ...model.thresholds, claim: round(chosen?.threshold ?? paraphrase) },
};
writeFileSync(MODEL_PATH, `${JSON.stringify(fitted, null, 2)}\n`);

console.log(
  `chosen l2 ${bestL2}; thresholds: paraphrase ${fitted.thresholds.paraphrase}, claim ${fitted.thresholds.claim}, strong ${fitted.thresholds.strong}`,
);
console.log(
  `train @ paraphrase threshold: accuracy ${(model.training.train.accuracy * 100).toFixed(2)}%, F1 ${(model.training.train.f1 * 100).toFixed(2)}`,
);
console.log(
  `dev   @ paraphrase threshold: accuracy ${(model.training.dev.accuracy * 100).toFixed(2)}%, F1 ${(model.training.dev.f1 * 100).toFixed(2)}`,
);
PAIR_FEATURE_NAMES.forEach((name, j) => console.log(`  ${name.padEnd(30)} ${(logistic.weights[j] ?? 0).toFixed(3)}`));
console.log(`wrote ${MODEL_PATH}`);
