/**
 * Decides which numbers, dates or quotes of different reports in one claim talk about the same thing.
 * Two items are paired when they are comparable (same dimension, role …) and either share context words
 * or are the only comparable items of their units. Pairs are one-to-one per pair of units (greedy by
 * score, as in classic stable alignment of sentence pairs) and chained across reports with union-find.
 */
import type { UnitView } from './claim-view.ts';
import { overlapCoefficient } from '../../text/index.ts';

/** An item found in one unit, with the content-word context around it. */
export interface Placed<T> {
  readonly item: T;
  readonly view: UnitView;
  readonly start: number;
  readonly end: number;
  readonly context: ReadonlySet<string>;
  /** Content-word stems right around the item (a few words either side): what it is attached to. */
  readonly near: ReadonlySet<string>;
}

/** Options of `clusterAcrossReports`. */
export interface ClusterOptions<T> {
  /** Whether two items measure the same kind of thing at all. */
  readonly comparable: (a: T, b: T) => boolean;
  /** Small bonus to break ties between equally good contexts (e.g. closer values); keep within ±0.1. */
  readonly tieBreak?: ((a: T, b: T) => number) | undefined;
  /** Pair only items that share context words, even when each is the only comparable item of its unit. */
  readonly requireContext?: boolean | undefined;
  /**
   * Whether two items cannot both be true. Such pairs are only made when the words right around them
   * overlap (`near`): reporting a contradiction needs evidence that both speak of the same thing, while
   * agreeing items may pair on the wider context.
   */
  readonly conflicting?: ((a: T, b: T) => boolean) | undefined;
  /**
   * Pair only items whose nearby words (`near`) overlap, agreeing or not: across the whole story, outside
   * any claim, only what a figure is attached to says that two figures are about one thing.
   */
  readonly requireNear?: boolean | undefined;
  /**
   * Whether two items are attached to the same thing (default: their `near` words overlap): asked of every
   * pair with `requireNear`, and of conflicting pairs (which must also share a near word) whenever given.
   */
  readonly attached?: ((a: Placed<T>, b: Placed<T>) => boolean) | undefined;
}

/** How many members two sets share. */
export function countShared(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const member of a) if (b.has(member)) shared += 1;
  return shared;
}

function find(parent: number[], node: number): number {
  let root = node;
  while (parent[root] !== root) root = parent[root] ?? root;
  let cursor = node;
  while (parent[cursor] !== root) {
    const next = parent[cursor] ?? root;
    parent[cursor] = root;
    cursor = next;
  }
  return root;
}

/**
 * Groups items of different reports that refer to the same thing. `perUnit` holds the items of each unit
 * of one claim. Returns clusters that span at least two reports, each with at most one item per unit.
 */
export function clusterAcrossReports<T>(
  perUnit: readonly (readonly Placed<T>[])[],
  options: ClusterOptions<T>,
): Placed<T>[][] {
  const all = perUnit.flat();
  const ids = new Map<Placed<T>, number>(all.map((item, index) => [item, index]));
  const parent = all.map((_, index) => index);
  const weight = all.map(() => 0);
  for (let i = 0; i < perUnit.length; i += 1) {
    for (let j = i + 1; j < perUnit.length; j += 1) {
      const left = perUnit[i] ?? [];
      const right = perUnit[j] ?? [];
      const [firstLeft] = left;
      const [firstRight] = right;
      if (firstLeft === undefined || firstRight === undefined || firstLeft.view.source === firstRight.view.source) continue;
      const candidates: { a: Placed<T>; b: Placed<T>; score: number }[] = [];
      for (const a of left) {
        for (const b of right) {
          if (!options.comparable(a.item, b.item)) continue;
          const onlyA = right.filter((other) => options.comparable(a.item, other.item)).length === 1;
          const onlyB = left.filter((other) => options.comparable(other.item, b.item)).length === 1;
          const overlap = overlapCoefficient(a.context, b.context);
          if (overlap === 0 && (options.requireContext === true || !(onlyA && onlyB))) continue;
          if (options.requireNear === true && !(options.attached?.(a, b) ?? countShared(a.near, b.near) > 0)) continue;
          if (options.conflicting?.(a.item, b.item) === true && (overlapCoefficient(a.near, b.near) === 0 || options.attached?.(a, b) === false)) continue;
          candidates.push({ a, b, score: overlap + (options.tieBreak?.(a.item, b.item) ?? 0) });
        }
      }
      candidates.sort((x, y) => y.score - x.score);
      const used = new Set<Placed<T>>();
      for (const { a, b, score } of candidates) {
        if (used.has(a) || used.has(b)) continue;
        used.add(a);
        used.add(b);
        const ia = ids.get(a) ?? 0;
        const ib = ids.get(b) ?? 0;
        weight[ia] = (weight[ia] ?? 0) + score + 1;
        weight[ib] = (weight[ib] ?? 0) + score + 1;
        parent[find(parent, ia)] = find(parent, ib);
      }
    }
  }
  const clusters = new Map<number, Placed<T>[]>();
  all.forEach((item, index) => {
    if ((weight[index] ?? 0) === 0) return;
    const root = find(parent, index);
    clusters.set(root, [...(clusters.get(root) ?? []), item]);
  });
  const result: Placed<T>[][] = [];
  for (const members of clusters.values()) {
    // At most one item per unit: keep the best-connected one.
    const best = new Map<UnitView, Placed<T>>();
    for (const member of members) {
      const current = best.get(member.view);
      if (current === undefined || (weight[ids.get(member) ?? 0] ?? 0) > (weight[ids.get(current) ?? 0] ?? 0)) {
        best.set(member.view, member);
      }
    }
    const kept = [...best.values()].sort((a, b) => a.view.order - b.view.order || a.start - b.start);
    if (new Set(kept.map((member) => member.view.source)).size >= 2) result.push(kept);
  }
  return result.sort((a, b) => (a[0]?.view.order ?? 0) - (b[0]?.view.order ?? 0) || (a[0]?.start ?? 0) - (b[0]?.start ?? 0));
}

/**
 * Splits a cluster into groups of items that say the same thing (by `same`, against each group's first
 * item), ordered by how many reports carry them (most first), then by first appearance.
 */
export function groupAgreeing<T>(members: readonly Placed<T>[], same: (a: T, b: T) => boolean): Placed<T>[][] {
  const groups: Placed<T>[][] = [];
  for (const member of members) {
    const group = groups.find((candidate) => candidate[0] !== undefined && same(candidate[0].item, member.item));
    if (group === undefined) groups.push([member]);
    else group.push(member);
  }
  const reports = (group: readonly Placed<T>[]): number => new Set(group.map((member) => member.view.source)).size;
  return groups
    .map((group, index) => ({ group, index }))
    .sort((a, b) => reports(b.group) - reports(a.group) || a.index - b.index)
    .map(({ group }) => group);
}

/**
 * Merges groups that are not rivals of each other (by `notRivals`, given two groups), keeping the order of
 * the first of each: what remains are the groups that really disagree.
 */
export function mergeNonRivals<T>(
  groups: readonly (readonly Placed<T>[])[],
  notRivals: (a: readonly Placed<T>[], b: readonly Placed<T>[]) => boolean,
): Placed<T>[][] {
  const merged: Placed<T>[][] = [];
  for (const group of groups) {
    const into = merged.find((existing) => notRivals(existing, group));
    if (into === undefined) merged.push([...group]);
    else into.push(...group);
  }
  return merged;
}
