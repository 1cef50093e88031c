import { describe, expect, it } from 'vitest';
import { extractQuantities, measureSameThing, rangesOverlap, sameFigure, type Quantity } from '../../src/pipeline/compare/index.ts';

/** The only quantity of a text (fails the test if there is not exactly one). */
function only(text: string): Quantity {
  const found = extractQuantities(text);
  expect(found.map((q) => q.text)).toHaveLength(1);
  const [quantity] = found;
  if (quantity === undefined) throw new Error('no quantity');
  return quantity;
}

describe('extractQuantities', () => {
  it('reads a total and a sub-count introduced by "including" as two figures', () => {
    const [total, part] = extractQuantities('The Observatory said 826 people, including 222 in Hama, had been killed since violence erupted last week.');
    expect(total).toMatchObject({ text: '826', stated: 826, role: 'killed', nounText: 'people', part: false });
    expect(part).toMatchObject({ text: '222', stated: 222, role: 'killed', part: true });
  });

  it('reads "a third of the distance" as a fraction of a named thing', () => {
    expect(only('Hama is situated more than a third of the distance from Aleppo to Damascus')).toMatchObject({
      text: 'more than a third',
      dimension: 'ratio',
      nounText: 'distance',
      qualifier: 'more-than',
    });
  });

  it('takes the role from a participle before the figure over its noun', () => {
    expect(only('Fighters stormed the prison, freeing hundreds of detainees.')).toMatchObject({ role: 'freed', nounText: 'detainees' });
  });

});

describe('comparing quantities', () => {
  it('compares distances in different units', () => {
    expect(measureSameThing(only('40 km south'), only('30 miles south'))).toBe(true);
  });

  it('treats 40 km and 25 miles as the same figure within rounding', () => {
    expect(sameFigure(only('40 km south'), only('25 miles south'))).toBe(true);
  });

  it('treats 40 km and 30 miles as figures that cannot both be true', () => {
    expect(sameFigure(only('40 km south'), only('30 miles south'))).toBe(false);
    expect(rangesOverlap(only('40 km south'), only('30 miles south'))).toBe(false);
  });

  it('treats a spelled-out number as the same figure as its numeral', () => {
    expect(sameFigure(only('15 killed'), only('fifteen people died'))).toBe(true);
  });

  it('lets "over 10,000" and "tens of thousands" both be true but not be the same figure', () => {
    const over = only('resulted in over 10,000 deaths');
    const tens = only('killing tens of thousands');
    expect(measureSameThing(over, tens)).toBe(true);
    expect(sameFigure(over, tens)).toBe(false);
    expect(rangesOverlap(over, tens)).toBe(true);
  });

  it('does not compare the killed with the injured', () => {
    expect(measureSameThing(only('12 people were killed'), only('15 people were injured'))).toBe(false);
  });

  it('does not compare a sub-count with a total', () => {
    const [total, part] = extractQuantities('826 people, including 222 in Hama, had been killed');
    if (total === undefined || part === undefined) throw new Error('two figures expected');
    expect(measureSameThing(total, part)).toBe(false);
  });

  it('does not compare counts of unnamed things', () => {
    expect(measureSameThing(only('two significant towns'), only('three villages'))).toBe(false);
  });

  it('does not compare different currencies', () => {
    expect(measureSameThing(only('a $5m grant'), only('a €5m grant'))).toBe(false);
  });
});
