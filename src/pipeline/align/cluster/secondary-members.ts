/**
 * Overlapping claims: a unit that states two claims may belong to both (issue #15). Clustering
 * (`cluster.ts`) puts every unit in exactly one claim, but a news sentence often states several facts,
 * and another report may tell them in separate sentences: the one-unit-per-slot rule then keeps the
 * second sentence out of the first sentence's claim, and the compound sentence can join only one of
 * the two. After clustering, a unit also joins, as a secondary member, each other claim whose members it
 * is linked to strongly enough, when that claim holds no unit of the unit's report slot and none of its
 * members is a speaker cannot-link of the unit. This is overlapping (soft) clustering in its simplest
 * form, a hard partition followed by a membership test against each fixed cluster (cf. the overlapping
 * community detection survey of Xie, Kelley & Szymanski 2013, "post-processing" methods). The test reads
 * only the primary members, so the result does not depend on the order units are tried in.
 */

/** Settings for `addSecondaryMembers`. */
export interface SecondaryOptions {
  /** A secondary member's mean score over the claim's primary members must reach this. */
  readonly threshold: number;
  /** Share of the claim's primary members the unit must be linked to at `threshold` (1: all of them). */
  readonly share: number;
  /** Most claims a unit may join as a secondary member, the best-linked first. */
  readonly maxClaims: number;
  /** Report slot of each unit (`cluster.ts`). */
  readonly slotOf: readonly number[];
  /** Pairs of units that may never share a claim (`speaker-veto.ts`). */
  readonly cannotLink?: readonly { readonly a: number; readonly b: number }[] | undefined;
}

/**
 * For clusters of units (`members`, primary members, as `clusterUnits` returns them) and the scored pairs
 * `scoreOf(a, b)` (0 when unscored), the secondary members of each cluster: units of other clusters whose
 * mean score over the cluster's members reaches `threshold`, linked at `threshold` to at least `share` of
 * them, from a report slot the cluster does not hold (at most one per slot, the best-linked), with no
 * cannot-link to a member. `candidatesOf(unit)` lists the units scored against `unit`. Indices ascending.
 */
export function addSecondaryMembers(
  clusters: readonly { readonly members: readonly number[] }[],
  scoreOf: (a: number, b: number) => number,
  candidatesOf: (unit: number) => Iterable<number>,
  options: SecondaryOptions,
): number[][] {
  const clusterOf = new Map<number, number>();
  clusters.forEach((cluster, index) => {
    for (const member of cluster.members) clusterOf.set(member, index);
  });
  const slotsOf = clusters.map((cluster) => new Set(cluster.members.map((member) => options.slotOf[member] ?? -1)));
  const forbidden = new Map<number, Set<number>>();
  for (const { a, b } of options.cannotLink ?? []) {
    forbidden.set(a, (forbidden.get(a) ?? new Set()).add(b));
    forbidden.set(b, (forbidden.get(b) ?? new Set()).add(a));
  }

  // Per claim and report slot, the best-linked candidate: a claim gains at most one unit per slot, as in clustering.
  const best = new Map<string, { claim: number; unit: number; mean: number }>();
  for (const [unit, own] of clusterOf) {
    // Claims the unit is linked to at all: those of its scored partners.
    const touched = new Set<number>();
    for (const partner of candidatesOf(unit)) {
      const claim = clusterOf.get(partner);
      if (claim !== undefined && claim !== own) touched.add(claim);
    }
    const fits: { claim: number; mean: number }[] = [];
    for (const claim of touched) {
      const members = clusters[claim]?.members ?? [];
      if (members.length === 0 || slotsOf[claim]?.has(options.slotOf[unit] ?? -1)) continue;
      const vetoed = forbidden.get(unit);
      if (vetoed !== undefined && members.some((member) => vetoed.has(member))) continue;
      let sum = 0;
      let linked = 0;
      for (const member of members) {
        const score = scoreOf(unit, member);
        sum += score;
        if (score >= options.threshold) linked += 1;
      }
      const mean = sum / members.length;
      if (mean >= options.threshold && linked >= options.share * members.length) fits.push({ claim, mean });
    }
    fits.sort((x, y) => y.mean - x.mean || x.claim - y.claim);
    for (const fit of fits.slice(0, options.maxClaims)) {
      const key = `${fit.claim}:${options.slotOf[unit] ?? -1}`;
      const held = best.get(key);
      if (held === undefined || fit.mean > held.mean || (fit.mean === held.mean && unit < held.unit)) best.set(key, { ...fit, unit });
    }
  }
  const secondary: number[][] = clusters.map(() => []);
  for (const { claim, unit } of best.values()) secondary[claim]?.push(unit);
  return secondary.map((units) => units.sort((a, b) => a - b));
}
