/**
 * Transitivity as evidence. Same-claim is an equivalence relation, so two units of different reports
 * that are both linked to one unit of a third report are more likely to state one claim themselves,
 * even when their own wording differs (a headline and a long lead, both close to a third report's
 * sentence). Pair decisions made jointly rather than one by one are the core of coreference resolution
 * across documents (e.g. the transitivity constraints of Finkel & Manning 2008, "Enforcing
 * transitivity in coreference resolution"); here it is reduced to one bonus for a closed triangle, the
 * way `report-order.ts` rewards a supported diagonal.
 */
import { ORDER_BONUS } from './report-order.ts';

/** A scored cross-report unit pair. */
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

/** Log-odds added to a pair that closes a triangle: the report-order bonus, for the same reason. */
export const TRIANGLE_BONUS = ORDER_BONUS;

/**
 * For each cross-report pair (same order as given), whether some unit of a third report is linked to
 * both of its units with log-odds at or above `anchorLogit`. `groupOf[i]` is unit i's report.
 */
export function findTriangleSupport(
  pairs: readonly TrianglePair[],
  groupOf: readonly number[],
  anchorLogit: number,
): boolean[] {
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
    if (pair.logit < anchorLogit) continue;
    link(pair.a, pair.b);
    link(pair.b, pair.a);
  }
  return pairs.map((pair) => {
    const fromA = neighbours.get(pair.a);
    const fromB = neighbours.get(pair.b);
    if (fromA === undefined || fromB === undefined) return false;
    const [small, large] = fromA.size <= fromB.size ? [fromA, fromB] : [fromB, fromA];
    const reportA = groupOf[pair.a];
    const reportB = groupOf[pair.b];
    for (const third of small) {
      if (large.has(third) && groupOf[third] !== reportA && groupOf[third] !== reportB) return true;
    }
    return false;
  });
}
