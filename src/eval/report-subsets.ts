import type { GoldCluster, StoryGold } from './coreference-gold.ts';

/**
 * Smaller stories cut from the real ones, to see whether a setting chosen on news-dev holds on stories it
 * was not chosen on. A story of ten reports gives many stories of five: other report mixes, other
 * clustering orders, other neighbours for every sentence. They are not independent of the full stories
 * (the same sentences recur), so they test robustness, not a held-out set.
 */

/** The gold of a story restricted to some of its reports: clusters keep only those reports and need two of them. */
export function restrictGoldToReports(gold: StoryGold, reports: ReadonlySet<string>): StoryGold {
  const keep = (cluster: GoldCluster): GoldCluster => ({
    ...cluster,
    core: Object.fromEntries(Object.entries(cluster.core).filter(([report]) => reports.has(report))),
  });
  const linking = (clusters: readonly GoldCluster[]): GoldCluster[] =>
    clusters.map(keep).filter((cluster) => Object.keys(cluster.core).length >= 2);
  const scope = gold.scope === 'all' ? 'all' : Object.fromEntries(Object.entries(gold.scope).filter(([report]) => reports.has(report)));
  return {
    ...gold,
    files: Object.fromEntries(Object.entries(gold.files).filter(([report]) => reports.has(report))),
    scope,
    clusters: linking(gold.clusters),
    ...(gold.vague_clusters === undefined ? {} : { vague_clusters: linking(gold.vague_clusters) }),
    ...(gold.identical_files === undefined
      ? {}
      : { identical_files: gold.identical_files.map((group) => group.filter((report) => reports.has(report))).filter((group) => group.length >= 2) }),
  };
}

/**
 * `draws` subsets of `size` items out of `items`, each drawn by a partial Fisher–Yates shuffle with
 * `random` (uniform in [0, 1)); every subset keeps the items' original order. Empty when `size` is not
 * below the number of items (the whole story is what `eval:news` already scores).
 */
export function drawSubsets<T>(items: readonly T[], size: number, draws: number, random: () => number): T[][] {
  if (!Number.isInteger(size) || size < 2 || size >= items.length) return [];
  const subsets: T[][] = [];
  for (let draw = 0; draw < draws; draw += 1) {
    const order = items.map((_, index) => index);
    for (let i = 0; i < size; i += 1) {
      const j = i + Math.min(order.length - i - 1, Math.floor(random() * (order.length - i)));
      [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
    }
    subsets.push(
      order
        .slice(0, size)
        .sort((a, b) => a - b)
        .flatMap((index) => (items[index] === undefined ? [] : [items[index]])),
    );
  }
  return subsets;
}
