import { describe, expect, it } from 'vitest';
import { wordingSimilarity, wordsOutsideQuotes } from '../../src/pipeline/provenance/index.ts';
import { diffTokens } from '../../src/pipeline/text/diff.ts';

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

  it('counts as common the equal words of a minimal word diff, either way round', () => {
    // Small vocabulary, so that words repeat and many subsequences compete (a fixed linear congruential sequence).
    let seed = 17;
    const nextWord = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return ['the', 'army', 'said', 'rebels', 'took', 'hama'][seed % 6] ?? 'the';
    };
    for (let round = 0; round < 200; round += 1) {
      const a = Array.from({ length: round % 13 }, nextWord);
      const b = Array.from({ length: (round * 7) % 11 }, nextWord);
      if (a.length + b.length === 0) continue;
      const common = diffTokens(a, b).filter((change) => change.op === 'equal').reduce((sum, change) => sum + change.tokens.length, 0);
      expect([wordingSimilarity(a, b), wordingSimilarity(b, a)]).toEqual([(2 * common) / (a.length + b.length), (2 * common) / (a.length + b.length)]);
    }
  });

  it('is undefined when neither side has words', () => {
    expect(wordingSimilarity([], [])).toBeUndefined();
  });
});
