/**
 * Grouping units into claims. Best-first average-linkage agglomeration: unit pairs are taken from the
 * strongest down, and two groups merge only when the mean score over all their cross pairs (unscored
 * pairs counting 0) still reaches the cut-off, which keeps one strong pair from chaining unrelated
 * sentences together (the classic single-link failure; Manning, Raghavan & Schütze 2008, §17.2–17.3).
 * A claim holds at most one unit per report slot unless the two units of that slot are themselves
 * strongly linked. A report has two slots: its headline and standfirst, and its body. A headline is
 * the report's own summary of its main claim and the lead sentence usually states that claim again, so
 * one claim may hold both; two body sentences of one report seldom state one claim twice.
 */

/** One scored unit pair, `a < b` (indices into the units). */
export interface ScoredPair {
  readonly a: number;
  readonly b: number;
  readonly score: number;
}

/** Settings for `clusterUnits`. */
export interface ClusterOptions {
  /** Pairs below this score never start a merge, and merged groups must keep a mean at least this high. */
  readonly threshold: number;
  /** Two units of the same report may share a claim only if their own pair scores at least this. */
  readonly strongThreshold: number;
  /**
   * Slot of each unit (same length as `groupOf`): two units of one report may share a claim freely when
   * their slots differ, and only when strongly linked when they are the same. Default: the unit's report.
   */
  readonly slotOf?: readonly number[] | undefined;
  /**
   * Pairs of units that may never end in one claim, even through other members (a cannot-link constraint;
   * Wagstaff et al. 2001, "Constrained K-means Clustering with Background Knowledge"). Default: none.
   */
  readonly cannotLink?: readonly { readonly a: number; readonly b: number }[] | undefined;
}

/** A group of units (indices, ascending) and the mean score of its member pairs. */
export interface UnitCluster {
  readonly members: readonly number[];
  readonly cohesion: number;
}

/** Code of an unordered pair of indices below `n`. */
function pairCode(a: number, b: number, n: number): number {
  return a < b ? a * n + b : b * n + a;
}

/**
 * Clusters `groupOf.length` units (`groupOf[i]` is unit i's report) given scored pairs, in and across
 * reports. Every unit ends in exactly one cluster; clusters come back ordered by their first unit.
 */
export function clusterUnits(
  groupOf: readonly number[],
  pairs: readonly ScoredPair[],
  options: ClusterOptions,
): UnitCluster[] {
  const n = groupOf.length;
  const pairScore = new Map<number, number>();
  for (const pair of pairs) pairScore.set(pairCode(pair.a, pair.b, n), pair.score);

  // Cluster state, keyed by a representative unit: members, members per slot, score sums to other clusters.
  const clusterOf = Array.from({ length: n }, (_, i) => i);
  const members = new Map<number, number[]>();
  const byGroup = new Map<number, Map<number, number[]>>();
  const links = new Map<number, Map<number, number>>();
  const internal = new Map<number, number>();
  for (let i = 0; i < n; i += 1) {
    members.set(i, [i]);
    byGroup.set(i, new Map([[options.slotOf?.[i] ?? groupOf[i] ?? 0, [i]]]));
    links.set(i, new Map());
    internal.set(i, 0);
  }
  for (const pair of pairs) {
    const fromA = links.get(pair.a);
    const fromB = links.get(pair.b);
    fromA?.set(pair.b, (fromA.get(pair.b) ?? 0) + pair.score);
    fromB?.set(pair.a, (fromB.get(pair.a) ?? 0) + pair.score);
  }

  const sameReportAllowed = (x: number, y: number): boolean => {
    const groupsX = byGroup.get(x) ?? new Map<number, number[]>();
    const groupsY = byGroup.get(y) ?? new Map<number, number[]>();
    const [small, large] = groupsX.size <= groupsY.size ? [groupsX, groupsY] : [groupsY, groupsX];
    for (const [group, unitsSmall] of small) {
      const unitsLarge = large.get(group);
      if (unitsLarge === undefined) continue;
      for (const u of unitsSmall) {
        for (const v of unitsLarge) {
          if ((pairScore.get(pairCode(u, v, n)) ?? 0) < options.strongThreshold) return false;
        }
      }
    }
    return true;
  };

  const cannotLink = (options.cannotLink ?? []).map((pair): [number, number] => [pair.a, pair.b]);
  const ordered = pairs
    .filter((pair) => pair.score >= options.threshold)
    .sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
  for (const pair of ordered) {
    const x = clusterOf[pair.a] ?? pair.a;
    const y = clusterOf[pair.b] ?? pair.b;
    if (x === y) continue;
    const membersX = members.get(x) ?? [];
    const membersY = members.get(y) ?? [];
    const between = links.get(x)?.get(y) ?? 0;
    if (between / (membersX.length * membersY.length) < options.threshold) continue;
    if (!sameReportAllowed(x, y)) continue;
    if (cannotLink.some(([u, v]) => (clusterOf[u] === x && clusterOf[v] === y) || (clusterOf[u] === y && clusterOf[v] === x))) continue;

    // Merge the smaller cluster into the larger one.
    const [keep, drop] = membersX.length >= membersY.length ? [x, y] : [y, x];
    const keepMembers = members.get(keep) ?? [];
    const dropMembers = members.get(drop) ?? [];
    for (const unit of dropMembers) {
      keepMembers.push(unit);
      clusterOf[unit] = keep;
    }
    members.delete(drop);
    const keepGroups = byGroup.get(keep) ?? new Map<number, number[]>();
    for (const [group, units] of byGroup.get(drop) ?? [])
      keepGroups.set(group, [...(keepGroups.get(group) ?? []), ...units]);
    byGroup.delete(drop);
    internal.set(keep, (internal.get(keep) ?? 0) + (internal.get(drop) ?? 0) + between);
    internal.delete(drop);
    const keepLinks = links.get(keep) ?? new Map<number, number>();
    keepLinks.delete(drop);
    for (const [other, sum] of links.get(drop) ?? []) {
      if (other === keep) continue;
      keepLinks.set(other, (keepLinks.get(other) ?? 0) + sum);
      const otherLinks = links.get(other);
      otherLinks?.delete(drop);
      otherLinks?.set(keep, (otherLinks.get(keep) ?? 0) + sum);
    }
    links.delete(drop);
  }

  const clusters: UnitCluster[] = [];
  for (const [representative, units] of members) {
    const sorted = [...units].sort((a, b) => a - b);
    const size = sorted.length;
    const cohesion = size < 2 ? 1 : (internal.get(representative) ?? 0) / ((size * (size - 1)) / 2);
    clusters.push({ members: sorted, cohesion });
  }
  return clusters.sort((x, y) => (x.members[0] ?? 0) - (y.members[0] ?? 0));
}
