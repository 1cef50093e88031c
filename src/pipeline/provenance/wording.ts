/**
 * How close two wordings of one claim are, word by word: jsdiff through the one diff adapter
 * (`text/diff.ts`), over our own word tokens, as jsdiff's docs advise.
 */
import { diffTokens, splitForDiff } from '../text/diff.ts';
import { outermostQuotations, scanQuotations } from '../text/quotations.ts';

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
  return splitForDiff(unquoted)
    .filter((token) => token.kind === 'word')
    .map((token) => token.text.toLowerCase().replace(/’/g, "'"));
}

/**
 * Share of words two wordings have in common, in order: 2·M / (|a| + |b|), where M is the number of
 * words in the longest common subsequence found by the diff. This is the ratio of Python's
 * `difflib.SequenceMatcher` (Ratcliff/Obershelp) over words: 1 for the same words, 0 for none in
 * common. Undefined when both sides have no words (e.g. the whole claim is a quotation).
 */
export function wordingSimilarity(a: readonly string[], b: readonly string[]): number | undefined {
  if (a.length + b.length === 0) return undefined;
  const common = diffTokens(a, b)
    .filter((change) => change.op === 'equal')
    .reduce((sum, change) => sum + change.tokens.length, 0);
  return (2 * common) / (a.length + b.length);
}
