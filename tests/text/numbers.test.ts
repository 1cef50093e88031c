import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/pipeline/align/words/tokenize.ts';
import { isNumberWord, parseNumeral, readFigure, readTokenNumbers } from '../../src/pipeline/text/numbers.ts';
import { scanTokens } from '../../src/pipeline/text/scan-tokens.ts';

/** The figure read at the first token of a text, as kind, value, range and tokens used. */
function figureOf(text: string, money = false) {
  const figure = readFigure(scanTokens(text), 0, money);
  return figure === undefined ? undefined : [figure.kind, figure.value, figure.low, figure.high, figure.to - figure.from];
}

describe('readFigure', () => {
  it.each([
    ['1,500 people', ['number', 1500, 1500, 1500, 1]],
    ['2.5 million people', ['number', 2.5e6, 2.5e6, 2.5e6, 2]],
    ['twenty-three people', ['number', 23, 23, 23, 3]],
    ['a hundred people', ['number', 100, 100, 100, 2]],
    ['three thousand five hundred people', ['number', 3500, 3500, 3500, 4]],
    ['one hundred and twenty people', ['number', 120, 120, 120, 4]],
    ['two dozen eggs', ['number', 24, 24, 24, 2]],
    ['two thirds of the city', ['fraction', 2 / 3, 2 / 3, 2 / 3, 2]],
    ['three-quarters of the city', ['fraction', 0.75, 0.75, 0.75, 3]],
    ['half of the city', ['fraction', 0.5, 0.5, 0.5, 1]],
    ['tens of thousands fled', ['magnitude', 1e4, 1e4, 1e5 - 1, 3]],
    ['dozens fled', ['magnitude', 13, 13, 99, 1]],
  ])('reads %j', (text, expected) => {
    expect(figureOf(text)).toEqual(expected);
  });

  it('reads a scale glued to a sum of money only after a currency sign', () => {
    expect(figureOf('5m grant', true)).toEqual(['number', 5e6, 5e6, 5e6, 2]);
    expect(figureOf('5m grant')).toEqual(['number', 5, 5, 5, 1]);
  });

  it('marks the bare word "one" as weak, since it is a pronoun as often as a number', () => {
    expect(readFigure(scanTokens('one of them'), 0)?.weak).toBe(true);
    expect(readFigure(scanTokens('one hundred'), 0)?.weak).toBe(false);
  });

  it.each([['a fifth column'], ['thousand'], ['the army']])('reads no figure at the start of %j', (text) => {
    expect(readFigure(scanTokens(text), 0)).toBeUndefined();
  });
});

describe('parseNumeral', () => {
  it.each([
    ['826', 826],
    ['10,000', 10000],
    ['1.5', 1.5],
    ['2, 000', 2000],
    ['1,5', undefined],
    ['12,34', undefined],
  ])('reads %j as %j', (text, value) => {
    expect(parseNumeral(text)).toBe(value);
  });
});

describe('isNumberWord', () => {
  it.each([
    ['fifteen', true],
    ['ninety', true],
    ['thousands', true],
    ['dozen', true],
    ['half', true],
    ['fifteenth', false],
    ['second', false],
    ['people', false],
  ])('says %j is a number word: %j', (word, expected) => {
    expect(isNumberWord(word)).toBe(expected);
  });
});

describe('readTokenNumbers', () => {
  const values = (text: string) => readTokenNumbers(tokenize(text)).map((found) => found.value);

  it.each([
    ['13 years ago', [13]],
    ['thirteen years ago', [13]],
    ['10,000 deaths or 10 thousand', [10000, 10000]],
    ['twenty-five rebels', [25]],
    ['twenty five rebels', [25]],
    ['2.5 million', [2.5e6]],
  ])('reads %j as %j', (text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  it.each([['one of them'], ['thousands fled'], ['a hundred']])('reads no number in %j', (text) => {
    expect(values(text)).toEqual([]);
  });

  it('gives the tokens each number was read from', () => {
    expect(readTokenNumbers(tokenize('about twenty five thousand'))).toEqual([{ value: 25000, firstToken: 1, lastToken: 3 }]);
  });
});
