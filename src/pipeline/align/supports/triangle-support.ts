/**
 * Transitivity as evidence. Same-claim is an equivalence relation, so two units of different reports
 * that are both linked to one unit of a third report are more likely to state one claim themselves,
 * even when their own wording differs (a headline and a long lead, both close to a third report's
 * sentence). Pair decisions made jointly rather than one by one are the core of coreference resolution
 * across documents (e.g. the transitivity constraints of Finkel & Manning 2008, "Enforcing
 * transitivity in coreference resolution"); here it is reduced to one bonus for a closed triangle, the
 * way `report-order.ts` rewards a supported diagonal (`AlignSettings.triangleBonus`, `triangleAnchor`), and
 * one rule for two units of one report that several other reports link to together
 * (`restatementReports`).
 */
import type { AlignSettings } from '../../settings.ts';
import { logitOf, type CandidateScore, type SupportRule } from './support-context.ts';

/** A scored unit pair. */
export interface TrianglePair {
  readonly a: number;
  readonly b: number;
  /** Log-odds from the pair model. */
  readonly logit: number;
}

/**
 * For each pair (same order as given; cross-report or not), the number of distinct reports other than
 * the pair's own that hold a unit linked to both of its units with log-odds at or above `anchorLogit`.
 * Only cross-report pairs count as links. `groupOf[i]` is unit i's report.
 */
export function countTriangleReports(
  pairs: readonly TrianglePair[],
  groupOf: readonly number[],
  anchorLogit: number,
): number[] {
  const neighbours = new Map<number, Set<number>>();
  const link = (from: number, to: number): void => {
    let set = neighbours.get(from);
    if (set === undefined) {
      set = new Set();
      neighbours.set(from, set);
    }
    set.add(to);
  };
  for (const pair of pairs) {
    if (pair.logit < anchorLogit || groupOf[pair.a] === groupOf[pair.b]) continue;
    link(pair.a, pair.b);
    link(pair.b, pair.a);
  }
  return pairs.map((pair) => {
    const fromA = neighbours.get(pair.a);
    const fromB = neighbours.get(pair.b);
    if (fromA === undefined || fromB === undefined) return 0;
    const [small, large] = fromA.size <= fromB.size ? [fromA, fromB] : [fromB, fromA];
    const reportA = groupOf[pair.a];
    const reportB = groupOf[pair.b];
    const reports = new Set<number>();
    for (const third of small) {
      const report = groupOf[third];
      if (large.has(third) && report !== undefined && report !== reportA && report !== reportB) reports.add(report);
    }
    return reports.size;
  });
}

/** The last triangle counts per scored-pair list, so the triangle rule and `findRestatements` count once per story. */
const triangleCounts = new WeakMap<readonly CandidateScore[], { groupOf: readonly number[]; anchor: number; counts: number[] }>();

/** `countTriangleReports` at `settings.triangleAnchor`, computed once for a given list of pairs and reports. */
function triangleReportsOf(pairs: readonly CandidateScore[], groupOf: readonly number[], settings: AlignSettings): number[] {
  const known = triangleCounts.get(pairs);
  if (known !== undefined && known.groupOf === groupOf && known.anchor === settings.triangleAnchor) return known.counts;
  const counts = countTriangleReports(pairs, groupOf, logitOf(settings.triangleAnchor));
  triangleCounts.set(pairs, { groupOf, anchor: settings.triangleAnchor, counts });
  return counts;
}

/**
 * The triangle support rule: `triangleBonus` for a cross-report pair whose two units are both linked, at or
 * above `triangleAnchor`, to one unit of a third report.
 */
export const triangleRule: SupportRule = {
  name: 'triangle',
  apply: ({ pairs, groupOf, settings }) => {
    const thirdReports = triangleReportsOf(pairs, groupOf, settings);
    return pairs.map((pair, index) => (pair.reportA !== pair.reportB && (thirdReports[index] ?? 0) > 0 ? settings.triangleBonus : 0));
  },
};

/**
 * For each pair (same order as given), whether it is two units of one report that units of at least
 * `restatementReports` other reports both link to (at or above `triangleAnchor`): the two restate one
 * claim and count as strongly linked for the one-unit-per-report-slot rule of clustering (`cluster.ts`).
 * Not a bonus: it lifts the pair to the strong cut-off, no further.
 */
export function findRestatements(pairs: readonly CandidateScore[], groupOf: readonly number[], settings: AlignSettings): boolean[] {
  const thirdReports = triangleReportsOf(pairs, groupOf, settings);
  return pairs.map((pair, index) => pair.reportA === pair.reportB && (thirdReports[index] ?? 0) >= settings.restatementReports);
}
