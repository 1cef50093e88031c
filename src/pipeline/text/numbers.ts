/**
 * The one number reader: how English news copy writes numbers, as values. Numerals ("10,000", "1.5
 * million", "$5m"), spelled-out numbers ("twenty-five", "a hundred"), fractions ("two thirds", "a third")
 * and vague magnitudes ("dozens", "tens of thousands"), over the scanner's tokens so callers keep exact
 * offsets (`readFigure`); and the aligner's plainer reading of word tokens (`readTokenNumbers`). Number
 * words come from the English lexicon (`lexicon/en/numbers.ts`).
 */
import {
  DENOMINATORS,
  DOZEN,
  MAGNITUDES,
  MONEY_SCALE_SUFFIXES,
  SCALES,
  SMALL_NUMBERS,
  TENS,
  VAGUE_NUMBER_WORDS,
} from '../lexicon/en/numbers.ts';
import { type ScanToken, wordAt } from './scan-tokens.ts';

/** Whether a lower-case word only writes a number ("fifteen", "thousands", "dozen", "half"). */
export function isNumberWord(word: string): boolean {
  return (
    SMALL_NUMBERS.has(word) ||
    TENS.has(word) ||
    SCALES.has(word) ||
    DENOMINATORS.has(word) ||
    VAGUE_NUMBER_WORDS.has(word)
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
  if ((first === 'a' || first === 'an') && (SCALES.has(second) || second === DOZEN)) {
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
    } else if (word === DOZEN && (last === 'small' || last === 'article')) {
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

/** A word or number token as the aligner's tokenizer gives it: all that `readTokenNumbers` needs. */
export interface NumberReadingToken {
  /** Lower-cased word, or the canonical digits of a number ("10,000" → "10000"). */
  readonly norm: string;
  readonly isNumber: boolean;
  readonly start: number;
  readonly end: number;
}

/** One number found in a token list, with the tokens it was read from. */
export interface StatedNumber {
  readonly value: number;
  readonly firstToken: number;
  readonly lastToken: number;
}

/**
 * Reads numbers from the aligner's word tokens, where "13", "thirteen" and "10,000" / "10 thousand" must
 * compare equal: digits, spelled-out numbers ("twenty five", "twenty-five"), scaled by a following
 * "thousand"/"million". Plural scale words alone ("thousands") are vague and are not read as numbers;
 * "one" alone is skipped too because it is mostly a pronoun ("one of them").
 *
 * Plainer than `readFigure` (no fractions, magnitudes or "a hundred"): the alignment model was fitted on
 * what this reads, so unifying the two readers means refitting it (`npm run fit:msrp`).
 */
export function readTokenNumbers(tokens: readonly NumberReadingToken[]): StatedNumber[] {
  const spelled = (norm: string): number | undefined => SMALL_NUMBERS.get(norm) ?? TENS.get(norm);
  const found: StatedNumber[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i];
    if (token === undefined) break;
    let value: number | undefined;
    let last = i;
    if (token.isNumber) {
      value = Number(token.norm);
    } else if (spelled(token.norm) !== undefined && token.norm !== 'one') {
      value = spelled(token.norm);
      const next = tokens[i + 1];
      const tens = value ?? 0;
      const unit = next === undefined ? undefined : spelled(next.norm);
      // "twenty five" or "twenty-five": a ten, then a digit word, one space or hyphen apart.
      if (tens >= 20 && tens % 10 === 0 && unit !== undefined && unit < 10 && next !== undefined && next.start - token.end <= 1) {
        value = tens + unit;
        last = i + 1;
      }
    }
    if (value !== undefined && Number.isFinite(value)) {
      const scale = tokens[last + 1];
      const factor = scale === undefined ? undefined : SCALES.get(scale.norm);
      if (factor !== undefined) {
        value *= factor;
        last += 1;
      }
      found.push({ value, firstToken: i, lastToken: last });
      i = last + 1;
    } else {
      i += 1;
    }
  }
  return found;
}
