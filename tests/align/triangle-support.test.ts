import { describe, expect, it } from 'vitest';
import { countTriangleReports } from '../../src/pipeline/align/supports/triangle-support.ts';

describe('triangle support', () => {
  it('counts the third reports whose units are linked to both units of a pair', () => {
    // Units 0, 1, 2, 3 in reports 0, 1, 2, 3; 2 and 3 are linked to both 0 and 1.
    const pairs = [
      { a: 0, b: 1, logit: -3 },
      { a: 0, b: 2, logit: 0 },
      { a: 1, b: 2, logit: 0 },
      { a: 0, b: 3, logit: 0 },
      { a: 1, b: 3, logit: 0 },
    ];
    expect(countTriangleReports(pairs, [0, 1, 2, 3], -1)).toEqual([2, 0, 0, 0, 0]);
  });

  it('ignores links below the anchor', () => {
    const pairs = [
      { a: 0, b: 1, logit: -3 },
      { a: 0, b: 2, logit: 0 },
      { a: 1, b: 2, logit: -2 },
    ];
    expect(countTriangleReports(pairs, [0, 1, 2], -1)).toEqual([0, 0, 0]);
  });

  it("does not count a third unit from one of the pair's own reports", () => {
    // Units 0, 1, 3 in reports 0, 1, 1: 3 shares unit 1's report.
    const pairs = [
      { a: 0, b: 1, logit: -3 },
      { a: 0, b: 3, logit: 0 },
      { a: 1, b: 3, logit: 0 },
    ];
    expect(countTriangleReports(pairs, [0, 1, 2, 1], -1)).toEqual([0, 0, 0]);
  });

  it('counts for two units of one report, through units of other reports only', () => {
    // Units 0 and 1 in report 0; 2 (report 1) and 3 (report 2) link to both; the 0–1 pair itself is no link.
    const pairs = [
      { a: 0, b: 1, logit: 5 },
      { a: 0, b: 2, logit: 0 },
      { a: 1, b: 2, logit: 0 },
      { a: 0, b: 3, logit: 0 },
      { a: 1, b: 3, logit: 0 },
    ];
    expect(countTriangleReports(pairs, [0, 0, 1, 2], -1)[0]).toBe(2);
  });
});
