/**
 * Reads how news copy writes numbers: numerals ("10,000", "1.5 million"), spelled-out numbers
 * ("twenty-five", "a hundred"), fractions ("two thirds", "a third") and vague magnitudes
 * ("dozens", "tens of thousands"). Works on a token stream so callers keep exact offsets.
 */
import { tokenize } from '../../text/index.ts';
import { lookUpUnit } from './measurement-units.ts';

/** A token of the number scanner: a run of digits, a word, or one other non-space character. */
export interface ScanToken {
  readonly text: string;
  /** Lower case, curly apostrophes straightened. */
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  readonly kind: 'number' | 'word' | 'symbol';
  /** True when no whitespace separates it from the previous token ("40-year", "$5", "10%"). */
  readonly joined: boolean;
}

/**
 * Splits text into scanner tokens with offsets: the tokenizer's `scanned` words (abbreviations with their
 * full stop, "U.N.", digit groups with separators, words with inner apostrophes) and every other
 * character as a symbol.
 */
export function scanTokens(text: string): ScanToken[] {
  const tokens = tokenize(text, 'scanned').map(
    (token): ScanToken => ({
      text: token.text,
      lower: token.key,
      start: token.start,
      end: token.end,
      kind: token.kind === 'word' || token.kind === 'number' ? token.kind : 'symbol',
      joined: token.joined,
    }),
  );
  return joinSpacedDigitGroups(text, tokens);
}

/**
 * Text rebuilt from tokens (and some copy) writes "2,000ft" as "2, 000ft". A numeral, a comma, one space,
 * then exactly three digits with a unit right after them is one number split at its thousands separator,
 * not a list ("in 1994, 1996"): the groups are joined back into one numeral token ("2, 000").
 */
function joinSpacedDigitGroups(text: string, tokens: readonly ScanToken[]): ScanToken[] {
  const result: ScanToken[] = [];
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index];
    if (token === undefined) continue;
    const previous = result.at(-1);
    const comma = result.at(-2);
    const unit = tokens[index + 1];
    const isSplitGroup =
      token.kind === 'number' &&
      /^\d{3}$/.test(token.text) &&
      !token.joined &&
      token.start === (previous?.end ?? -1) + 1 &&
      previous?.text === ',' &&
      previous.joined &&
      comma?.kind === 'number' &&
      /^\d{1,3}(?:, ?\d{3})*$/.test(comma.text) &&
      unit !== undefined &&
      unit.kind === 'word' &&
      isUnitAfterDigits(unit, tokens[index + 2]);
    if (isSplitGroup && comma !== undefined) {
      result.splice(-2, 2, { ...comma, text: text.slice(comma.start, token.end), lower: text.slice(comma.start, token.end), end: token.end });
    } else {
      result.push(token);
    }
  }
  return result;
}

/** Whether a word right after a digit group is a unit of measure ("000ft", "000 feet", "000 square miles"). */
function isUnitAfterDigits(word: ScanToken, next: ScanToken | undefined): boolean {
  return lookUpUnit([word.lower, next?.kind === 'word' ? next.lower : '']) !== undefined;
}

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

/** Abbreviated scales glued to a money figure: "$5m", "€3bn", "$40k". */
const MONEY_SCALE_SUFFIXES: ReadonlyMap<string, number> = new Map([
  ['k', 1e3],
  ['m', 1e6],
  ['mn', 1e6],
  ['bn', 1e9],
  ['b', 1e9],
  ['tn', 1e12],
]);

/** Fraction denominators: "half", "third(s)", "quarter(s)" … ("second" is left out: it is a unit of time). */
const DENOMINATORS: ReadonlyMap<string, number> = new Map([
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

/**
 * Vague magnitudes and the ranges they imply. Plural scale words name at least one unit of the scale
 * and less than the next one ("hundreds" = 100–999); "dozens" is read as more than one dozen.
 */
const MAGNITUDES: readonly { readonly words: readonly string[]; readonly low: number; readonly high: number }[] = [
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

/** Whether a lower-case word only writes a number ("fifteen", "thousands", "dozen", "half"). */
export function isNumberWord(word: string): boolean {
  return (
    SMALL_NUMBERS.has(word) ||
    TENS.has(word) ||
    SCALES.has(word) ||
    DENOMINATORS.has(word) ||
    ['tens', 'dozen', 'dozens', 'hundreds', 'thousands', 'millions', 'billions'].includes(word)
  );
}

/** What kind of figure was read: an exact number, a fraction of a whole, or a vague magnitude. */
export type FigureKind = 'number' | 'fraction' | 'magnitude';

/** A figure read from tokens `[from, to)`: a value, or for magnitudes a range. */
export interface Figure {
  readonly kind: FigureKind;
  readonly value: number;
  readonly low: number;
  readonly high: number;
  readonly from: number;
  readonly to: number;
  /** The figure is the bare word "one", which is a pronoun as often as a number ("the one coming"). */
  readonly weak: boolean;
}

function wordAt(tokens: readonly ScanToken[], index: number): string | undefined {
  const token = tokens[index];
  return token?.kind === 'word' ? token.lower : undefined;
}

/** Parses a numeral such as `826`, `10,000` or `1.5`; undefined for shapes like `1,5` or `12,34`. */
export function parseNumeral(text: string): number | undefined {
  if (/^\d{1,3}(?:, ?\d{3})+(?:\.\d+)?$/.test(text)) return Number(text.replace(/[, ]/g, ''));
  if (/^\d+(?:\.\d+)?$/.test(text)) return Number(text);
  return undefined;
}

function readMagnitude(tokens: readonly ScanToken[], index: number): Figure | undefined {
  for (const magnitude of MAGNITUDES) {
    if (magnitude.words.every((word, offset) => wordAt(tokens, index + offset) === word)) {
      return {
        kind: 'magnitude',
        value: magnitude.low,
        low: magnitude.low,
        high: magnitude.high,
        from: index,
        to: index + magnitude.words.length,
        weak: false,
      };
    }
  }
  return undefined;
}

/** Reads "twenty-five", "two hundred", "three thousand five hundred", "a hundred", "one hundred and twenty". */
function readSpelled(tokens: readonly ScanToken[], index: number): Figure | undefined {
  type Last = 'none' | 'article' | 'small' | 'tens' | 'hundred' | 'scale';
  let total = 0;
  let current = 0;
  let cursor = index;
  let last: Last = 'none';
  const first = wordAt(tokens, index);
  const second = wordAt(tokens, index + 1) ?? '';
  if ((first === 'a' || first === 'an') && (SCALES.has(second) || second === 'dozen')) {
    current = 1;
    last = 'article';
    cursor += 1;
  }
  for (;;) {
    const word = wordAt(tokens, cursor);
    if (word === undefined) break;
    const small = SMALL_NUMBERS.get(word);
    const tens = TENS.get(word);
    const scale = SCALES.get(word);
    if (small !== undefined && (last === 'none' || last === 'hundred' || last === 'scale' || (last === 'tens' && small > 0 && small < 10))) {
      current += small;
      last = 'small';
    } else if (tens !== undefined && (last === 'none' || last === 'hundred' || last === 'scale')) {
      current += tens;
      last = 'tens';
      // "twenty-five": a joined hyphen, then a joined digit word.
      const hyphen = tokens[cursor + 1];
      const unit = tokens[cursor + 2];
      const digit = unit === undefined ? undefined : SMALL_NUMBERS.get(unit.lower);
      if (hyphen?.text === '-' && hyphen.joined && unit?.joined === true && digit !== undefined && digit > 0 && digit < 10) {
        current += digit;
        cursor += 2;
        last = 'small';
      }
    } else if (scale === 100 && (last === 'small' || last === 'article')) {
      current *= 100;
      last = 'hundred';
    } else if (scale !== undefined && scale > 100 && last !== 'none' && last !== 'scale') {
      total += current * scale;
      current = 0;
      last = 'scale';
    } else if (word === 'dozen' && (last === 'small' || last === 'article')) {
      current *= 12;
      last = 'scale';
    } else if (
      word === 'and' &&
      (last === 'hundred' || last === 'scale') &&
      (SMALL_NUMBERS.has(wordAt(tokens, cursor + 1) ?? '') || TENS.has(wordAt(tokens, cursor + 1) ?? ''))
    ) {
      // "one hundred and twenty": keep reading.
    } else {
      break;
    }
    cursor += 1;
  }
  if (last === 'none' || last === 'article') return undefined;
  const value = total + current;
  return { kind: 'number', value, low: value, high: value, from: index, to: cursor, weak: cursor - index === 1 && value === 1 };
}

/** Reads "a third", "two thirds", "one-third", "three-quarters", "half" (before "of"/"the"). */
function readFraction(tokens: readonly ScanToken[], index: number): Figure | undefined {
  const first = wordAt(tokens, index);
  if (first === undefined) return undefined;
  if ((first === 'half') && ['of', 'the', 'a', 'an'].includes(wordAt(tokens, index + 1) ?? '')) {
    return { kind: 'fraction', value: 0.5, low: 0.5, high: 0.5, from: index, to: index + 1, weak: false };
  }
  const numerator = first === 'a' || first === 'an' ? 1 : SMALL_NUMBERS.get(first);
  if (numerator === undefined || numerator === 0) return undefined;
  let cursor = index + 1;
  const hyphen = tokens[cursor];
  if (hyphen?.text === '-' && hyphen.joined) cursor += 1;
  const denominatorWord = wordAt(tokens, cursor);
  const denominator = denominatorWord === undefined ? undefined : DENOMINATORS.get(denominatorWord);
  if (denominator === undefined) return undefined;
  // "a fourth" / "a tenth" are ordinals as often as fractions; accept them only before "of".
  if (numerator === 1 && !['half', 'third', 'quarter'].includes(denominatorWord ?? '') && wordAt(tokens, cursor + 1) !== 'of') {
    return undefined;
  }
  const value = numerator / denominator;
  return { kind: 'fraction', value, low: value, high: value, from: index, to: cursor + 1, weak: false };
}

/** Reads a numeral with an optional scale: "826", "1.5 million", "$5m" (suffix scales only with money). */
function readNumeral(tokens: readonly ScanToken[], index: number, money: boolean): Figure | undefined {
  const token = tokens[index];
  if (token?.kind !== 'number') return undefined;
  const base = parseNumeral(token.text);
  if (base === undefined) return undefined;
  let value = base;
  let cursor = index + 1;
  const next = tokens[cursor];
  const scale = next?.kind === 'word' ? SCALES.get(next.lower) : undefined;
  const suffix = next?.kind === 'word' && next.joined && money ? MONEY_SCALE_SUFFIXES.get(next.lower) : undefined;
  if (scale !== undefined && !next?.joined) {
    value *= scale;
    cursor += 1;
  } else if (suffix !== undefined) {
    value *= suffix;
    cursor += 1;
  }
  return { kind: 'number', value, low: value, high: value, from: index, to: cursor, weak: false };
}

/**
 * Reads one figure starting at token `index`: a vague magnitude, a fraction, a numeral or a spelled-out
 * number, in that order. `money` says a currency sign came just before (enables "$5m").
 */
export function readFigure(tokens: readonly ScanToken[], index: number, money = false): Figure | undefined {
  return (
    readMagnitude(tokens, index) ??
    readFraction(tokens, index) ??
    readNumeral(tokens, index, money) ??
    readSpelled(tokens, index)
  );
}
