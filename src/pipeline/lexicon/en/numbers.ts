/**
 * English number words: how news copy spells out numbers, fractions, scales and vague magnitudes, and
 * the hedges it puts before a figure. Read by the number and quantity readers (`text/numbers.ts`,
 * `text/quantities.ts`). Cardinal and fraction names follow the Unicode CLDR English spell-out rules
 * (`rbnf/en.xml`, `spellout-numbering`); scales are the short scale (a billion is 10⁹) that English news
 * style uses (Associated Press Stylebook, "millions, billions").
 */

/** Spelled-out numbers below twenty. */
export const SMALL_NUMBERS: ReadonlyMap<string, number> = new Map(
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'
    .split(' ')
    .map((word, value) => [word, value]),
);

/** Spelled-out tens. */
export const TENS: ReadonlyMap<string, number> = new Map(
  'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ').map((word, index) => [word, (index + 2) * 10]),
);

/** Scale words that multiply what comes before them. */
export const SCALES: ReadonlyMap<string, number> = new Map([
  ['hundred', 100],
  ['thousand', 1e3],
  ['million', 1e6],
  ['billion', 1e9],
  ['trillion', 1e12],
]);

/** "Dozen" counts twelve ("a dozen", "two dozen"). */
export const DOZEN = 'dozen';

/**
 * Abbreviated scales glued to a money figure: "$5m", "€3bn", "$40k". The forms of British news copy
 * (The Guardian and Observer style guide, "millions, billions": "£5m, £3bn").
 */
export const MONEY_SCALE_SUFFIXES: ReadonlyMap<string, number> = new Map([
  ['k', 1e3],
  ['m', 1e6],
  ['mn', 1e6],
  ['bn', 1e9],
  ['b', 1e9],
  ['tn', 1e12],
]);

/** Fraction denominators: "half", "third(s)", "quarter(s)" … ("second" is left out: it is a unit of time). */
export const DENOMINATORS: ReadonlyMap<string, number> = new Map([
  ['half', 2],
  ['halves', 2],
  ['third', 3],
  ['thirds', 3],
  ['quarter', 4],
  ['quarters', 4],
  ['fourth', 4],
  ['fourths', 4],
  ['fifth', 5],
  ['fifths', 5],
  ['sixth', 6],
  ['sixths', 6],
  ['seventh', 7],
  ['sevenths', 7],
  ['eighth', 8],
  ['eighths', 8],
  ['ninth', 9],
  ['ninths', 9],
  ['tenth', 10],
  ['tenths', 10],
]);

/** A vague magnitude: the words that write it and the range of values it allows. */
export interface Magnitude {
  readonly words: readonly string[];
  readonly low: number;
  readonly high: number;
}

/**
 * Vague magnitudes and the ranges they imply, longest phrase first. Plural scale words name at least one
 * unit of the scale and less than the next one ("hundreds" = 100–999); "dozens" is read as more than one
 * dozen.
 */
export const MAGNITUDES: readonly Magnitude[] = [
  { words: ['tens', 'of', 'thousands'], low: 1e4, high: 1e5 - 1 },
  { words: ['hundreds', 'of', 'thousands'], low: 1e5, high: 1e6 - 1 },
  { words: ['tens', 'of', 'millions'], low: 1e7, high: 1e8 - 1 },
  { words: ['hundreds', 'of', 'millions'], low: 1e8, high: 1e9 - 1 },
  { words: ['tens', 'of', 'billions'], low: 1e10, high: 1e11 - 1 },
  { words: ['dozens'], low: 13, high: 99 },
  { words: ['hundreds'], low: 100, high: 999 },
  { words: ['thousands'], low: 1e3, high: 1e4 - 1 },
  { words: ['millions'], low: 1e6, high: 1e9 - 1 },
  { words: ['billions'], low: 1e9, high: 1e12 - 1 },
];

/** Plural words that only write a vague number ("tens of …", "dozens", "thousands"). */
export const VAGUE_NUMBER_WORDS: ReadonlySet<string> = new Set(['tens', 'dozen', 'dozens', 'hundreds', 'thousands', 'millions', 'billions']);

/** How a report hedges a figure. */
export type Qualifier = 'exact' | 'about' | 'nearly' | 'at-least' | 'more-than' | 'at-most' | 'less-than' | 'between';

/**
 * Hedges before a figure and what each says about the true value. The phrases are the ones the
 * Associated Press Stylebook discusses ("more than, over", "fewer, less") and that wire copy uses.
 */
export const FIGURE_HEDGES: readonly (readonly [phrase: string, qualifier: Qualifier])[] = [
  ['no fewer than', 'at-least'],
  ['no less than', 'at-least'],
  ['a minimum of', 'at-least'],
  ['at least', 'at-least'],
  ['more than', 'more-than'],
  ['greater than', 'more-than'],
  ['upwards of', 'more-than'],
  ['in excess of', 'more-than'],
  ['well over', 'more-than'],
  ['well above', 'more-than'],
  ['just over', 'more-than'],
  ['over', 'more-than'],
  ['above', 'more-than'],
  ['no more than', 'at-most'],
  ['a maximum of', 'at-most'],
  ['as many as', 'at-most'],
  ['up to', 'at-most'],
  ['at most', 'at-most'],
  ['less than', 'less-than'],
  ['fewer than', 'less-than'],
  ['just under', 'less-than'],
  ['under', 'less-than'],
  ['below', 'less-than'],
  ['nearly', 'nearly'],
  ['almost', 'nearly'],
  ['close to', 'nearly'],
  ['an estimated', 'about'],
  ['approximately', 'about'],
  ['roughly', 'about'],
  ['around', 'about'],
  ['about', 'about'],
  ['some', 'about'],
  ['circa', 'about'],
  ['between', 'between'],
];
