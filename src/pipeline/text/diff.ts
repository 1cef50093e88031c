/**
 * The one adapter over the `diff` package (jsdiff): no other module imports it, so it can be swapped.
 * Callers split text into tokens themselves and diff arrays of tokens, as jsdiff's own docs advise over
 * its naive word and sentence splitters.
 */
import { diffArrays } from 'diff';

/** One run of a token diff: tokens both sides share, or tokens only in the new (`insert`) or old (`delete`) side. */
export interface TokenChange<T> {
  readonly op: 'equal' | 'insert' | 'delete';
  /** The tokens of the run; for `equal`, the old side's tokens. */
  readonly tokens: readonly T[];
}

/**
 * Diffs two token arrays, returning runs in order; `equals` says when two tokens count as the same
 * (default: `===`), e.g. case-insensitive words. Equal runs carry the old side's tokens so callers can
 * show the old wording exactly.
 */
export function diffTokens<T>(
  before: readonly T[],
  after: readonly T[],
  equals: (a: T, b: T) => boolean = (a, b) => a === b,
): TokenChange<T>[] {
  const changes = diffArrays([...before], [...after], { comparator: equals });
  const result: TokenChange<T>[] = [];
  let oldIndex = 0;
  for (const change of changes) {
    if (change.added) {
      result.push({ op: 'insert', tokens: change.value });
    } else if (change.removed) {
      result.push({ op: 'delete', tokens: before.slice(oldIndex, oldIndex + change.count) });
      oldIndex += change.count;
    } else {
      result.push({ op: 'equal', tokens: before.slice(oldIndex, oldIndex + change.count) });
      oldIndex += change.count;
    }
  }
  return result;
}

/** One piece of a text split for a word diff. */
export interface DiffToken {
  /** Exactly the characters of the text it covers. */
  readonly text: string;
  /** A word (letters and digits), a run of whitespace, or any one other character. */
  readonly kind: 'word' | 'space' | 'other';
}

// A word keeps inner apostrophes, full stops and hyphens ("Assad’s", "U.S", "al-Assad", "10.5"), so a
// wording diff marks a changed name or figure as one change, not as several.
const DIFF_PIECE = /([\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*)|(\s+)|[^\p{L}\p{N}\s]/gu;

/**
 * Splits text into the pieces a word diff compares: words, whitespace runs and single other characters.
 * Joining the pieces gives the text back, so each side of a diff can be shown with its own characters.
 */
export function splitForDiff(text: string): DiffToken[] {
  return [...text.matchAll(DIFF_PIECE)].map((match) => ({
    text: match[0],
    kind: match[1] !== undefined ? 'word' : match[2] !== undefined ? 'space' : 'other',
  }));
}
