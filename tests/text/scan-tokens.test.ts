import { describe, expect, it } from 'vitest';
import { scanTokens, wordAt } from '../../src/pipeline/text/scan-tokens.ts';

describe('scanTokens', () => {
  it('keeps exact offsets into the text', () => {
    const text = 'Mr. Assad’s 40-year-old $5m, 10%.';
    for (const token of scanTokens(text)) expect(text.slice(token.start, token.end)).toBe(token.text);
  });

  it.each([
    ['Mr. Smith said', ['Mr.', 'Smith', 'said']],
    ['the U.N. said', ['the', 'U.N.', 'said']],
    ['1,500 and 2.5', ['1,500', 'and', '2.5']],
    ['$5m', ['$', '5', 'm']],
    ['Assad’s 40-year-old', ['Assad’s', '40', '-', 'year', '-', 'old']],
  ])('splits %j into abbreviations, digit groups, words and single symbols', (text, expected) => {
    expect(scanTokens(text).map((token) => token.text)).toEqual(expected);
  });

  it('says which tokens no space separates from the one before', () => {
    expect(scanTokens('a $5 - 10%').map((token) => [token.text, token.joined])).toEqual([
      ['a', false],
      ['$', false],
      ['5', true],
      ['-', false],
      ['10', false],
      ['%', true],
    ]);
  });

  it('lower-cases words and straightens their apostrophes', () => {
    expect(scanTokens('Assad’s').map((token) => token.lower)).toEqual(["assad's"]);
  });

  it('joins a thousands group that rebuilt text split with a space when a unit follows', () => {
    expect(scanTokens('fell 2, 000ft down').map((token) => token.text)).toEqual(['fell', '2, 000', 'ft', 'down']);
  });

  it('leaves a list of numbers apart when no unit follows', () => {
    expect(scanTokens('in 1994, 1996 and').map((token) => token.text)).toEqual(['in', '1994', ',', '1996', 'and']);
  });
});

describe('wordAt', () => {
  it('gives the lower-case word at an index and nothing for numbers, symbols or past the end', () => {
    const tokens = scanTokens('Killed 15, Hama');
    expect([0, 1, 2, 3, 4].map((index) => wordAt(tokens, index))).toEqual(['killed', undefined, undefined, 'hama', undefined]);
  });
});
