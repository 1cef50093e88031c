import { describe, expect, it } from 'vitest';
import { diffTokens, splitForDiff } from '../../src/pipeline/text/diff.ts';

describe('diffTokens', () => {
  it('returns runs in order, equal runs carrying the old side’s tokens', () => {
    expect(diffTokens(['Rebels', 'took', 'Hama'], ['rebels', 'seized', 'hama'], (a, b) => a.toLowerCase() === b.toLowerCase())).toEqual([
      { op: 'equal', tokens: ['Rebels'] },
      { op: 'delete', tokens: ['took'] },
      { op: 'insert', tokens: ['seized'] },
      { op: 'equal', tokens: ['Hama'] },
    ]);
  });

  it('compares with === when no equality is given', () => {
    expect(diffTokens(['a', 'B'], ['a', 'b'])).toEqual([
      { op: 'equal', tokens: ['a'] },
      { op: 'delete', tokens: ['B'] },
      { op: 'insert', tokens: ['b'] },
    ]);
  });

  it('diffs tokens of any type by the given equality', () => {
    const before = [{ word: 'a', at: 0 }, { word: 'b', at: 2 }];
    const after = [{ word: 'a', at: 5 }, { word: 'c', at: 7 }];
    const changes = diffTokens(before, after, (x, y) => x.word === y.word);
    expect(changes.map((change) => [change.op, change.tokens.map((token) => token.at)])).toEqual([
      ['equal', [0]],
      ['delete', [2]],
      ['insert', [7]],
    ]);
  });
});

describe('splitForDiff', () => {
  it.each([
    ['Assad’s army', ['Assad’s', ' ', 'army']],
    ['the U.S. and al-Assad', ['the', ' ', 'U.S', '.', ' ', 'and', ' ', 'al-Assad']],
    ['“10.5 km,” he said', ['“', '10.5', ' ', 'km', ',', '”', ' ', 'he', ' ', 'said']],
  ])('splits %j into words, spaces and single other characters', (text, pieces) => {
    expect(splitForDiff(text).map((token) => token.text)).toEqual(pieces);
  });

  it('gives the text back when its pieces are joined', () => {
    const text = '  “Your time  has come,”\n said a rebel — officials.';
    expect(splitForDiff(text).map((token) => token.text).join('')).toBe(text);
  });

  it('says which pieces are words, spaces and other characters', () => {
    expect(splitForDiff('it, 2').map((token) => token.kind)).toEqual(['word', 'other', 'space', 'word']);
  });
});
