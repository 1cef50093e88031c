import type { AnalysedWord } from '../../text/index.ts';

/**
 * Numbers stated in a text, as values: "13", "thirteen" and "10,000" / "10 thousand" compare equal.
 * Numbers are strong evidence in news: two sentences with the same figures usually report the same fact,
 * and different figures usually report different ones (or a discrepancy worth showing).
 */

/** One number found in a text, with the tokens it was read from. */
export interface StatedNumber {
  readonly value: number;
  readonly firstToken: number;
  readonly lastToken: number;
}

// Maps, not objects, so that a word such as "constructor" is not answered from Object.prototype.
// prettier-ignore
const UNITS: ReadonlyMap<string, number> = new Map(Object.entries({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90,
}));
// prettier-ignore
const SCALES: ReadonlyMap<string, number> = new Map(Object.entries({ hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 }));

/**
 * Reads numbers written in digits or words, combining "twenty five" and scaling by a following
 * "thousand"/"million". Plural scale words alone ("thousands") are vague and are not read as numbers;
 * "one" alone is skipped too because it is mostly a pronoun ("one of them").
 */
export function extractNumbers(tokens: readonly AnalysedWord[]): StatedNumber[] {
  const found: StatedNumber[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i];
    if (token === undefined) break;
    let value: number | undefined;
    let last = i;
    if (token.isNumber) {
      value = Number(token.norm);
    } else if (UNITS.has(token.norm) && token.norm !== 'one') {
      value = UNITS.get(token.norm);
      const next = tokens[i + 1];
      const tens = value ?? 0;
      const unit = next === undefined ? undefined : UNITS.get(next.norm);
      if (
        tens >= 20 &&
        tens % 10 === 0 &&
        unit !== undefined &&
        unit < 10 &&
        next !== undefined &&
        next.start - token.end <= 1
      ) {
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
