import { lookUpOwn } from '../pipeline/look-up-own.ts';
import type { StoryGold } from './coreference-gold.ts';
import { droppedReports, findCarriers, normaliseForMatching, type ScoredSentence } from './pair-score.ts';

/**
 * Gold labels for pairs of sentences of different reports, read from a news-dev gold the way the pair
 * scorer reads it (`pair-score.ts`, the README's steps 2–5), so that a model fitted on these labels learns
 * what the scorer counts: a pair is the same claim (1) when one cluster has snippets carried by both
 * sentences, not the same (0) when no cluster and no vague cluster links them, and unknown (undefined)
 * when only a vague cluster links them (optional links, never required), when either sentence is outside
 * the annotated scope (ECB+), or when either report is a left-out copy.
 */

/** What the gold says about each sentence: the clusters it carries and whether it was annotated. */
export interface SentenceGold {
  readonly clusters: ReadonlySet<string>;
  readonly vague: ReadonlySet<string>;
  readonly inScope: boolean;
  readonly dropped: boolean;
}

/**
 * The gold of every sentence of a story, keyed by sentence id (or report and text when it has no id).
 * `sentences` should be all sentences of all reports, as for `scoreStory`.
 */
export function readSentenceGold(gold: StoryGold, sentences: readonly ScoredSentence[]): Map<string, SentenceGold> {
  const dropped = droppedReports(gold);
  const byReport = new Map<string, ScoredSentence[]>();
  for (const sentence of sentences) {
    const list = byReport.get(sentence.report) ?? [];
    list.push(sentence);
    byReport.set(sentence.report, list);
  }
  const normalised = new Map([...byReport].map(([report, list]) => [report, list.map((s) => normaliseForMatching(s.text))]));
  const carriers = (report: string, snippets: readonly string[]): ScoredSentence[] => {
    const list = byReport.get(report) ?? [];
    const texts = normalised.get(report) ?? [];
    const found = new Set<number>();
    for (const snippet of snippets) for (const index of findCarriers(normaliseForMatching(snippet), texts)) found.add(index);
    return [...found].sort((x, y) => x - y).flatMap((index) => list[index] ?? []);
  };

  const clusters = new Map<string, Set<string>>();
  const vague = new Map<string, Set<string>>();
  const mark = (target: Map<string, Set<string>>, id: string, core: Readonly<Record<string, readonly string[]>>): void => {
    for (const report of Object.keys(core)) {
      for (const sentence of carriers(report, lookUpOwn(core, report) ?? [])) {
        const key = keyOf(sentence);
        const set = target.get(key) ?? new Set<string>();
        set.add(id);
        target.set(key, set);
      }
    }
  };
  for (const cluster of gold.clusters) mark(clusters, cluster.id, cluster.core);
  for (const cluster of gold.vague_clusters ?? []) mark(vague, cluster.id, cluster.core);

  const inScope = new Set<string>();
  if (gold.scope !== 'all') {
    for (const report of Object.keys(gold.scope)) {
      for (const sentence of carriers(report, lookUpOwn(gold.scope, report) ?? [])) inScope.add(keyOf(sentence));
    }
  }
  const result = new Map<string, SentenceGold>();
  for (const sentence of sentences) {
    const key = keyOf(sentence);
    result.set(key, {
      clusters: clusters.get(key) ?? new Set(),
      vague: vague.get(key) ?? new Set(),
      inScope: gold.scope === 'all' || inScope.has(key),
      dropped: dropped.has(sentence.report),
    });
  }
  return result;
}

/** The key `readSentenceGold` files a sentence under. */
export function keyOf(sentence: ScoredSentence): string {
  return sentence.id ?? `${sentence.report}\u0000${sentence.text}`;
}

/**
 * 1, 0 or undefined (unknown) for two sentences, as described at the top of this module. Two sentences of one
 * report are read the same way: the gold lists every sentence of a report that states a claim.
 */
export function labelSentencePair(a: SentenceGold | undefined, b: SentenceGold | undefined): 0 | 1 | undefined {
  if (a === undefined || b === undefined || a.dropped || b.dropped || !a.inScope || !b.inScope) return undefined;
  for (const cluster of a.clusters) if (b.clusters.has(cluster)) return 1;
  for (const cluster of a.vague) if (b.vague.has(cluster)) return undefined;
  return 0;
}
