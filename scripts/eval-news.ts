/**
 * `npm run eval:news [-- --discrepancies] [-- --pairs] [-- --data <dir>] [-- --set <name>=<value> …] [-- --subsets <k>] [-- --oracle <mode>]`
 *
 * Runs the whole pipeline on every story of the news development set (ECB+, GVC and BASIL, see
 * `news-dev/README.md`), scores its claims with the README's pair F1, prints a table per story,
 * and ends with one JSON line of micro-averaged scores per corpus:
 * `{"dataset":"news-dev","ecbplus":{"recall":…,"precision":…,"f1":…},"gvc":{…},"basil":{…}}`.
 *
 * The set is read in place, never copied: from `--data <dir>`, else `$PARALLAX_NEWS_DEV`, else
 * `../shared/data/news-dev` next to the checkout. `--discrepancies` also lists every discrepancy
 * found, and `--pairs` every missed gold pair and wrong predicted pair, for reading by hand.
 * `--set` overrides a pipeline setting (`lib/settings-option.ts`; e.g. `--set align.topBonus=2`), to measure how
 * the figures depend on it; the product always uses the defaults. `--subsets <k>` scores, instead of the whole stories,
 * `SUBSET_DRAWS` seeded random draws of k reports from every story that has more than k
 * (`src/eval/report-subsets.ts`): a check that a setting holds on report mixes it was not chosen on.
 * `--oracle all|negatives|positives` puts the gold's verdict in place of the pair model's on the candidate
 * pairs (`src/eval/pair-oracle.ts`), everything else unchanged: the recall and precision the rest of the
 * design allows, which no real model is scored against.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { StoryGold } from '../src/eval/coreference-gold.ts';
import { goldPairVerdict, isOracleMode, ORACLE_MODES, type OracleMode } from '../src/eval/pair-oracle.ts';
import {
  computePairScores,
  countReachableGoldPairs,
  scoreStory,
  sumPairCounts,
  type PairCounts,
  type PairScores,
  type StoryScore,
} from '../src/eval/pair-score.ts';
import { drawSubsets, restrictGoldToReports } from '../src/eval/report-subsets.ts';
import { reportKeyOf, toScoredStory, type ScoredStory } from '../src/eval/scored-story.ts';
import { readStoryFolder } from '../src/pipeline/ingest/read-story-folder.ts';
import { runPipeline } from '../src/pipeline/run.ts';
import type { PipelineSettings } from '../src/pipeline/settings.ts';
import { DISCREPANCY_KINDS, type ComparedStory } from '../src/pipeline/types.ts';
import { resolveNewsDevDir } from './lib/claim-threshold.ts';
import { listCorpusStories, type NewsDevStory } from './lib/news-corpus.ts';
import { NEWS_CORPORA, type NewsCorpus } from './lib/story-pairs.ts';
import { createRandom } from './lib/seeded-random.ts';
import { describeChangedSettings, parseSettingsOption } from './lib/settings-option.ts';

const CORPORA = NEWS_CORPORA;
type Corpus = NewsCorpus;

/** One scored story: the table row and what `--pairs` and `--discrepancies` print. */
interface StoryResult {
  readonly slug: string;
  readonly story: ComparedStory;
  readonly scored: ScoredStory;
  readonly score: StoryScore;
  /** Gold pairs that the sentences the aligner takes (body, headline, standfirst) could still join: the recall ceiling of this classification. */
  readonly reachable: number;
  /** Gold pairs that all sentences, body or not, could join (the recall ceiling of this segmentation). */
  readonly segmentable: number;
  readonly milliseconds: number;
}

const { values: options } = parseArgs({
  options: {
    data: { type: 'string' },
    discrepancies: { type: 'boolean', default: false },
    pairs: { type: 'boolean', default: false },
    set: { type: 'string', multiple: true },
    subsets: { type: 'string' },
    oracle: { type: 'string' },
  },
});

const dataRoot = options.data === undefined ? resolveNewsDevDir() : resolve(options.data);

/** Runs the pipeline on one story folder and scores it against its gold. */
function evaluateStory(dir: string, slug: string, gold: StoryGold, settings: PipelineSettings, oracle: OracleMode | undefined): StoryResult {
  const started = performance.now();
  const story = runPipeline(readStoryFolder(dir), settings, oracle === undefined ? undefined : { pairVerdict: goldPairVerdict(gold, oracle) });
  const milliseconds = performance.now() - started;
  const scored = toScoredStory(story);
  return {
    slug,
    story,
    scored,
    score: scoreStory(gold, scored.claims, scored.sentences),
    reachable: countReachableGoldPairs(gold, scored.alignable, scored.sentences),
    segmentable: countReachableGoldPairs(gold, scored.sentences),
    milliseconds,
  };
}

/** Scores every story folder of one corpus that the gold knows; a folder without gold is an error. */
function evaluateCorpus(corpus: Corpus, settings: PipelineSettings, oracle: OracleMode | undefined): StoryResult[] {
  return corpusStories(corpus).map(({ dir, slug, gold }) => evaluateStory(dir, slug, gold, settings, oracle));
}

/** Every story folder of one corpus with its gold, in name order. */
function corpusStories(corpus: Corpus): NewsDevStory[] {
  return listCorpusStories(dataRoot, corpus);
}

/** Random report subsets drawn per story by `--subsets`, and the seed they are drawn with (fixed, so runs repeat). */
const SUBSET_DRAWS = 6;
const SUBSET_SEED = 20261122;

/** Micro-averaged scores over `SUBSET_DRAWS` random subsets of `size` reports of every story of a corpus with more reports. */
function evaluateSubsets(corpus: Corpus, size: number, settings: PipelineSettings): { stories: number; scores: PairScores } {
  const random = createRandom(SUBSET_SEED);
  const counts: PairCounts[] = [];
  let stories = 0;
  for (const { dir, gold: storyGold } of corpusStories(corpus)) {
    const raw = readStoryFolder(dir);
    for (const files of drawSubsets(raw.files, size, SUBSET_DRAWS, random)) {
      const story = runPipeline({ ...raw, files }, settings);
      const scored = toScoredStory(story);
      const reports = new Set(files.map((file) => reportKeyOf(file.name)));
      counts.push(scoreStory(restrictGoldToReports(storyGold, reports), scored.claims, scored.sentences));
      stories += 1;
    }
  }
  return { stories, scores: computePairScores(sumPairCounts(counts)) };
}

/** The `--subsets` run: one line per corpus, then one JSON line. */
function mainSubsets(size: number, settings: PipelineSettings): void {
  const summary = {} as Record<Corpus, { recall: number; precision: number; f1: number } | null>;
  for (const corpus of CORPORA) {
    const { stories, scores } = evaluateSubsets(corpus, size, settings);
    if (stories === 0) {
      console.log(`${corpus}: no story has more than ${size} reports`);
      summary[corpus] = null;
      continue;
    }
    console.log(`${corpus}: ${stories} stories of ${size} reports: R ${fixed(scores.recall)} P ${fixed(scores.precision)} F1 ${fixed(scores.f1)}`);
    summary[corpus] = { recall: round(scores.recall), precision: round(scores.precision), f1: round(scores.f1) };
  }
  console.log(JSON.stringify({ dataset: 'news-dev-subsets', reports: size, draws: SUBSET_DRAWS, ...summary }));
}

/** The `--subsets` size: a whole number of at least 2. */
function parseSubsetSize(value: string): number {
  const size = Number(value);
  if (!Number.isInteger(size) || size < 2) throw new Error(`--subsets must be a whole number of reports, at least 2, got "${value}"`);
  return size;
}

/** The `--oracle` mode, if given: one of `ORACLE_MODES`. */
function parseOracleMode(value: string | undefined): OracleMode | undefined {
  if (value === undefined) return undefined;
  if (!isOracleMode(value)) throw new Error(`--oracle must be one of ${ORACLE_MODES.join(', ')}, got "${value}"`);
  return value;
}

const fixed = (value: number): string => value.toFixed(2);
const round = (value: number): number => Math.round(value * 10_000) / 10_000;

const COLUMNS = ['story', 'rep', 'sent', 'body', 'claims', 'gold', 'reachA', 'reachB', 'hit', 'pred', 'corr', 'R', 'P', 'F1', 'ms'] as const;

function formatRow(cells: readonly (string | number)[]): string {
  return cells.map((cell, index) => (index === 0 ? String(cell).slice(0, 40).padEnd(40) : String(cell).padStart(6))).join(' ');
}

function rowOf(label: string, parts: StoryParts, counts: PairCounts): string {
  const scores = computePairScores(counts);
  return formatRow([
    label,
    parts.reports,
    parts.sentences,
    parts.body,
    parts.claims,
    counts.gold,
    parts.segmentable,
    parts.reachable,
    counts.hit,
    counts.predicted,
    counts.correct,
    fixed(scores.recall),
    fixed(scores.precision),
    fixed(scores.f1),
    Math.round(parts.ms),
  ]);
}

/** The counts of a table row that are not pair counts. */
interface StoryParts {
  readonly reports: number;
  readonly sentences: number;
  readonly body: number;
  readonly claims: number;
  readonly segmentable: number;
  readonly reachable: number;
  readonly ms: number;
}

function partsOf(result: StoryResult): StoryParts {
  return {
    reports: result.story.reports.length,
    sentences: result.scored.sentences.length,
    body: result.scored.alignable.length,
    claims: result.story.claims.filter((claim) => claim.sources.length > 1).length,
    segmentable: result.segmentable,
    reachable: result.reachable,
    ms: result.milliseconds,
  };
}

/** Prints the table of one corpus and returns its micro-averaged scores. */
function printCorpus(corpus: Corpus, results: readonly StoryResult[]): PairScores {
  console.log(
    `\n${corpus}: claims = claims of 2+ reports; gold pairs that could still be joined by all sentences (reachA) or by the sentences the aligner takes, body, headline and standfirst (reachB)`,
  );
  console.log(formatRow(COLUMNS));
  for (const result of results) console.log(rowOf(result.slug, partsOf(result), result.score));
  const total = sumPairCounts(results.map((result) => result.score));
  const parts = results.map(partsOf).reduce((sum, part) => ({
    reports: sum.reports + part.reports,
    sentences: sum.sentences + part.sentences,
    body: sum.body + part.body,
    claims: sum.claims + part.claims,
    segmentable: sum.segmentable + part.segmentable,
    reachable: sum.reachable + part.reachable,
    ms: sum.ms + part.ms,
  }));
  console.log(rowOf(`${corpus} (micro)`, parts, total));
  // Only body, headline and standfirst sentences are aligned: gold pairs that only captions or other
  // page furniture carry cannot be hit, so recall over the reachable pairs is printed next to the README's.
  const reachableRecall = parts.reachable === 0 ? 0 : total.hit / parts.reachable;
  console.log(
    `${corpus}: ${total.gold - parts.reachable} of ${total.gold} gold pairs are carried only by sentences the aligner does not take (captions, page furniture …); ` +
      `recall over the ${parts.reachable} pairs it can reach: ${fixed(reachableRecall)}`,
  );
  return computePairScores(total);
}

/**
 * Every discrepancy of a story, for judging by hand: kind, severity, whether it was found across the story
 * (its sentences share no claim), its summary, its reason when it is a contradiction, and each sentence's value.
 * Coverage (claims only one report carries, claims some leave out) is not a discrepancy and is only counted.
 */
function printDiscrepancies(result: StoryResult): void {
  const { discrepancies, coverage } = result.story;
  const unique = coverage.filter((note) => note.kind === 'unique').length;
  console.log(`\n## ${result.slug}: ${discrepancies.length} discrepancies (coverage, not listed: ${unique} unique, ${coverage.length - unique} omission)`);
  for (const discrepancy of discrepancies) {
    const where = discrepancy.claim === undefined ? ' across the story' : '';
    console.log(`- [${discrepancy.kind}/${discrepancy.severity}]${where} ${discrepancy.summary}`);
    if (discrepancy.reason !== undefined) console.log(`    reason: ${discrepancy.reason}`);
    for (const [sentence, value] of Object.entries(discrepancy.values)) console.log(`    ${sentence}: ${JSON.stringify(value)}`);
  }
}

/** Discrepancies of a corpus by kind and severity: "number 3/2" is 3 contradictions and 2 variants. */
function printDiscrepancyCounts(corpus: Corpus, results: readonly StoryResult[]): void {
  const all = results.flatMap((result) => result.story.discrepancies);
  const counts = DISCREPANCY_KINDS.map((kind) => {
    const ofKind = all.filter((d) => d.kind === kind);
    const contradictions = ofKind.filter((d) => d.severity === 'contradiction').length;
    return `${kind} ${contradictions}/${ofKind.length - contradictions}`;
  });
  const across = all.filter((d) => d.claim === undefined).length;
  console.log(`${corpus} discrepancies (contradictions/variants): ${counts.join(', ')}; ${all.length} in all, ${across} found across the story`);
}

function printPairs(result: StoryResult): void {
  console.log(`\n## ${result.slug}: ${result.score.missed.length} missed gold pairs, ${result.score.wrong.length} wrong predicted pairs`);
  for (const miss of result.score.missed) console.log(`- missed ${miss.cluster}: ${miss.reports[0]} ~ ${miss.reports[1]}`);
  for (const [a, b] of result.score.wrong) console.log(`- wrong ${a.report}: ${JSON.stringify(a.text)}\n        ${b.report}: ${JSON.stringify(b.text)}`);
}

function main(): void {
  if (!existsSync(dataRoot)) throw new Error(`news-dev set not found at ${dataRoot}; pass --data <dir> or set PARALLAX_NEWS_DEV`);
  const settings = parseSettingsOption(options.set);
  const changed = describeChangedSettings(settings);
  if (changed !== '') console.log(`settings changed: ${changed}`);
  const oracle = parseOracleMode(options.oracle);
  if (oracle !== undefined) console.log(`oracle: the gold decides ${oracle === 'all' ? 'every candidate pair it labels' : `the candidate pairs it labels ${oracle === 'negatives' ? 'different' : 'the same claim'}`}, the model the rest`);
  if (options.subsets !== undefined) {
    if (oracle !== undefined) throw new Error('--oracle scores whole stories: leave out --subsets');
    mainSubsets(parseSubsetSize(options.subsets), settings);
    return;
  }
  const scores = {} as Record<Corpus, PairScores>;
  for (const corpus of CORPORA) {
    const results = evaluateCorpus(corpus, settings, oracle);
    scores[corpus] = printCorpus(corpus, results);
    if (options.pairs) results.forEach(printPairs);
    if (options.discrepancies) {
      results.forEach(printDiscrepancies);
      printDiscrepancyCounts(corpus, results);
    }
  }
  const summary = (value: PairScores) => ({ recall: round(value.recall), precision: round(value.precision), f1: round(value.f1) });
  console.log(JSON.stringify({ dataset: 'news-dev', ...(oracle === undefined ? {} : { oracle }), ecbplus: summary(scores.ecbplus), gvc: summary(scores.gvc), basil: summary(scores.basil) }));
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
