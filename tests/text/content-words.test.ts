import { describe, expect, it } from 'vitest';
import { contentStems, contextStems, isCompactStopWord, splitWords } from '../../src/pipeline/text/index.ts';

describe('splitWords', () => {
  it('keys words without their possessive and splits hyphenated ones', () => {
    expect(splitWords('Assad’s 40-year-old rule').map((word) => [word.text, word.norm])).toEqual([
      ['Assad’s', 'assad'],
      ['40', '40'],
      ['year', 'year'],
      ['old', 'old'],
      ['rule', 'rule'],
    ]);
  });
});

describe('content stems', () => {
  it('leaves out stop words and words starting with a digit', () => {
    expect(contentStems('The rebels killed 12 civilians in 3rd district')).toEqual(['rebel', 'kill', 'civilian', 'district']);
  });

  it('reads the words around a span, not inside it, up to a radius', () => {
    const text = 'Officials said 826 people were killed in Hama province on Thursday';
    const start = text.indexOf('826');
    expect([...contextStems(text, start, start + 3, 2)]).toEqual(['offici', 'said', 'peopl']);
  });

  it('leaves out ignored stems', () => {
    const text = 'rebels took Hama';
    expect([...contextStems(text, 7, 11, 8, new Set(['rebel']))]).toEqual(['hama']);
  });

  it('keeps negations as content', () => {
    expect(isCompactStopWord('not')).toBe(false);
    expect(isCompactStopWord('the')).toBe(true);
  });
});
