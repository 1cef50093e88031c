/**
 * `npm run eval:pair-model [-- --corpus basil|ecbplus|gvc] [-- --simulate <recall>/<precision> …]`
 *
 * How good the pair model is, and how good it would have to be. For every news-dev story (read in place:
 * `$PARALLAX_NEWS_DEV` or `../shared/data/news-dev`) it takes the cross-report candidate pairs alignment
 * scores and the gold labels of those pairs (`src/eval/pair-labels.ts`), and prints the pair-level figures of
 * the final pair scores (model, polarity veto, support rules, speaker veto): recall, precision and F1 at the
 * claim cut-off, ROC AUC, and the best F1 any cut-off would give. Then, beside the committed model's claim
 * figures, the claim figures of simulated pair models of the given pair-level recall and precision
 * (`src/eval/simulated-pair-model.ts`: random errors, three seeds pooled), run through the same blocking,
 * support rules and clustering; `1/1` is the gold itself (`eval:news -- --oracle all`).
 */
import { parseArgs } from 'node:util';
import { goldPairVerdict } from '../src/eval/pair-oracle.ts';
import { computePairScores, scoreStory, sumPairCounts, type PairCounts, type PairScores } from '../src/eval/pair-score.ts';
import { toScoredStory } from '../src/eval/scored-story.ts';
import { falseJoinRate, simulatedPairVerdict, type SimulatedQuality } from '../src/eval/simulated-pair-model.ts';
import { scoreStoryUnits, type PairVerdict } from '../src/pipeline/align/index.ts';
import { getDefaultAlignmentModel } from '../src/pipeline/align/model/alignment-model.ts';
import { getWordNet } from '../src/pipeline/align/words/wordnet.ts';
import { withComparedReports } from '../src/pipeline/compared-reports.ts';
import { ingestStory } from '../src/pipeline/ingest/index.ts';
import { readStoryFolder } from '../src/pipeline/ingest/read-story-folder.ts';
import { runPipeline } from '../src/pipeline/run.ts';
import { segmentStory } from '../src/pipeline/segment/index.ts';
import { DEFAULT_SETTINGS } from '../src/pipeline/settings.ts';
import type { SegmentedStory } from '../src/pipeline/types.ts';
import { measureBinary, type BinaryMetrics } from './lib/binary-metrics.ts';
import { resolveNewsDevDir } from './lib/claim-threshold.ts';
import { listCorpusStories, type NewsDevStory } from './lib/news-corpus.ts';
import { NEWS_CORPORA, type NewsCorpus } from './lib/story-pairs.ts';

/** Seeds of the simulated models' draws, pooled: one draw of random errors is noisy on ten stories. */
const SIMULATION_SEEDS = [1, 2, 3] as const;

const { values: options } = parseArgs({
  options: {
    corpus: { type: 'string', multiple: true },
    simulate: { type: 'string', multiple: true },
  },
});

/** A labelled cross-report candidate pair: its final score and the gold's label. */
interface LabelledScore {
  readonly score: number;
  readonly same: boolean;
}

/** Pair-level figures of final scores against gold labels. */
interface PairLevelFigures {
  readonly labelled: number;
  readonly same: number;
  readonly atCutOff: BinaryMetrics;
  readonly auc: number;
  /** The figures at the cut-off with the best F1 (`bestF1CutOff`). */
  readonly best: BinaryMetrics;
  readonly bestCutOff: number;
}

function parseQuality(spec: string): SimulatedQuality {
  const [recall, precision] = spec.split('/').map(Number);
  const valid = (value: number | undefined): value is number => value !== undefined && Number.isFinite(value) && value > 0 && value <= 1;
  if (!valid(recall) || !valid(precision)) throw new Error(`--simulate takes <recall>/<precision>, each in (0, 1], got "${spec}"`);
  return { recall, precision };
}

function parseCorpora(names: readonly string[] | undefined): NewsCorpus[] {
  if (names === undefined) return [...NEWS_CORPORA];
  return names.map((name) => {
    const corpus = NEWS_CORPORA.find((known) => known === name);
    if (corpus === undefined) throw new Error(`--corpus must be one of ${NEWS_CORPORA.join(', ')}, got "${name}"`);
    return corpus;
  });
}

/** The story as alignment sees it: segmented, with only the reports it compares. */
function segmentForAlignment(entry: NewsDevStory): SegmentedStory {
  const segmented = segmentStory(ingestStory(readStoryFolder(entry.dir)), DEFAULT_SETTINGS.segment);
  return withComparedReports(segmented);
}

/** The final score and gold label of every cross-report candidate pair the gold labels. */
function labelledScores(entry: NewsDevStory): LabelledScore[] {
  const story = segmentForAlignment(entry);
  const scored = scoreStoryUnits(story, getDefaultAlignmentModel(), getWordNet(), DEFAULT_SETTINGS.align);
  const verdict = goldPairVerdict(entry.gold, 'all')(story);
  return scored.pairs.flatMap((pair) => {
    const unitA = scored.units[pair.a];
    const unitB = scored.units[pair.b];
    if (unitA === undefined || unitB === undefined || scored.groupOf[pair.a] === scored.groupOf[pair.b]) return [];
    const label = verdict(unitA, unitB);
    return label === undefined ? [] : [{ score: pair.score, same: label > 0 }];
  });
}

function measurePairs(rows: readonly LabelledScore[], cutOff: number): PairLevelFigures {
  const scores = rows.map((row) => row.score);
  const labels = rows.map((row) => (row.same ? 1 : 0));
  const same = rows.filter((row) => row.same).length;
  const different = rows.length - same;
  // ROC AUC as the Mann-Whitney statistic, ties counted half.
  const ascending = [...rows].sort((x, y) => x.score - y.score);
  let rankSum = 0;
  for (let start = 0; start < ascending.length; ) {
    let end = start;
    while (end < ascending.length && ascending[end]?.score === ascending[start]?.score) end++;
    const meanRank = (start + 1 + end) / 2;
    for (let index = start; index < end; index++) if (ascending[index]?.same) rankSum += meanRank;
    start = end;
  }
  const auc = same === 0 || different === 0 ? 0 : (rankSum - (same * (same + 1)) / 2) / (same * different);
  const bestCutOff = bestF1CutOff(ascending.reverse(), same);
  return { labelled: rows.length, same, atCutOff: measureBinary(scores, labels, cutOff), auc, best: measureBinary(scores, labels, bestCutOff), bestCutOff };
}

/**
 * The score at or above which taking every pair gives the best F1, over every cut-off that changes the
 * decision, down to taking every pair (`chooseThreshold` tries only midpoints between scores, and never that).
 * `descending`: the rows by score, highest first.
 */
function bestF1CutOff(descending: readonly LabelledScore[], same: number): number {
  let bestF1 = 0;
  let bestCutOff = 1;
  let found = 0;
  descending.forEach((row, index) => {
    if (row.same) found++;
    const next = descending[index + 1];
    if (next !== undefined && next.score === row.score) return;
    const f1 = (2 * found) / (index + 1 + same);
    if (f1 > bestF1) {
      bestF1 = f1;
      bestCutOff = row.score;
    }
  });
  return bestCutOff;
}

/** Claim figures of the whole pipeline over a corpus, with the pair verdict of each story's gold, if any. */
function claimFigures(stories: readonly NewsDevStory[], verdictOf?: (entry: NewsDevStory) => (story: SegmentedStory) => PairVerdict): PairScores {
  const counts: PairCounts[] = stories.map((entry) => {
    const verdict = verdictOf?.(entry);
    const story = runPipeline(readStoryFolder(entry.dir), DEFAULT_SETTINGS, verdict === undefined ? undefined : { pairVerdict: verdict });
    const scored = toScoredStory(story);
    return scoreStory(entry.gold, scored.claims, scored.sentences);
  });
  return computePairScores(sumPairCounts(counts));
}

const figures = (scores: PairScores): string => `R ${scores.recall.toFixed(3)} P ${scores.precision.toFixed(3)} F1 ${scores.f1.toFixed(3)}`;

function main(): void {
  const root = resolveNewsDevDir();
  const qualities = (options.simulate ?? []).map(parseQuality);
  const cutOff = DEFAULT_SETTINGS.align.claimCutOff;
  for (const corpus of parseCorpora(options.corpus)) {
    const stories = listCorpusStories(root, corpus);
    const pairs = measurePairs(stories.flatMap(labelledScores), cutOff);
    console.log(
      `${corpus}: ${pairs.labelled} labelled cross-report candidate pairs, ${pairs.same} the same claim. ` +
        `Pairs at the claim cut-off (${cutOff.toFixed(4)}): ${figures(pairs.atCutOff)}; ROC AUC ${pairs.auc.toFixed(3)}; ` +
        `best F1 at any cut-off ${pairs.best.f1.toFixed(3)} (at ${pairs.bestCutOff.toFixed(4)})`,
    );
    console.log(`  claims with the committed model: ${figures(claimFigures(stories))}`);
    for (const quality of qualities) {
      const falseRate = falseJoinRate(quality, pairs.same, pairs.labelled - pairs.same);
      const pooled = SIMULATION_SEEDS.map((seed) =>
        claimFigures(stories, (entry) => simulatedPairVerdict(goldPairVerdict(entry.gold, 'all'), quality.recall, falseRate, seed)),
      );
      const mean = (pick: (scores: PairScores) => number): number => pooled.reduce((sum, scores) => sum + pick(scores), 0) / pooled.length;
      console.log(
        `  claims with a simulated pair model of recall ${quality.recall} and precision ${quality.precision} ` +
          `(mean of ${pooled.length} seeds): R ${mean((s) => s.recall).toFixed(3)} P ${mean((s) => s.precision).toFixed(3)} F1 ${mean((s) => s.f1).toFixed(3)}`,
      );
    }
  }
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
