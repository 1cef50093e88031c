/**
 * Evaluates the committed alignment model (`src/pipeline/align/model/model.json`) on MSRP.
 *
 *   npm run eval:msrp          (MSRP is read in place from ../shared/data/msrp, or $MSRP_DIR)
 *
 * Prints accuracy, precision, recall and F1 on train, dev and test at the paraphrase threshold chosen
 * on dev, a word-overlap baseline (a cut-off on the Dice coefficient of word stems, also chosen on dev)
 * for reference, and as its last line one JSON object:
 * `{"dataset":"msrp-test","pairs":1725,"accuracy":…,"f1":…}`. Nothing is fitted or tuned here.
 *
 * Unlike `eval:news` and `eval:hama` it takes no `--set`: it scores single sentence pairs with the fitted
 * model, where no pipeline setting applies (no story, so no support bonuses, claim cut-offs or detectors; the
 * way pair signals are computed is part of the model, `src/pipeline/settings.ts`). It refuses the option
 * rather than ignore it.
 */
import { parseArgs } from 'node:util';
import { getDefaultAlignmentModel, toLogisticModel } from '../src/pipeline/align/model/alignment-model.ts';
import { predictProbability } from '../src/pipeline/align/model/logistic-regression.ts';
import { PAIR_FEATURE_NAMES } from '../src/pipeline/align/model/pair-features.ts';
import { chooseThreshold, measureBinary, type BinaryMetrics } from './lib/binary-metrics.ts';
import { readMsrpSplit, type MsrpSplit } from './lib/msrp.ts';
import { computeMsrpRows, createMsrpContext } from './lib/msrp-features.ts';

const { values } = parseArgs({ options: { set: { type: 'string', multiple: true } } });
if (values.set !== undefined) {
  console.error('eval:msrp reads no pipeline setting (it scores sentence pairs with the fitted model alone): --set would change nothing');
  process.exit(2);
}

const started = performance.now();
const model = getDefaultAlignmentModel();
const logistic = toLogisticModel(model);
const threshold = model.thresholds.paraphrase;
const train = readMsrpSplit('train');
const context = createMsrpContext(train);
const diceColumn = PAIR_FEATURE_NAMES.indexOf('tokenDice');

const percent = (value: number): string => `${(value * 100).toFixed(2)}%`;
const describe = (metrics: BinaryMetrics): string =>
  `accuracy ${percent(metrics.accuracy)}  precision ${percent(metrics.precision)}  recall ${percent(metrics.recall)}  F1 ${percent(metrics.f1)}`;

const results = new Map<MsrpSplit, { model: BinaryMetrics; scores: number[]; dice: number[]; labels: number[] }>();
for (const split of ['train', 'dev', 'test'] as const) {
  const pairs = split === 'train' ? train : readMsrpSplit(split);
  const { rows, labels } = computeMsrpRows(pairs, context);
  const scores = rows.map((row) => predictProbability(logistic, row));
  results.set(split, {
    model: measureBinary(scores, labels, threshold),
    scores,
    dice: rows.map((row) => row[diceColumn] ?? 0),
    labels,
  });
}

const dev = results.get('dev');
const test = results.get('test');
if (dev === undefined || test === undefined) throw new Error('MSRP splits missing');
const diceThreshold = chooseThreshold(dev.dice, dev.labels, (metrics) => metrics.accuracy);

console.log(
  `MSRP, ${PAIR_FEATURE_NAMES.length} pair signals, logistic regression (l2 ${model.l2}); ${model.training.data}`,
);
console.log(`paraphrase threshold ${threshold} (chosen on dev); claim threshold for stories ${model.thresholds.claim}`);
for (const [split, result] of results) {
  const positives = result.labels.filter((label) => label === 1).length;
  console.log(
    `${split.padEnd(5)} ${String(result.labels.length).padStart(4)} pairs (${percent(positives / result.labels.length)} paraphrases)  ${describe(result.model)}`,
  );
}
const majority = measureBinary(
  test.scores.map(() => 1),
  test.labels,
  0.5,
);
console.log(`test  majority class (all paraphrase):         ${describe(majority)}`);
console.log(
  `test  word-stem Dice ≥ ${diceThreshold.toFixed(3)} (cut-off on dev): ${describe(measureBinary(test.dice, test.labels, diceThreshold))}`,
);
console.log(
  'references on test: word overlap ~70-73%; Madnani et al. 2012 77.4% / F1 84.1; Ji & Eisenstein 2013 80.4% / 85.9',
);
console.log(`took ${((performance.now() - started) / 1000).toFixed(1)} s`);
const round = (value: number): number => Math.round(value * 10_000) / 10_000;
console.log(
  JSON.stringify({
    dataset: 'msrp-test',
    pairs: test.model.pairs,
    accuracy: round(test.model.accuracy),
    f1: round(test.model.f1),
  }),
);
