import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/pipeline/align/words/tokenize.ts';

describe('tokenize', () => {
  it('keeps exact offsets into the text', () => {
    const text = 'Rebels took Hama’s centre.';
    expect(tokenize(text).map((token) => [token.surface, text.slice(token.start, token.end)])).toEqual([
      ['Rebels', 'Rebels'],
      ['took', 'took'],
      ['Hama', 'Hama'],
      ['centre', 'centre'],
    ]);
  });

  it('splits a contracted negation into its verb and "not"', () => {
    expect(tokenize("They didn't capture it").map((token) => token.norm)).toEqual([
      'they',
      'did',
      'not',
      'capture',
      'it',
    ]);
  });

  it('drops the possessive clitic and splits hyphenated names', () => {
    expect(tokenize('al-Assad’s army').map((token) => token.norm)).toEqual(['al', 'assad', 'army']);
  });

  it('reads thousands separators as one number', () => {
    const [token] = tokenize('10,000');
    expect(token?.isNumber).toBe(true);
    expect(token?.norm).toBe('10000');
  });

  it('marks acronyms and negation cues', () => {
    const tokens = tokenize('HTS never left');
    expect(tokens[0]?.isAcronym).toBe(true);
    expect(tokens[1]?.isNegation).toBe(true);
  });
});
