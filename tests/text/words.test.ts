import { describe, expect, it } from 'vitest';
import { analyseWords, isAlignmentStopWord, isNegationWord } from '../../src/pipeline/text/index.ts';

describe('analyseWords', () => {
  it('keeps exact offsets into the text', () => {
    const text = 'Rebels took Hama’s centre.';
    expect(analyseWords(text).map((word) => [word.surface, text.slice(word.start, word.end)])).toEqual([
      ['Rebels', 'Rebels'],
      ['took', 'took'],
      ['Hama', 'Hama'],
      ['centre', 'centre'],
    ]);
  });

  it('splits a contracted negation into its verb and "not"', () => {
    expect(analyseWords("They didn't capture it").map((word) => word.norm)).toEqual(['they', 'did', 'not', 'capture', 'it']);
  });

  it.each([
    ["can't", ['can', 'not']],
    ['won’t', ['will', 'not']],
    ['cannot', ['can', 'not']],
  ])('gives "%s" its base verb and "not"', (text, norms) => {
    expect(analyseWords(text).map((word) => word.norm)).toEqual(norms);
  });

  it('drops the possessive clitic and splits hyphenated names', () => {
    expect(analyseWords('al-Assad’s army').map((word) => word.norm)).toEqual(['al', 'assad', 'army']);
  });

  it('folds accents in the look-up form but keeps them in the surface', () => {
    const [word] = analyseWords('Qaéda');
    expect(word?.surface).toBe('Qaéda');
    expect(word?.norm).toBe('qaeda');
  });

  it('reads thousands separators as one number', () => {
    const [word] = analyseWords('10,000');
    expect(word?.isNumber).toBe(true);
    expect(word?.norm).toBe('10000');
  });

  it('stems words with the Porter stemmer and numbers to their canonical digits', () => {
    expect(analyseWords('rebels captured 2.50').map((word) => word.stem)).toEqual(['rebel', 'captur', '2.5']);
  });

  it('marks acronyms and negation cues', () => {
    const words = analyseWords('HTS never left');
    expect(words[0]?.isAcronym).toBe(true);
    expect(words[1]?.isNegation).toBe(true);
  });

  it('counts negation cues and function words as stop words, content words and honorifics not', () => {
    expect(['not', 'the'].map(isAlignmentStopWord)).toEqual([true, true]);
    expect(['rebels', 'hama', 'mr'].map(isAlignmentStopWord)).toEqual([false, false, false]);
    expect(['never', 'the'].map(isNegationWord)).toEqual([true, false]);
  });
});
