/**
 * Measures over sequences (the letters of a word, the word ids of a sentence) and over the sets and
 * n-grams drawn from them: edit distance, longest common subsequence and run, character n-grams and the
 * Dice and overlap coefficients. One copy each, shared by name matching, the aligner's pair signals and
 * the detectors.
 */

/** The UTF-16 code units of a string, or the numbers of a sequence, as one typed array the DP loop can read fast. */
function toCodes(sequence: string | ArrayLike<number>): Int32Array {
  if (sequence instanceof Int32Array) return sequence;
  if (typeof sequence !== 'string') return Int32Array.from(sequence);
  const codes = new Int32Array(sequence.length);
  for (let i = 0; i < sequence.length; i += 1) codes[i] = sequence.charCodeAt(i);
  return codes;
}

/**
 * Levenshtein distance of two sequences (the letters of two strings, or two sequences of word ids): the
 * fewest insertions, deletions and substitutions turning one into the other (Levenshtein 1966). With a
 * `limit`, stops as soon as the distance must exceed it and returns `limit + 1`, which keeps name matching
 * cheap. Two sequences of ids without a limit are measured bit-parallel when the shorter is at most 32
 * long and its ids are small whole numbers (the aligner's word ids, once per scored pair), else by the table.
 */
export function editDistance(
  a: string | ArrayLike<number>,
  b: string | ArrayLike<number>,
  limit: number = Number.POSITIVE_INFINITY,
): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (limit === Number.POSITIVE_INFINITY && typeof a !== 'string' && typeof b !== 'string') {
    const [pattern, text] = a.length <= b.length ? [a, b] : [b, a];
    if (pattern.length === 0) return text.length;
    if (pattern.length <= MASK_BITS && markPlaces(pattern)) return bitParallelEditDistance(pattern, text);
  }
  return codeEditDistance(toCodes(a), toCodes(b), limit);
}

/**
 * Symbols (ids) up to which a sequence can be read bit-parallel: the mask table grows to the largest id
 * seen, at most 4 MB; a sequence with larger, negative or fractional ids is measured by the table instead.
 */
const MAX_MASKED_SYMBOL = 1 << 20;
/** Bits of a JavaScript bitwise integer: sequences up to this long are measured one bit per place. */
const MASK_BITS = 32;
/**
 * Per symbol, the bit mask of its places in the sequence being measured (`markPlaces`); all zero between
 * two measures, so one table serves every call.
 */
let placeMasks = new Int32Array(1024);

/**
 * Sets the mask of each symbol of `pattern` (at most `MASK_BITS` long) to its places, or returns false,
 * with the table untouched, when a symbol is not an id the table can hold.
 */
function markPlaces(pattern: ArrayLike<number>): boolean {
  let largest = 0;
  for (let i = 0; i < pattern.length; i += 1) {
    const symbol = pattern[i] ?? -1;
    if (!(symbol >= 0 && symbol < MAX_MASKED_SYMBOL && Math.floor(symbol) === symbol)) return false;
    if (symbol > largest) largest = symbol;
  }
  if (largest >= placeMasks.length) placeMasks = new Int32Array(Math.min(MAX_MASKED_SYMBOL, Math.max(largest + 1, placeMasks.length * 2)));
  for (let i = 0; i < pattern.length; i += 1) {
    const symbol = pattern[i] ?? 0;
    placeMasks[symbol] = (placeMasks[symbol] ?? 0) | (1 << i);
  }
  return true;
}

/** Clears what `markPlaces` set. */
function clearPlaces(pattern: ArrayLike<number>): void {
  for (let i = 0; i < pattern.length; i += 1) placeMasks[pattern[i] ?? 0] = 0;
}

/** The place mask of a symbol of the other sequence: 0 for one the pattern lacks (or the table cannot hold). */
function placesOf(symbol: number | undefined): number {
  return symbol === undefined ? 0 : (placeMasks[symbol] ?? 0);
}

/**
 * Levenshtein distance of a marked pattern (1 to `MASK_BITS` long) and a sequence: Myers' bit-vector
 * algorithm in Hyyrö's form for the whole-sequence distance (G. Myers 1999, "A fast bit-vector algorithm
 * for approximate string matching based on dynamic programming"; H. Hyyrö 2001, "Explaining and extending
 * the bit-parallel approximate string matching algorithm of Myers"): one column of the DP table as two
 * bit vectors of +1 and −1 vertical steps, the same number as the table. Clears the marks.
 */
function bitParallelEditDistance(pattern: ArrayLike<number>, text: ArrayLike<number>): number {
  const last = 1 << (pattern.length - 1);
  let plusVertical = -1;
  let minusVertical = 0;
  let distance = pattern.length;
  for (let j = 0; j < text.length; j += 1) {
    const equal = placesOf(text[j]);
    const vertical = equal | minusVertical;
    const horizontal = (((equal & plusVertical) + plusVertical) ^ plusVertical) | equal;
    let plusHorizontal = minusVertical | ~(horizontal | plusVertical);
    let minusHorizontal = plusVertical & horizontal;
    if ((plusHorizontal & last) !== 0) distance += 1;
    else if ((minusHorizontal & last) !== 0) distance -= 1;
    // The table's first row counts insertions (0, 1, 2 …): a +1 step enters at the top of every column.
    plusHorizontal = (plusHorizontal << 1) | 1;
    minusHorizontal <<= 1;
    plusVertical = minusHorizontal | ~(vertical | plusHorizontal);
    minusVertical = plusHorizontal & vertical;
  }
  clearPlaces(pattern);
  return distance;
}

/**
 * Longest common subsequence of a marked pattern (1 to `MASK_BITS` long) and a sequence, bit-parallel:
 * the zero bits of V after V' = (V + U) | (V − U), U = V & places, for each symbol of the sequence
 * (Allison & Dix 1986; Crochemore, Iliopoulos, Pinzon & Reid 2001; in this form Hyyrö 2004). Clears the marks.
 */
function bitParallelCommonSubsequence(pattern: ArrayLike<number>, text: ArrayLike<number>): number {
  let row = -1;
  for (let j = 0; j < text.length; j += 1) {
    const matched = row & placesOf(text[j]);
    row = (row + matched) | (row - matched);
  }
  clearPlaces(pattern);
  let common = 0;
  for (let i = 0; i < pattern.length; i += 1) if ((row & (1 << i)) === 0) common += 1;
  return common;
}

/** `editDistance` over typed arrays, one row of the DP table at a time. */
function codeEditDistance(a: Int32Array, b: Int32Array, limit: number): number {
  let previous = new Int32Array(b.length + 1);
  let current = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j += 1) previous[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    current[0] = i;
    let rowMin = i;
    const x = a[i - 1];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = x === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    [previous, current] = [current, previous];
  }
  return previous[b.length] ?? 0;
}

/**
 * Length of the longest common subsequence of two sequences of ids: bit-parallel when the shorter is at
 * most 32 long and its ids are small whole numbers (a story's interned word ids), else by the DP table.
 */
export function longestCommonSubsequence(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const [pattern, text] = a.length <= b.length ? [a, b] : [b, a];
  if (pattern.length === 0) return 0;
  if (pattern.length <= MASK_BITS && markPlaces(pattern)) return bitParallelCommonSubsequence(pattern, text);
  return tableCommonSubsequence(a, b);
}

/** `longestCommonSubsequence` by the DP table, one row at a time: sequences of any length and any numbers. */
function tableCommonSubsequence(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let previous = new Int32Array(b.length + 1);
  let current = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i += 1) {
    const x = a[i - 1];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = x === b[j - 1] ? (previous[j - 1] ?? 0) + 1 : Math.max(previous[j] ?? 0, current[j - 1] ?? 0);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length] ?? 0;
}

/** Length of the longest run that two sequences of ids share contiguously (longest common substring). */
export function longestCommonRun(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let best = 0;
  let previous = new Int32Array(b.length + 1);
  let current = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const run = a[i - 1] === b[j - 1] ? (previous[j - 1] ?? 0) + 1 : 0;
      current[j] = run;
      if (run > best) best = run;
    }
    [previous, current] = [current, previous];
  }
  return best;
}

/** Character bigrams of a word with `#` marking its ends, e.g. "iran" → #i ir ra an n#. */
export function characterBigrams(word: string): string[] {
  const padded = `#${word}#`;
  const grams: string[] = [];
  for (let i = 0; i + 2 <= padded.length; i += 1) grams.push(padded.slice(i, i + 2));
  return grams;
}

/**
 * Dice coefficient of two multisets, 2·|A∩B| / (|A| + |B|) with repeated items matched once each
 * (Dice 1945); NaN when both are empty.
 */
export function multisetDice(a: readonly string[], b: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const item of a) counts.set(item, (counts.get(item) ?? 0) + 1);
  let shared = 0;
  for (const item of b) {
    const left = counts.get(item) ?? 0;
    if (left > 0) {
      shared += 1;
      counts.set(item, left - 1);
    }
  }
  return (2 * shared) / (a.length + b.length);
}

/**
 * Dice coefficient of the character-bigram multisets of two words (Adamson & Boreham 1974): how many
 * letter pairs two spellings share, in place, whatever their length.
 */
export function characterBigramDice(a: string, b: string): number {
  return multisetDice(characterBigrams(a), characterBigrams(b));
}

/** Overlap coefficient |A∩B| / min(|A|, |B|) of two sets (Szymkiewicz–Simpson); 0 when either is empty. */
export function overlapCoefficient(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const value of a) if (b.has(value)) shared += 1;
  return shared / Math.min(a.size, b.size);
}

/**
 * Whether two different strings are exactly one edit (substitution, insertion or deletion) apart: the
 * same answer as `editDistance(x, y) === 1`, in one pass instead of a table.
 */
export function isOneEditApart(x: string, y: string): boolean {
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (long.length - short.length > 1) return false;
  let head = 0;
  while (head < short.length && short[head] === long[head]) head += 1;
  if (short.length === long.length) return head < short.length && short.slice(head + 1) === long.slice(head + 1);
  return short.slice(head) === long.slice(head + 1);
}
