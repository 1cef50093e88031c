import { describe, expect, it } from 'vitest';
import { findParallelSupport } from '../../src/pipeline/align/supports/parallel-clauses.ts';
import type { TextProfile } from '../../src/pipeline/align/profile/text-profile.ts';

/** A profile with only what the parallel-structure rule reads: its name words. */
function namesProfile(...names: string[]): TextProfile {
  return { content: names.map((key) => ({ isName: true, word: { key } })) } as unknown as TextProfile;
}

// Report 0: sentence s1 split into units 0 and 1; report 1: sentence t1 split into units 2 and 3, and a
// one-unit sentence t2 (unit 4).
const groupOf = [0, 0, 1, 1, 1];
const sentenceOf = ['s1', 's1', 't1', 't1', 't2'];
const profiles = [
  namesProfile('russia', 'ukraine'),
  namesProfile('hezbollah', 'israel'),
  namesProfile('russia', 'ukraine'),
  namesProfile('hezbollah', 'israel'),
  namesProfile('russia'),
];

describe('findParallelSupport', () => {
  it('supports both clause pairs of two parallel compound sentences', () => {
    const pairs = [
      { a: 0, b: 2, logit: -4 },
      { a: 1, b: 3, logit: -2.5 },
      { a: 0, b: 3, logit: -6 },
      { a: 1, b: 2, logit: -7 },
    ];
    expect(findParallelSupport(pairs, groupOf, sentenceOf, profiles)).toEqual([true, true, false, false]);
  });

  it('gives nothing when one clause has a better match elsewhere in the other report', () => {
    const pairs = [
      { a: 0, b: 2, logit: -4 },
      { a: 1, b: 3, logit: -2.5 },
      { a: 0, b: 4, logit: -1 },
    ];
    expect(findParallelSupport(pairs, groupOf, sentenceOf, profiles)).toEqual([false, false, false]);
  });

  it('gives nothing to clause pairs that share no name', () => {
    const noNames = [namesProfile('russia'), namesProfile(), namesProfile('russia'), namesProfile(), namesProfile()];
    const pairs = [
      { a: 0, b: 2, logit: -4 },
      { a: 1, b: 3, logit: -2.5 },
    ];
    expect(findParallelSupport(pairs, groupOf, sentenceOf, noNames)).toEqual([false, false]);
  });
});
