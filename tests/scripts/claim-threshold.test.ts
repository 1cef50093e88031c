import { describe, expect, it } from 'vitest';
import { chooseClaimThreshold, meanF1, type ClaimThresholdRow } from '../../scripts/lib/claim-threshold.ts';

const scores = (f1: number) => ({ recall: f1, precision: f1, f1 });
const row = (threshold: number, ecbplus: number, gvc: number, basil: number): ClaimThresholdRow => ({
  threshold,
  scores: { ecbplus: scores(ecbplus), gvc: scores(gvc), basil: scores(basil) },
});

describe('choosing the claim cut-off', () => {
  it('averages the F1 of every corpus', () => {
    expect(meanF1(row(0.1, 0.9, 0.6, 0.6))).toBeCloseTo(0.7, 12);
  });

  it('takes the cut-off with the best mean F1 of ECB+, GVC and BASIL, not the best of one corpus', () => {
    const rows = [row(0.1, 0.95, 0.5, 0.5), row(0.2, 0.85, 0.65, 0.65), row(0.3, 0.7, 0.6, 0.8)];
    expect(chooseClaimThreshold(rows)?.threshold).toBe(0.2);
  });

  it('breaks a tie in mean F1 by the better BASIL F1, then by the higher cut-off', () => {
    expect(chooseClaimThreshold([row(0.1, 0.8, 0.6, 0.7), row(0.2, 0.9, 0.6, 0.6)])?.threshold).toBe(0.1);
    expect(chooseClaimThreshold([row(0.1, 0.8, 0.6, 0.7), row(0.2, 0.8, 0.6, 0.7)])?.threshold).toBe(0.2);
  });

  it('counts mean F1s less than one GVC gold pair apart as a tie, and then prefers the better BASIL F1', () => {
    // Means 0.725 and 0.724: the lower one has the better BASIL F1.
    const rows = [row(0.03, 0.87, 0.662, 0.643), row(0.076, 0.862, 0.661, 0.649)];
    expect(meanF1(rows[0] ?? row(0, 0, 0, 0))).toBeGreaterThan(meanF1(rows[1] ?? row(0, 0, 0, 0)));
    expect(chooseClaimThreshold(rows)?.threshold).toBe(0.076);
  });

  it('does not count a mean F1 more than the tie margin lower as a tie', () => {
    const rows = [row(0.03, 0.87, 0.67, 0.643), row(0.076, 0.862, 0.661, 0.649)];
    expect(chooseClaimThreshold(rows)?.threshold).toBe(0.03);
  });

  it('chooses nothing from no rows', () => {
    expect(chooseClaimThreshold([])).toBeUndefined();
  });
});
