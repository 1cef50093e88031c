import { describe, expect, it } from 'vitest';
import { areNameVariants, foldSpelling, isGivenNameSpellingOf, isRegionalSpelling, isSpellingOf } from '../../src/pipeline/text/index.ts';

describe('isSpellingOf', () => {
  it.each([
    ['Golani', 'Jolani', true],
    ['Mohammed', 'Mohammad', true],
    ['Muhammad', 'Mohammed', true],
    ['Qassem', 'Kassem', true],
    ['Assad', 'Assad', true],
    ['Syria', 'Syrian', false],
    ['Muslim', 'Muslims', false],
    ['Iran', 'Iraq', false],
    ['Hama', 'Homs', false],
    ['Islamic', 'Islamist', false],
    ['Bashar', 'Hafez', false],
    ['Medicine', 'Medicare', false],
  ])('%s and %s: %s', (a, b, expected) => {
    expect(isSpellingOf(a, b)).toBe(expected);
  });
});

describe('isGivenNameSpellingOf', () => {
  it('accepts short given names one edit apart with the same first letter', () => {
    expect(isGivenNameSpellingOf('Ana', 'Anna')).toBe(true);
    expect(isGivenNameSpellingOf('Jon', 'John')).toBe(true);
  });

  it('keeps short names with different first letters apart', () => {
    expect(isGivenNameSpellingOf('Ian', 'Jan')).toBe(false);
  });
});

describe('areNameVariants', () => {
  it.each([
    ['golani', 'jolani', true],
    ['mohammed', 'mohammad', true],
    ['iran', 'iraq', false],
    ['austria', 'australia', false],
  ])('%s and %s: %s', (a, b, expected) => {
    expect(areNameVariants(a, b)).toBe(expected);
  });
});

describe('British and American spellings', () => {
  it.each([
    ['realised', 'realized'],
    ['colour', 'color'],
    ['centre', 'center'],
    ['travelled', 'traveled'],
    ['defence', 'defense'],
    ['grey', 'gray'],
  ])('folds %s and %s to one key', (british, american) => {
    expect(foldSpelling(british)).toBe(foldSpelling(american));
    expect(isRegionalSpelling(british, american)).toBe(true);
  });

  it('leaves short words that only end like a pattern as they are', () => {
    expect(foldSpelling('hour')).toBe('hour');
    expect(isRegionalSpelling('four', 'for')).toBe(false);
  });
});
