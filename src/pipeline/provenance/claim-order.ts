/**
 * How far two reports tell their shared claims in the same order, and how unlikely that much
 * agreement would be by chance.
 */

/**
 * Length of the longest strictly increasing subsequence of `ranks` (patience sorting, O(n log n)).
 * When `ranks` lists, in one report's order, where each shared claim stands in the other report, this
 * is the length of the longest common subsequence of the two orders.
 */
export function longestIncreasingRun(ranks: readonly number[]): number {
  const tails: number[] = [];
  for (const rank of ranks) {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((tails[middle] ?? Number.POSITIVE_INFINITY) < rank) low = middle + 1;
      else high = middle;
    }
    tails[low] = rank;
  }
  return tails.length;
}

/**
 * Length of the longest common subsequence of two orderings of the same distinct items. Items missing
 * from `second` are ignored.
 */
export function longestCommonOrder<T>(first: readonly T[], second: readonly T[]): number {
  const rankInSecond = new Map(second.map((item, index) => [item, index]));
  return longestIncreasingRun(first.flatMap((item) => rankInSecond.get(item) ?? []));
}

function logFactorial(n: number): number {
  let sum = 0;
  for (let i = 2; i <= n; i++) sum += Math.log(i);
  return sum;
}

/**
 * Upper bound on the probability that a uniformly random ordering of `n` items keeps at least `k` of
 * them in a given order: the expected number of increasing subsequences of length `k` in a random
 * permutation, C(n, k) / k!, bounds the chance that one exists (the first-moment bound, see D. Romik,
 * "The Surprising Mathematics of Longest Increasing Subsequences", 2015, ch. 1). Conservative by
 * design: it can only overstate the chance, so it never makes a common order look more telling than
 * it is. Exact when `k = n` (1 / n!). Returns 1 when it says nothing.
 */
export function orderAgreementChance(n: number, k: number): number {
  if (k <= 0 || n <= 0 || k > n) return 1;
  const logBinomial = logFactorial(n) - logFactorial(k) - logFactorial(n - k);
  return Math.min(1, Math.exp(logBinomial - logFactorial(k)));
}
