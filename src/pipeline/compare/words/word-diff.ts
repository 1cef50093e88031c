/**
 * Adapter over the `diff` package (jsdiff): the only module that imports it. We segment text into tokens
 * ourselves and diff arrays of tokens, as jsdiff's own docs advise over its naive sentence/word splitters.
 */
import { diffArrays } from 'diff';

/** One run of a token diff: tokens both sides share, or tokens only in the new (`insert`) or old (`delete`) side. */
export interface TokenChange<T> {
  readonly op: 'equal' | 'insert' | 'delete';
  /** The tokens of the run; for `equal`, the old side's tokens. */
  readonly tokens: readonly T[];
}

/**
 * Diffs two token arrays with a custom equality (e.g. case-insensitive words), returning runs in order.
 * Equal runs carry the old side's tokens so callers can show the old wording exactly.
 */
export function diffTokens<T>(before: readonly T[], after: readonly T[], equals: (a: T, b: T) => boolean): TokenChange<T>[] {
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
