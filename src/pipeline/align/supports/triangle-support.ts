/**
 * Transitivity as evidence. Same-claim is an equivalence relation, so two units of different reports
 * that are both linked to one unit of a third report are more likely to state one claim themselves,
 * even when their own wording differs (a headline and a long lead, both close to a third report's
 * sentence). Pair decisions made jointly rather than one by one are the core of coreference resolution
 * across documents (e.g. the transitivity constraints of Finkel & Manning 2008, "Enforcing
 * transitivity in coreference resolution"); here it is reduced to one bonus for a closed triangle, the
 * way `report-order.ts` rewards a supported diagonal, and one rule for two units of one report that
 * several other reports link to together.
 */
import { ORDER_BONUS } from './report-order.ts';

/** A scored unit pair. */
export interface TrianglePair {
  readonly a: number;
  readonly b: number;
  /** Log-odds from the pair model. */
  readonly logit: number;
}

/**
 * The probability a link to the third unit needs to count: the model at one in five. Not fitted: low
 * enough to catch the loosely worded mentions of one event that a paraphrase model scores low, high
 * enough that a pair of units sharing only a place name rarely qualifies. On news-dev any anchor from
 * 0.1 to 0.3 gave about the same figures.
 */
export const TRIANGLE_ANCHOR = 0.2;

/** Log-odds added to a cross-report pair that closes a triangle: the report-order bonus, for the same reason. */
export const TRIANGLE_BONUS = ORDER_BONUS;

/**
 * Third reports needed before two units of one report count as restating one claim (see `cluster.ts`:
 * two units of one report slot share a claim only when strongly linked). One is not enough: a single
 * report whose compound sentence covers two facts links to both; two reports doing so independently is
 * evidence that the two units say the same thing. On news-dev one third report lowered both ECB+ and
 * GVC precision (GVC F1 0.64 -> 0.55), two raised ECB+ recall and precision.
 */
export const RESTATEMENT_REPORTS = 2;

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
