import type { AnalysedWord } from '../../text/index.ts';

/**
 * Quoted words. Outlets copy quotes verbatim, so a shared run of quoted words is strong evidence that two
 * sentences report the same statement.
 */

const OPENING = new Set(['“', '"', '«']);
const CLOSING = new Set(['”', '"', '»']);

/** Character spans `[start, end)` of quotations in `text`: curly, straight or guillemet quotes, not nested. */
export function findQuoteSpans(text: string): Array<readonly [number, number]> {
  const spans: Array<readonly [number, number]> = [];
  let openAt: number | undefined;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i] ?? '';
    if (openAt === undefined && OPENING.has(char)) {
      openAt = i;
    } else if (openAt !== undefined && CLOSING.has(char)) {
      spans.push([openAt + 1, i]);
      openAt = undefined;
    }
  }
  // A quote still open at the end of a sentence runs to its end (quoted paragraphs often do).
  if (openAt !== undefined) spans.push([openAt + 1, text.length]);
  return spans;
}

/** For each token, whether it lies inside a quotation. */
export function markQuotedTokens(text: string, tokens: readonly AnalysedWord[]): boolean[] {
  const spans = findQuoteSpans(text);
  return tokens.map((token) => spans.some(([start, end]) => token.start >= start && token.end <= end));
}
