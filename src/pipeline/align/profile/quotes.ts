import { outermostQuotations, scanQuotations } from '../../text/quotations.ts';
import type { Token } from '../words/tokenize.ts';

/**
 * Quoted words. Outlets copy quotes verbatim, so a shared run of quoted words is strong evidence that two
 * sentences report the same statement.
 */

/**
 * Character spans `[start, end)` of the quotations of `text` that no other quotation holds, read by the
 * one quotation scanner (`text/quotations.ts`). A quotation still open at the end of the text runs to its
 * end, and one closed with no opening mark runs from its start (quoted paragraphs often do both).
 */
export function findQuoteSpans(text: string): Array<readonly [number, number]> {
  return outermostQuotations(scanQuotations(text)).map((quotation) => [quotation.start, quotation.end] as const);
}

/** For each token, whether it lies inside a quotation. */
export function markQuotedTokens(text: string, tokens: readonly Token[]): boolean[] {
  const spans = findQuoteSpans(text);
  return tokens.map((token) => spans.some(([start, end]) => token.start >= start && token.end <= end));
}
