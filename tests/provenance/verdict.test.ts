import { describe, expect, it } from 'vitest';
import { DERIVATION_THRESHOLDS, judgePair } from '../../src/pipeline/provenance/index.ts';

describe('judgePair', () => {
  it('calls a pair the same copy when most claims are carried in an order chance would rarely give', () => {
    expect(judgePair({ coverage: 0.65, orderChance: 1e-8, verbatimClaims: 0 })).toBe('same-copy');
  });

  it('calls a pair the same copy on near-verbatim wording even when there are too few claims for order to tell', () => {
    expect(judgePair({ coverage: 1, orderChance: 1 / 6, verbatimClaims: 3 })).toBe('same-copy');
  });

  it('says a pair shares material when the order is telling but less than half the claims are carried', () => {
    expect(judgePair({ coverage: 0.24, orderChance: 1e-8, verbatimClaims: 0 })).toBe('shares-material');
  });

  it('says a pair shares material on two near-verbatim claims alone', () => {
    expect(judgePair({ coverage: 0.1, orderChance: 1, verbatimClaims: DERIVATION_THRESHOLDS.minVerbatimClaims })).toBe('shares-material');
  });

  it('finds no clear sign of a shared copy in four claims in order, however much is carried', () => {
    expect(judgePair({ coverage: 1, orderChance: 1 / 24, verbatimClaims: 1 })).toBe('independent');
  });

  it('treats the order threshold as inclusive', () => {
    expect(judgePair({ coverage: 0.5, orderChance: DERIVATION_THRESHOLDS.maxOrderChance, verbatimClaims: 0 })).toBe('same-copy');
  });
});
