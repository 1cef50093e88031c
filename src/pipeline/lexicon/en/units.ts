/**
 * Units of measure that English news reports use, with the factor that converts each to one base unit per
 * dimension, so "40 km" and "25 miles" can be compared. Factors are the exact international definitions
 * (NIST SP 811, appendix B); currencies are never converted into each other (rates change daily). The
 * words are those of wire copy (Associated Press Stylebook, "metric system", "mph") in British and
 * American spelling.
 */
import type { UnitDefinition } from '../units.ts';

const MILE = 1.609344;

/** Unit words (lower case, singular and plural) → definition. Multi-word units are joined by one space. */
export const UNIT_WORDS: ReadonlyMap<string, UnitDefinition> = new Map(
  (
    [
      [['km', 'kms', 'kilometre', 'kilometres', 'kilometer', 'kilometers'], 'km', 'length', 1],
      [['mile', 'miles', 'mi'], 'miles', 'length', MILE],
      [['metre', 'metres', 'meter', 'meters'], 'm', 'length', 0.001],
      [['foot', 'feet', 'ft'], 'ft', 'length', 0.0003048],
      [['yard', 'yards'], 'yards', 'length', 0.0009144],
      [['inch', 'inches'], 'inches', 'length', 0.0000254],
      [['square kilometre', 'square kilometres', 'square kilometer', 'square kilometers', 'sq km', 'km2', 'km²'], 'km²', 'area', 1],
      [['square mile', 'square miles', 'sq miles'], 'square miles', 'area', MILE * MILE],
      [['hectare', 'hectares'], 'hectares', 'area', 0.01],
      [['acre', 'acres'], 'acres', 'area', 0.0040468564224],
      [['kg', 'kilogram', 'kilograms', 'kilo', 'kilos'], 'kg', 'mass', 1],
      [['tonne', 'tonnes'], 'tonnes', 'mass', 1000],
      [['lb', 'lbs'], 'lb', 'mass', 0.45359237],
      [['litre', 'litres', 'liter', 'liters'], 'litres', 'volume', 1],
      [['gallon', 'gallons'], 'gallons', 'volume', 3.785411784],
      [['km/h', 'kph', 'kmh'], 'km/h', 'speed', 1],
      [['mph', 'mile per hour', 'miles per hour', 'mile an hour', 'miles an hour'], 'mph', 'speed', MILE],
      [
        ['km per hour', 'kilometre per hour', 'kilometres per hour', 'kilometer per hour', 'kilometers per hour', 'km an hour', 'kilometres an hour', 'kilometers an hour'],
        'km/h',
        'speed',
        1,
      ],
      [['%', 'percent', 'per cent'], '%', 'ratio', 0.01],
      [['percentage point', 'percentage points'], 'percentage points', 'percentage-points', 1],
      [['second', 'seconds'], 'seconds', 'time', 1 / 86400],
      [['minute', 'minutes'], 'minutes', 'time', 1 / 1440],
      [['hour', 'hours'], 'hours', 'time', 1 / 24],
      [['day', 'days'], 'days', 'time', 1],
      [['week', 'weeks'], 'weeks', 'time', 7],
      [['fortnight', 'fortnights'], 'fortnights', 'time', 14],
      [['month', 'months'], 'months', 'time', 30.436875],
      [['year', 'years'], 'years', 'time', 365.2425],
      [['decade', 'decades'], 'decades', 'time', 3652.425],
      [['century', 'centuries'], 'centuries', 'time', 36524.25],
      [['dollar', 'dollars'], '$', 'money:USD', 1],
      [['euro', 'euros'], '€', 'money:EUR', 1],
      [['yen'], '¥', 'money:JPY', 1],
      // "pounds" is money in British copy and weight in American copy: kept apart from both.
      [['pound', 'pounds'], 'pounds', 'other:pound', 1],
      [['ton', 'tons'], 'tons', 'other:ton', 1],
      [['degree', 'degrees'], 'degrees', 'other:degree', 1],
    ] as const
  ).flatMap(([words, symbol, dimension, factor]) =>
    words.map((word): [string, UnitDefinition] => [word, { symbol, dimension, factor }]),
  ),
);

/** Currency signs written before a number → currency code. `US$` is read as `US` + `$`. */
export const CURRENCY_SIGNS: ReadonlyMap<string, string> = new Map([
  ['$', 'USD'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['¥', 'JPY'],
]);

/**
 * Longest unit name (1 to 3 words) starting at `words[0]`, lower case; returns the definition and words used.
 * "120 miles per hour" is a speed, not a distance of 120 miles.
 */
export function lookUpUnit(words: readonly string[]): { unit: UnitDefinition; length: number } | undefined {
  const [first, second, third] = words;
  if (first === undefined) return undefined;
  if (second !== undefined && third !== undefined) {
    const three = UNIT_WORDS.get(`${first} ${second} ${third}`);
    if (three !== undefined) return { unit: three, length: 3 };
  }
  if (second !== undefined) {
    const two = UNIT_WORDS.get(`${first} ${second}`);
    if (two !== undefined) return { unit: two, length: 2 };
  }
  const one = UNIT_WORDS.get(first);
  return one === undefined ? undefined : { unit: one, length: 1 };
}
