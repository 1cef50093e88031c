import { describe, expect, it } from 'vitest';
import { readQuantities, type StatedQuantity } from '../../src/pipeline/text/quantities.ts';

/** The quantities of a text. */
function quantitiesOf(text: string): StatedQuantity[] {
  return readQuantities(text).map((reading) => reading.quantity);
}

/** The only quantity of a text (fails the test if there is not exactly one). */
function only(text: string): StatedQuantity {
  const found = quantitiesOf(text);
  expect(found.map((q) => q.text)).toHaveLength(1);
  const [quantity] = found;
  if (quantity === undefined) throw new Error('no quantity');
  return quantity;
}

describe('readQuantities', () => {
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

  it.each([
    ['a one-time Al Qaeda affiliate'],
    ['The big battle is the one coming against Homs.'],
    ['a civil war gripped the country in 2011.'],
    ['Covid-19 spread'],
    ['on December 5 at 3 p.m.'],
    ['the 3rd brigade'],
  ])('finds no quantity in "%s"', (text) => {
    expect(quantitiesOf(text)).toEqual([]);
  });

  it('reads a decade as a date, not a count', () => {
    expect(quantitiesOf('killing tens of thousands in the 1980s').map((q) => q.text)).toEqual(['tens of thousands']);
  });

  it('reads durations and ages as time quantities', () => {
    const found = quantitiesOf('In the space of eight days, a week-old advance ended a 40-year-old wound');
    expect(found.map((q) => [q.text, q.dimension, q.age])).toEqual([
      ['eight days', 'time', false],
      ['week-old', 'time', true],
      ['40-year-old', 'time', true],
    ]);
  });

  it('reads hedges as the range of values they allow', () => {
    expect([only('nearly 40 people'), only('up to 40 people'), only('fewer than 40 people')].map((q) => [q.qualifier, q.low, q.high])).toEqual([
      ['nearly', 36, 40],
      ['at-most', 0, 40],
      ['less-than', 0, 40 - 40e-9],
    ]);
  });

  it('reads the longest unit name, so miles per hour are a speed and not a distance', () => {
    expect(only('winds of 120 miles per hour')).toMatchObject({ text: '120 miles per hour', dimension: 'speed' });
  });

  it('reads a sum of money per year as a rate', () => {
    expect(quantitiesOf('a salary of $4 million a year')[0]).toMatchObject({ text: '$4 million', dimension: 'money:USD/year' });
  });

  it('gives the scanner tokens each quantity was read from, hedge and unit included', () => {
    const [reading] = readQuantities('It lies about 40 km away.');
    expect(reading).toMatchObject({ from: 2, to: 5, quantity: { text: 'about 40 km' } });
  });
});
