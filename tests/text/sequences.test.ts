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

/** The whole DP table, as the textbook defines both measures: what the bit-parallel versions must agree with. */
function tableMeasures(a: readonly number[], b: readonly number[]): { edits: number; common: number } {
  const width = b.length + 1;
  const edits = new Int32Array((a.length + 1) * width);
  const common = new Int32Array((a.length + 1) * width);
  for (let j = 0; j <= b.length; j += 1) edits[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    edits[i * width] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const same = a[i - 1] === b[j - 1];
      const at = (row: number, column: number, table: Int32Array) => table[row * width + column] ?? 0;
      edits[i * width + j] = Math.min(at(i - 1, j, edits) + 1, at(i, j - 1, edits) + 1, at(i - 1, j - 1, edits) + (same ? 0 : 1));
      common[i * width + j] = same ? at(i - 1, j - 1, common) + 1 : Math.max(at(i - 1, j, common), at(i, j - 1, common));
    }
  }
  return { edits: edits[edits.length - 1] ?? 0, common: common[common.length - 1] ?? 0 };
}

describe('edit distance and common subsequence of id sequences, up to and past 32 ids', () => {
  it('agree with the whole DP table on sequences of 0 to 40 ids, small and large', () => {
    let seed = 7;
    const next = (below: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % below;
    };
    for (let round = 0; round < 2000; round += 1) {
      // Few symbols make long common subsequences; large ids (past the mask table's first size) must work too.
      const symbols = round % 3 === 0 ? 3 : 40;
      const offset = round % 10 === 0 ? 100_000 : 0;
      const a = Array.from({ length: next(41) }, () => next(symbols) + offset);
      const b = Array.from({ length: next(41) }, () => next(symbols) + offset);
      const measured = { edits: editDistance(Int32Array.from(a), Int32Array.from(b)), common: longestCommonSubsequence(Int32Array.from(a), Int32Array.from(b)) };
      expect(measured, `${JSON.stringify(a)} / ${JSON.stringify(b)}`).toEqual(tableMeasures(a, b));
    }
  });

  it('measure a sequence with negative or fractional ids by the table', () => {
    expect(editDistance([-1, 0.5, 2], [0.5, 2])).toBe(1);
    expect(longestCommonSubsequence([-1, 0.5, 2], [0.5, 2, -1])).toBe(2);
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
