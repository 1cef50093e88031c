import { describe, expect, it } from 'vitest';
import { findTriangleSupport } from '../../src/pipeline/align/triangle-support.ts';

describe('triangle support', () => {
  // Units 0, 1, 2, 3 in reports 0, 1, 2, 1.
  const groupOf = [0, 1, 2, 1];

  it('supports a pair whose two units are both linked to a unit of a third report', () => {
    const pairs = [
      { a: 0, b: 1, logit: -3 },
      { a: 0, b: 2, logit: 0 },
      { a: 1, b: 2, logit: 0 },
    ];
    expect(findTriangleSupport(pairs, groupOf, -1)).toEqual([true, false, false]);
  });

  it('gives nothing when a side of the triangle is below the anchor', () => {
    const pairs = [
      { a: 0, b: 1, logit: -3 },
      { a: 0, b: 2, logit: 0 },
      { a: 1, b: 2, logit: -2 },
    ];
    expect(findTriangleSupport(pairs, groupOf, -1)).toEqual([false, false, false]);
  });

  it('does not count a third unit from one of the pair\'s own reports', () => {
    // 0–3 and 1–3 are both links, but 3 is in report 1 like unit 1.
    const pairs = [
      { a: 0, b: 1, logit: -3 },
      { a: 0, b: 3, logit: 0 },
    ];
    expect(findTriangleSupport(pairs, groupOf, -1)).toEqual([false, false]);
  });
});
