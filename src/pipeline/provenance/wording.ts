/**
 * How close two wordings of one claim are, word by word. Uses jsdiff through the compare stage's
 * adapter (`compare/words/word-diff.ts`), over our own word tokens, as jsdiff's docs advise.
 */
import { diffTokens } from '../compare/words/word-diff.ts';
import { toWordKey, wordTexts } from '../text/index.ts';

/**
 * Text inside quotation marks: curly pairs, and straight double quotes in pairs. Independent reports
 * quoting the same statement reproduce it word for word, so quoted words say nothing about copying.
 */
const QUOTED = /“[^”]*”|"[^"]*"/g;

/**
 * Word keys of a text (lower case, curly apostrophes straightened), quoted text left out. Words are the
 * tokenizer's `compound` words, so "al-Assad" and "U.S" count as one word each.
 */
export function wordsOutsideQuotes(text: string): string[] {
  const unquoted = text.replace(QUOTED, ' ');
  return wordTexts(unquoted, 'compound').map(toWordKey);
}

/**
 * Share of words two wordings have in common, in order: 2·M / (|a| + |b|), where M is the number of
 * words in the longest common subsequence found by the diff. This is the ratio of Python's
 * `difflib.SequenceMatcher` (Ratcliff/Obershelp) over words: 1 for the same words, 0 for none in
 * common. Undefined when both sides have no words (e.g. the whole claim is a quotation).
 */
export function wordingSimilarity(a: readonly string[], b: readonly string[]): number | undefined {
  if (a.length + b.length === 0) return undefined;
  const common = diffTokens(a, b, (x, y) => x === y)
    .filter((change) => change.op === 'equal')
    .reduce((sum, change) => sum + change.tokens.length, 0);
  return (2 * common) / (a.length + b.length);
}
