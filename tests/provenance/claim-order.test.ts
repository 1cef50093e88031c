import { describe, expect, it } from 'vitest';
import { longestCommonOrder, longestIncreasingRun, orderAgreementChance } from '../../src/pipeline/provenance/index.ts';

describe('longestIncreasingRun', () => {
  it('is the whole length for ranks already in order', () => {
    expect(longestIncreasingRun([0, 1, 2, 3])).toBe(4);
  });

  it('is 1 for ranks in reverse order', () => {
    expect(longestIncreasingRun([3, 2, 1, 0])).toBe(1);
  });

  it('finds the longest run when one item is moved', () => {
    expect(longestIncreasingRun([0, 4, 1, 2, 3])).toBe(4);
  });

  it('is 0 for no ranks', () => {
    expect(longestIncreasingRun([])).toBe(0);
  });
});

describe('longestCommonOrder', () => {
  it('counts the items both orderings keep in the same order', () => {
    expect(longestCommonOrder(['a', 'b', 'c', 'd', 'e'], ['b', 'a', 'c', 'e', 'd'])).toBe(3);
  });

  it('ignores items that the second ordering lacks', () => {
    expect(longestCommonOrder(['a', 'x', 'b'], ['a', 'b'])).toBe(2);
  });
});

describe('orderAgreementChance', () => {
  it('is exactly 1/n! when all n shared claims are in order', () => {
    expect(orderAgreementChance(5, 5)).toBeCloseTo(1 / 120, 12);
  });

  it('bounds the chance from above by C(n, k)/k!', () => {
    // Exact: 17 of the 120 orderings of 5 keep at least 4 in order; the bound is 5/24.
    expect(orderAgreementChance(5, 4)).toBeCloseTo(5 / 24, 12);
    expect(orderAgreementChance(5, 4)).toBeGreaterThanOrEqual(17 / 120);
  });

  it('says nothing (1) about a single shared claim or none', () => {
    expect(orderAgreementChance(1, 1)).toBe(1);
    expect(orderAgreementChance(0, 0)).toBe(1);
  });

  it('never exceeds 1', () => {
    expect(orderAgreementChance(30, 3)).toBe(1);
  });
});
