import { describe, expect, it } from 'vitest';
import { diffWordsForDisplay } from '../../src/site/display-diff.ts';
import { highlightValues } from '../../src/site/highlight.ts';

describe('diffWordsForDisplay', () => {
  it('marks words only on the side that has them', () => {
    const { left, right } = diffWordsForDisplay('The army said it was redeploying.', 'The army said it was repositioning forces.');
    expect(left.filter((p) => p.op !== 'equal').map((p) => p.text)).toEqual(['redeploying']);
    expect(right.filter((p) => p.op !== 'equal').map((p) => p.text)).toEqual(['repositioning forces']);
  });

  it('gives back each sentence exactly when its pieces are joined', () => {
    const a = '“Your time has come,” said a rebel operations room.';
    const b = '"Your Time has come," declared an HTS spokesperson.';
    const { left, right } = diffWordsForDisplay(a, b);
    expect(left.map((p) => p.text).join('')).toBe(a);
    expect(right.map((p) => p.text).join('')).toBe(b);
  });

  it('treats case and curly versus straight quotes as no difference', () => {
    const a = '“Time has come,” he said.';
    const b = '"time has come," he said.';
    expect(diffWordsForDisplay(a, b)).toEqual({ left: [{ op: 'equal', text: a }], right: [{ op: 'equal', text: b }] });
  });
});

describe('highlightValues', () => {
  it('marks each occurrence of a value and keeps the text intact', () => {
    const pieces = highlightValues('Homs, 40 km south, is 40 km away.', ['40 km']);
    expect(pieces.filter((p) => p.marked).map((p) => p.text)).toEqual(['40 km', '40 km']);
    expect(pieces.map((p) => p.text).join('')).toBe('Homs, 40 km south, is 40 km away.');
  });

  it('prefers the longer of two overlapping values', () => {
    expect(highlightValues('over 10,000 deaths', ['10,000', 'over 10,000']).filter((p) => p.marked).map((p) => p.text)).toEqual(['over 10,000']);
  });
});
