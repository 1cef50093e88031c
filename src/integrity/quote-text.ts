/**
 * How the integrity check compares presented text with a report's text: whitespace never counts, and
 * an ellipsis marks words left out, as in any quotation.
 */

/** Collapses every run of whitespace to one space and trims, as sentence texts are stored. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Whether `quote` stands in `text` word for word (whitespace collapsed on both sides). An ellipsis
 * (`…`) in the quote marks an omission, the usual convention for shortened quotations: then each
 * piece between ellipses must stand in the text, in that order. The text's own ellipses still match
 * exactly, because the quote is first looked for whole.
 */
export function containsQuote(text: string, quote: string): boolean {
  return containsCollapsedQuote(collapseWhitespace(text), collapseWhitespace(quote));
}

/**
 * `containsQuote` for a text and a quote whose whitespace is already collapsed: a long text is then
 * collapsed once, not again for every quotation checked against it.
 */
export function containsCollapsedQuote(haystack: string, needle: string): boolean {
  if (haystack.includes(needle)) return true;
  if (!needle.includes('…')) return false;
  let from = 0;
  for (const piece of needle.split('…').map((part) => part.trim()).filter((part) => part !== '')) {
    const at = haystack.indexOf(piece, from);
    if (at === -1) return false;
    from = at + piece.length;
  }
  return true;
}
