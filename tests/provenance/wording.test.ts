import { describe, expect, it } from 'vitest';
import { wordingSimilarity, wordsOutsideQuotes } from '../../src/pipeline/provenance/index.ts';

describe('wordsOutsideQuotes', () => {
  it('lower-cases words and drops punctuation', () => {
    expect(wordsOutsideQuotes('Rebels took Hama, officials said.')).toEqual(['rebels', 'took', 'hama', 'officials', 'said']);
  });

  it('leaves out words inside curly and straight quotation marks', () => {
    expect(wordsOutsideQuotes('The army said “to preserve lives” and "prevent combat" today')).toEqual(['the', 'army', 'said', 'and', 'today']);
  });

  it('leaves out a quotation still open at the end of the text and one in single marks', () => {
    expect(wordsOutsideQuotes("He called it 'a disgrace' and said: “We will return")).toEqual(['he', 'called', 'it', 'and', 'said']);
  });

  it('keeps apostrophes inside words and folds curly ones', () => {
    expect(wordsOutsideQuotes('Assad’s father')).toEqual(["assad's", 'father']);
  });
});

describe('wordingSimilarity', () => {
  it('is 1 for the same words', () => {
    expect(wordingSimilarity(['a', 'b', 'c'], ['a', 'b', 'c'])).toBe(1);
  });

  it('is 0 for no word in common', () => {
    expect(wordingSimilarity(['a', 'b'], ['c', 'd'])).toBe(0);
  });

  it('is twice the common words in order over both lengths', () => {
    // Common in order: rebels, hama (2 of 3 + 4 words).
    expect(wordingSimilarity(['rebels', 'took', 'hama'], ['rebels', 'have', 'seized', 'hama'])).toBeCloseTo(4 / 7, 12);
  });

  it('is undefined when neither side has words', () => {
    expect(wordingSimilarity([], [])).toBeUndefined();
  });
});
