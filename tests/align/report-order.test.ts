import { describe, expect, it } from 'vitest';
import { findOrderSupport, type OrderedPair } from '../../src/pipeline/align/supports/report-order.ts';

const pair = (placeA: number, placeB: number, logit: number): OrderedPair => ({
  a: placeA,
  b: 100 + placeB,
  reportA: 0,
  reportB: 1,
  placeA,
  placeB,
  logit,
});

describe('report order', () => {
  it('supports a pair whose previous units are strongly aligned', () => {
    expect(findOrderSupport([pair(0, 0, 3), pair(1, 1, -2)], 2)).toEqual([false, true]);
  });

  it('supports a pair whose next units are strongly aligned', () => {
    expect(findOrderSupport([pair(4, 7, -2), pair(5, 8, 3)], 2)).toEqual([true, false]);
  });

  it('gives no support off the diagonal or from weak neighbours', () => {
    expect(findOrderSupport([pair(0, 0, 3), pair(1, 3, -2), pair(2, 4, 1), pair(3, 5, -1)], 2)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });

  it('does not mix up different pairs of reports', () => {
    const other: OrderedPair = { ...pair(0, 0, 3), reportB: 2 };
    expect(findOrderSupport([other, pair(1, 1, -2)], 2)).toEqual([false, false]);
  });
});
