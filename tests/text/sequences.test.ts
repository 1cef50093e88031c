import { describe, expect, it } from 'vitest';
import {
  characterBigramDice,
  characterBigrams,
  editDistance,
  longestCommonRun,
  longestCommonSubsequence,
  multisetDice,
  overlapCoefficient,
} from '../../src/pipeline/text/index.ts';

describe('editDistance', () => {
  it.each([
    ['golani', 'jolani', 1],
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
    ['hama', 'hama', 0],
  ])('counts %s → %s as %i edits', (a, b, edits) => {
    expect(editDistance(a, b)).toBe(edits);
  });

  it('counts edits between word-id sequences', () => {
    expect(editDistance(Int32Array.from([1, 2, 3, 4]), Int32Array.from([1, 3, 4, 5]))).toBe(2);
  });

  it('stops at one past the limit once the distance must exceed it', () => {
    expect(editDistance('kitten', 'sitting', 1)).toBe(2);
    expect(editDistance('abc', 'abcdef', 2)).toBe(3);
    expect(editDistance('golani', 'jolani', 1)).toBe(1);
  });
});

describe('longest common subsequence and run', () => {
  it.each([
    [[1, 2, 3, 4, 5], [1, 3, 5, 2], 3, 1],
    [[1, 2, 3], [7, 1, 2, 3, 9], 3, 3],
    [[1, 2], [3, 4], 0, 0],
  ])('of %j and %j: subsequence %i, run %i', (a, b, subsequence, run) => {
    expect(longestCommonSubsequence(a, b)).toBe(subsequence);
    expect(longestCommonRun(a, b)).toBe(run);
  });
});

describe('n-grams and set measures', () => {
  it('marks both ends of a word in its character bigrams', () => {
    expect(characterBigrams('iran')).toEqual(['#i', 'ir', 'ra', 'an', 'n#']);
  });

  it('counts a repeated item of a multiset once per copy', () => {
    expect(multisetDice(['a', 'a', 'b'], ['a', 'b', 'b'])).toBeCloseTo(4 / 6);
  });

  it('finds different place names far apart and spellings of one name close', () => {
    expect(characterBigramDice('homs', 'hama')).toBeLessThan(0.5);
    expect(characterBigramDice('mohammed', 'mohammad')).toBeGreaterThan(0.7);
  });

  it('measures overlap against the smaller set, and none for an empty one', () => {
    expect(overlapCoefficient(new Set(['a', 'b']), new Set(['a', 'c', 'd']))).toBe(0.5);
    expect(overlapCoefficient(new Set(), new Set(['a']))).toBe(0);
  });
});
