import { describe, expect, it } from 'vitest';
import { countTriangleReports, findRestatements } from '../../src/pipeline/align/supports/triangle-support.ts';
import { DEFAULT_SETTINGS } from '../../src/pipeline/settings.ts';

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

describe('restatements', () => {
  // Units 0 and 1 in report 0; 2 (report 1) and 3 (report 2) link to both with probability 0.5.
  const groupOf = [0, 0, 1, 2];
  const linked = (a: number, b: number, logit = 0) => ({ a, b, reportA: groupOf[a] ?? 0, reportB: groupOf[b] ?? 0, placeA: 0, placeB: 0, logit });
  const pairs = [linked(0, 1, -5), linked(0, 2), linked(1, 2), linked(0, 3), linked(1, 3)];

  it('marks two units of one report that units of two other reports both link to, and no cross-report pair', () => {
    expect(findRestatements(pairs, groupOf, DEFAULT_SETTINGS.align)).toEqual([true, false, false, false, false]);
  });

  it('asks for as many other reports as the settings say', () => {
    expect(findRestatements(pairs, groupOf, { ...DEFAULT_SETTINGS.align, restatementReports: 3 })[0]).toBe(false);
  });

  it('counts only links at or above the triangle anchor', () => {
    expect(findRestatements(pairs, groupOf, { ...DEFAULT_SETTINGS.align, triangleAnchor: 0.6 })[0]).toBe(false);
  });
});
