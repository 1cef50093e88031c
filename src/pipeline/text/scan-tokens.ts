/**
 * The token stream that the number and quantity readers (`numbers.ts`, `quantities.ts`) and the speaker
 * finder walk: runs of digits, words, abbreviations with their full stop, and every other non-space
 * character on its own, with exact offsets and whether whitespace separates a token from the one before.
 * Unlike the word tokenizer, it keeps punctuation and symbols ("$", "%", "-"), which say what a figure is.
 */
import { lookUpUnit } from '../lexicon/en/units.ts';

/** A token of the scanner: a run of digits, a word, or one other non-space character. */
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
 * Abbreviations with a full stop that belong to the word (titles, "U.N.", "a.m."), digit groups with
 * separators, words with internal apostrophes, then any other single character.
 */
const SCAN = /(?:Mr|Mrs|Ms|Dr|Maj|Gen|Col|Lt|Capt|Sgt|Sen|Rep|Gov|Prof|Rev|St|Jr|Sr|No|Mt|Ft)\.|(?:\p{L}\.){2,}|\d+(?:[.,]\d+)*|\p{L}+(?:['’]\p{L}+)*|\S/gu;

/** Splits text into scanner tokens with offsets. */
export function scanTokens(text: string): ScanToken[] {
  const tokens: ScanToken[] = [];
  let previousEnd = -1;
  for (const match of text.matchAll(SCAN)) {
    const value = match[0];
    const start = match.index;
    const kind = /^\d/.test(value) ? 'number' : /^\p{L}/u.test(value) ? 'word' : 'symbol';
    tokens.push({
      text: value,
      lower: value.toLowerCase().replace(/’/g, "'"),
      start,
      end: start + value.length,
      kind,
      joined: start === previousEnd,
    });
    previousEnd = start + value.length;
  }
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

/** The lower-case word at `index`, or undefined when that token is a number, a symbol or past the end. */
export function wordAt(tokens: readonly ScanToken[], index: number): string | undefined {
  const token = tokens[index];
  return token?.kind === 'word' ? token.lower : undefined;
}
