/**
 * How close two wordings of one claim are, word by word: the longest common subsequence of their words
 * (`text/sequences.ts`), over our own word tokens.
 */
import { outermostQuotations, scanQuotations } from '../text/quotations.ts';
import { longestCommonSubsequence, toWordKey, wordTexts } from '../text/index.ts';

/**
 * Words of a text, lower-cased, with curly apostrophes folded to straight ones, leaving out quoted text
 * (the one quotation scanner, `text/quotations.ts`): independent reports quoting the same statement
 * reproduce it word for word, so quoted words say nothing about copying.
 */
export function wordsOutsideQuotes(text: string): string[] {
  let unquoted = text;
  for (const { start, end } of outermostQuotations(scanQuotations(text))) {
    unquoted = `${unquoted.slice(0, start)}${' '.repeat(end - start)}${unquoted.slice(end)}`;
  }
  return wordTexts(unquoted, 'compound').map(toWordKey);
}

/**
 * Share of words two wordings have in common, in order: 2·M / (|a| + |b|), where M is the length of their
 * longest common subsequence of words. This is the ratio of Python's `difflib.SequenceMatcher`
 * (Ratcliff/Obershelp) over words: 1 for the same words, 0 for none in common. It is the number of
 * equal words of a minimal word diff (Myers 1986, as jsdiff computes it), counted without building the
 * diff. Symmetric: swapping the wordings gives the same number. Undefined when both sides have no words
 * (e.g. the whole claim is a quotation).
 */
export function wordingSimilarity(a: readonly string[], b: readonly string[]): number | undefined {
  if (a.length + b.length === 0) return undefined;
  const ids = new Map<string, number>();
  return (2 * longestCommonSubsequence(toWordIds(a, ids), toWordIds(b, ids))) / (a.length + b.length);
}

/** The words as small integers from `ids`, which numbers each new word as it comes: the same word, the same id. */
function toWordIds(words: readonly string[], ids: Map<string, number>): Int32Array {
  return Int32Array.from(words, (word) => {
    let id = ids.get(word);
    if (id === undefined) {
      id = ids.size;
      ids.set(word, id);
    }
    return id;
  });
}
