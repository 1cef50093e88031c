import { describe, expect, it } from 'vitest';
import { prefixStem, stemWord } from '../../src/pipeline/text/index.ts';

describe('stemWord', () => {
  it.each([
    ['captured', 'captur'],
    ['Rebels', 'rebel'],
    ['civilians', 'civilian'],
    ['killing', 'kill'],
  ])('stems "%s" to "%s"', (word, stem) => {
    expect(stemWord(word)).toBe(stem);
  });
});

describe('prefixStem', () => {
  it('cuts a word of four or more letters to its first five', () => {
    expect(prefixStem('strategically')).toBe(prefixStem('strategic'));
    expect(prefixStem('rule')).toBe('rule');
  });

  it('gives a word of three letters no stem', () => {
    expect(prefixStem('the')).toBeUndefined();
  });

  it('counts an astral letter as one letter', () => {
    expect(prefixStem('𝑎bc')).toBeUndefined();
  });
});
