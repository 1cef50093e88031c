import { lookUpOwn } from '../pipeline/look-up-own.ts';
import type { GoldCluster, StoryGold } from './coreference-gold.ts';

/**
 * Pair scoring of claim alignment against the news development set, exactly as
 * `news-dev/README.md` ("How to score pair F1") defines it. Pure functions over plain data: the
 * gold of one story and the sentences and claims of a comparison, each sentence named by its
 * report key (the report's file name without `.txt`). Nothing here knows the pipeline's types.
 */

/** One sentence of a comparison. `id` tells apart two sentences of one report with the same text. */
export interface ScoredSentence {
  /** Gold report key: the report's file name without `.txt`. */
  readonly report: string;
  readonly text: string;
  readonly id?: string | undefined;
}

/** A claim as the scorer sees it: the sentences that support it, from one or more reports. */
export type ScoredClaim = readonly ScoredSentence[];

/** The four pair counts of step 3 and 4; they add up over stories (micro-average). */
export interface PairCounts {
  /** Cluster × report pairs of the gold. */
  readonly gold: number;
  /** Gold pairs that one claim joins. */
  readonly hit: number;
  /** Cross-report sentence pairs inside claims (ECB+: both sentences in scope). */
  readonly predicted: number;
  /** Predicted pairs whose two sentences carry snippets of one cluster. */
  readonly correct: number;
}

/** A gold pair that no claim joins. */
export interface MissedPair {
  readonly cluster: string;
  readonly reports: readonly [string, string];
}

/** The counts of one story, with the pairs behind the errors, for reading by hand. */
export interface StoryScore extends PairCounts {
  readonly missed: readonly MissedPair[];
  readonly wrong: readonly (readonly [ScoredSentence, ScoredSentence])[];
}

export interface PairScores {
  readonly recall: number;
  readonly precision: number;
  readonly f1: number;
}

/** Shortest sentence that carries a snippet by being contained in it (README step 2). */
export const MIN_CONTAINED_LENGTH = 20;
/** Length of the shared run used when no sentence contains or is contained by a snippet. */
export const RUN_LENGTH = 30;
/** Distance between the starts of two runs taken from a snippet. */
export const RUN_STEP = 5;

/**
 * Normalises a text for matching, as the README's step 2 says: curly quotes to straight, en and
 * em dashes to `-`, whitespace collapsed, lower case. Rebuilt corpus text and a pipeline's
 * sentences differ in exactly these ways.
 */
export function normaliseForMatching(text: string): string {
  return text
    .replace(/[‘’‚‛]/g, "'")
    .replace(/[“”„‟]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * True when a sentence carries a snippet directly: it contains the snippet, or it is at least
 * 20 characters long and the snippet contains it (a corpus sentence our segmenter cut in two).
 * Both texts must already be normalised.
 */
export function containsSnippet(sentence: string, snippet: string): boolean {
  if (sentence === '' || snippet === '') return false;
  return sentence.includes(snippet) || (sentence.length >= MIN_CONTAINED_LENGTH && snippet.includes(sentence));
}

/** The 30-character runs of a snippet that start every 5 characters (none for a shorter snippet). */
export function runsOf(snippet: string): string[] {
  const runs: string[] = [];
  for (let start = 0; start + RUN_LENGTH <= snippet.length; start += RUN_STEP) runs.push(snippet.slice(start, start + RUN_LENGTH));
  return runs;
}

/**
 * Indices of the sentences (normalised texts of one report) that carry a normalised snippet:
 * those that contain it or are contained by it, else, when there are none, those that share one
 * of its 30-character runs (README step 2; it catches sentences cut differently from the corpus).
 */
export function findCarriers(snippet: string, sentences: readonly string[]): number[] {
  const direct = sentences.flatMap((sentence, index) => (containsSnippet(sentence, snippet) ? [index] : []));
  if (direct.length > 0) return direct;
  const runs = runsOf(snippet);
  return sentences.flatMap((sentence, index) => (runs.some((run) => sentence.includes(run)) ? [index] : []));
}

/** Reports to leave out: all but the first of each group of identical files (README step 5). */
export function droppedReports(gold: StoryGold): Set<string> {
  return new Set((gold.identical_files ?? []).flatMap((group) => group.slice(1)));
}

/** Every sentence of a comparison once, with its report, normalised text and the claims it is in. */
interface SentenceIndex {
  readonly sentences: readonly ScoredSentence[];
  readonly normalised: readonly string[];
  /** For each sentence, its position among the sentences of its report. */
  readonly byReport: ReadonlyMap<string, readonly number[]>;
  readonly claims: readonly (readonly number[])[];
}

function sentenceKey(sentence: ScoredSentence): string {
  return sentence.id ?? `${sentence.report}\u0000${sentence.text}`;
}

/** Numbers every distinct sentence (the given list first, then any claim member not in it) and maps claims to them. */
function indexSentences(sentences: readonly ScoredSentence[], claims: readonly ScoredClaim[], dropped: ReadonlySet<string>): SentenceIndex {
  const positions = new Map<string, number>();
  const all: ScoredSentence[] = [];
  const add = (sentence: ScoredSentence): number | undefined => {
    if (dropped.has(sentence.report)) return undefined;
    const key = sentenceKey(sentence);
    const known = positions.get(key);
    if (known !== undefined) return known;
    positions.set(key, all.length);
    all.push(sentence);
    return all.length - 1;
  };
  for (const sentence of sentences) add(sentence);
  const claimIndices = claims.map((claim) => [
    ...new Set(claim.flatMap((sentence) => {
      const index = add(sentence);
      return index === undefined ? [] : [index];
    })),
  ]);
  const byReport = new Map<string, number[]>();
  all.forEach((sentence, index) => {
    const list = byReport.get(sentence.report) ?? [];
    list.push(index);
    byReport.set(sentence.report, list);
  });
  return { sentences: all, normalised: all.map((s) => normaliseForMatching(s.text)), byReport, claims: claimIndices };
}

/** Memoised "which sentences of report k carry any of these snippets of k", as sets of sentence indices. */
function carrierFinder(index: SentenceIndex): (report: string, snippets: readonly string[]) => ReadonlySet<number> {
  const cache = new Map<string, ReadonlySet<number>>();
  return (report, snippets) => {
    const members = index.byReport.get(report) ?? [];
    const texts = members.map((member) => index.normalised[member] ?? '');
    const carriers = new Set<number>();
    for (const snippet of snippets) {
      const key = `${report}\u0000${snippet}`;
      let found = cache.get(key);
      if (found === undefined) {
        found = new Set(findCarriers(normaliseForMatching(snippet), texts).map((position) => members[position] ?? -1));
        cache.set(key, found);
      }
      for (const sentence of found) carriers.add(sentence);
    }
    return carriers;
  };
}

/** Reports of a cluster's core that are scored, in the order the gold lists them. */
function coreReports(cluster: GoldCluster, dropped: ReadonlySet<string>): string[] {
  return Object.keys(cluster.core).filter((report) => !dropped.has(report));
}

/**
 * Scores one story: gold cluster × report pairs and how many of them one claim joins (recall),
 * and cross-report sentence pairs inside claims and how many of them one cluster links
 * (precision), following the README's steps 2–5.
 *
 * `sentences` should list every sentence of every report (body or not), so that a snippet is
 * looked for among all of a report's sentences, as the README's step 2 does; it defaults to the
 * sentences of the claims. Claim members not in `sentences` are added to it.
 */
export function scoreStory(
  gold: StoryGold,
  claims: readonly ScoredClaim[],
  sentences: readonly ScoredSentence[] = claims.flat(),
): StoryScore {
  const dropped = droppedReports(gold);
  const index = indexSentences(sentences, claims, dropped);
  const carriersOf = carrierFinder(index);
  const claimSets = index.claims.map((claim) => new Set(claim));

  let goldPairs = 0;
  let hit = 0;
  const missed: MissedPair[] = [];
  for (const cluster of gold.clusters) {
    const reports = coreReports(cluster, dropped);
    for (let i = 0; i < reports.length; i++) {
      for (let j = i + 1; j < reports.length; j++) {
        const a = reports[i] ?? '';
        const b = reports[j] ?? '';
        goldPairs++;
        const fromA = carriersOf(a, lookUpOwn(cluster.core, a) ?? []);
        const fromB = carriersOf(b, lookUpOwn(cluster.core, b) ?? []);
        const joined = claimSets.some((claim) => [...fromA].some((x) => claim.has(x)) && [...fromB].some((y) => claim.has(y)));
        if (joined) hit++;
        else missed.push({ cluster: cluster.id, reports: [a, b] });
      }
    }
  }

  const scope = gold.scope;
  const inScope = (sentence: number): boolean => {
    if (scope === 'all') return true;
    const report = index.sentences[sentence]?.report ?? '';
    return carriersOf(report, lookUpOwn(scope, report) ?? []).has(sentence);
  };
  const linking = [...gold.clusters, ...(gold.vague_clusters ?? [])];
  const linked = (x: number, y: number): boolean => {
    const reportX = index.sentences[x]?.report ?? '';
    const reportY = index.sentences[y]?.report ?? '';
    return linking.some(
      (cluster) => carriersOf(reportX, lookUpOwn(cluster.core, reportX) ?? []).has(x) && carriersOf(reportY, lookUpOwn(cluster.core, reportY) ?? []).has(y),
    );
  };

  const seen = new Set<string>();
  let predicted = 0;
  let correct = 0;
  const wrong: [ScoredSentence, ScoredSentence][] = [];
  for (const claim of index.claims) {
    for (let i = 0; i < claim.length; i++) {
      for (let j = i + 1; j < claim.length; j++) {
        const x = Math.min(claim[i] ?? 0, claim[j] ?? 0);
        const y = Math.max(claim[i] ?? 0, claim[j] ?? 0);
        const sx = index.sentences[x];
        const sy = index.sentences[y];
        if (!sx || !sy || sx.report === sy.report) continue;
        const key = `${x}|${y}`;
        if (seen.has(key)) continue;
        seen.add(key);
        if (!inScope(x) || !inScope(y)) continue;
        predicted++;
        if (linked(x, y)) correct++;
        else wrong.push([sx, sy]);
      }
    }
  }
  return { gold: goldPairs, hit, predicted, correct, missed, wrong };
}

/**
 * Gold pairs that some claim could still join given only these sentences: both reports have a
 * sentence among them that carries one of the cluster's snippets. Passing only the sentences a
 * pipeline aligns (its body sentences) gives the best recall that pipeline can reach, which shows
 * what classification and segmentation alone cost.
 */
export function countReachableGoldPairs(gold: StoryGold, candidates: readonly ScoredSentence[], sentences: readonly ScoredSentence[] = candidates): number {
  const dropped = droppedReports(gold);
  const index = indexSentences(sentences, [candidates], dropped);
  const carriersOf = carrierFinder(index);
  const allowed = new Set(index.claims[0] ?? []);
  let reachable = 0;
  for (const cluster of gold.clusters) {
    const reports = coreReports(cluster, dropped).filter((report) =>
      [...carriersOf(report, lookUpOwn(cluster.core, report) ?? [])].some((sentence) => allowed.has(sentence)),
    );
    reachable += (reports.length * (reports.length - 1)) / 2;
  }
  return reachable;
}

/** Adds up the pair counts of several stories (the README's micro-average, step 6). */
export function sumPairCounts(counts: readonly PairCounts[]): PairCounts {
  return counts.reduce<PairCounts>(
    (total, count) => ({
      gold: total.gold + count.gold,
      hit: total.hit + count.hit,
      predicted: total.predicted + count.predicted,
      correct: total.correct + count.correct,
    }),
    { gold: 0, hit: 0, predicted: 0, correct: 0 },
  );
}

/**
 * Recall = hit / gold, precision = correct / predicted, F1 their harmonic mean. A ratio with
 * nothing to count (no gold pairs, no predicted pairs) is 0, so an aligner that links nothing
 * scores 0 rather than an undefined precision.
 */
export function computePairScores(counts: PairCounts): PairScores {
  const recall = counts.gold === 0 ? 0 : counts.hit / counts.gold;
  const precision = counts.predicted === 0 ? 0 : counts.correct / counts.predicted;
  const f1 = recall + precision === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { recall, precision, f1 };
}
