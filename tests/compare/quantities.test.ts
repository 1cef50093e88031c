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
  it.each([
    ['Homs, located 40 km south of Hama', '40 km', 'length', 40, 40],
    ['Homs, just 30 miles to the south', '30 miles', 'length', 48.28032, 48.28032],
    ['an assault that resulted in over 10,000 deaths', 'over 10,000', 'count', 10000.00001, Infinity],
    ['the massacre killed tens of thousands', 'tens of thousands', 'count', 10000, 99999],
    ['freeing hundreds of detainees', 'hundreds', 'count', 100, 999],
    ['dozens of people were hurt', 'dozens', 'count', 13, 99],
    ['at least 15 dead', 'at least 15', 'count', 15, Infinity],
    ['fifteen people died', 'fifteen', 'count', 15, 15],
    ['twenty-five soldiers were wounded', 'twenty-five', 'count', 25, 25],
    ['10-15 people were injured', '10-15', 'count', 10, 15],
    ['between 10 and 20 km away', 'between 10 and 20 km', 'length', 10, 20],
    ['destroying two thirds of the city', 'two thirds', 'ratio', 2 / 3, 2 / 3],
    ['45% of voters', '45%', 'ratio', 0.45, 0.45],
    ['a budget of $5m', '$5m', 'money:USD', 5e6, 5e6],
    ['1.5 million dollars', '1.5 million dollars', 'money:USD', 1.5e6, 1.5e6],
    ['approximately 280,000 individuals', 'approximately 280,000', 'count', 252000, 308000],
  ])('reads "%s" as %s (%s, %f to %f)', (text, quantityText, dimension, low, high) => {
    const quantity = only(text);
    expect(quantity.text).toBe(quantityText);
    expect(quantity.dimension).toBe(dimension);
    expect(quantity.low).toBeCloseTo(low, 3);
    if (high === Infinity) expect(quantity.high).toBe(Infinity);
    else expect(quantity.high).toBeCloseTo(high, 3);
  });

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

  it.each([
    ['a one-time Al Qaeda affiliate'],
    ['The big battle is the one coming against Homs.'],
    ['a civil war gripped the country in 2011.'],
    ['Covid-19 spread'],
    ['on December 5 at 3 p.m.'],
    ['the 3rd brigade'],
  ])('finds no quantity in "%s"', (text) => {
    expect(extractQuantities(text)).toEqual([]);
  });

  it('reads a decade as a date, not a count', () => {
    expect(extractQuantities('killing tens of thousands in the 1980s').map((q) => q.text)).toEqual(['tens of thousands']);
  });

  it('reads durations and ages as time quantities', () => {
    const found = extractQuantities('In the space of eight days, a week-old advance ended a 40-year-old wound');
    expect(found.map((q) => [q.text, q.dimension, q.age])).toEqual([
      ['eight days', 'time', false],
      ['week-old', 'time', true],
      ['40-year-old', 'time', true],
    ]);
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
