/**
 * Finds direct quotations, as the one quotation scanner (`text/quotations.ts`) reads them, including
 * quotations that run over several sentences of a paragraph, and joins quotations split by an attribution
 * (“We urge him,” he said, “to keep Iraq clear.”) into one.
 */
import { SPLIT_QUOTATION_VERBS } from '../../lexicon/en/attribution.ts';
import { isSplitQuotationAttribution, type OpenQuotation, scanQuotations, spokenQuotations } from '../../text/quotations.ts';
import type { SegmentedStory, SentenceId } from '../../types.ts';

/** One quotation found in a text. */
export interface QuoteSpan {
  /** The quoted words, parts of a split quotation joined by one space. */
  readonly quoted: string;
  /** From the first opening mark's inner edge to the last closing mark's inner edge (or text edge). */
  readonly start: number;
  readonly end: number;
  /** Inner spans of each part (one, or more for a split quotation). */
  readonly parts: readonly (readonly [number, number])[];
}

/** Result of scanning one text: its quotations and the quotations still open at its end. */
export interface QuoteScan {
  readonly quotes: readonly QuoteSpan[];
  /** Pass to `extractQuotes` for the next sentence of the same paragraph. */
  readonly open: readonly OpenQuotation[];
}

/**
 * Finds the quotations of `text` with the one quotation scanner (`spokenQuotations` of `text/quotations.ts`).
 * `carried` are the quotations still open at the end of the previous sentence of the same paragraph; a closing
 * mark with no opening mark closes a quotation begun before the text.
 */
export function extractQuotes(text: string, carried: readonly OpenQuotation[] = []): QuoteScan {
  const scan = scanQuotations(text, carried);
  const spans = spokenQuotations(scan, text, SPLIT_QUOTATION_VERBS).map((quotation) => [quotation.start, quotation.end] as const);
  const quotes: QuoteSpan[] = [];
  for (const span of spans) {
    const previous = quotes.at(-1);
    const between = previous === undefined ? '' : text.slice(previous.end + 1, span[0] - 1);
    const previousText = previous === undefined ? '' : text.slice(previous.start, previous.end).trimEnd();
    if (previous !== undefined && previousText.endsWith(',') && isSplitQuotationAttribution(between, SPLIT_QUOTATION_VERBS)) {
      quotes[quotes.length - 1] = {
        quoted: `${previous.quoted} ${text.slice(span[0], span[1]).trim()}`,
        start: previous.start,
        end: span[1],
        parts: [...previous.parts, span],
      };
      continue;
    }
    quotes.push({ quoted: text.slice(span[0], span[1]).trim(), start: span[0], end: span[1], parts: [span] });
  }
  return { quotes, open: scan.open };
}

/**
 * Scans every report paragraph by paragraph, carrying an open quotation from one sentence to the next, and
 * returns the quotations of each sentence.
 */
export function quotesBySentence(story: SegmentedStory): Map<SentenceId, readonly QuoteSpan[]> {
  const result = new Map<SentenceId, readonly QuoteSpan[]>();
  for (const report of story.reports) {
    let paragraph = -1;
    let open: readonly OpenQuotation[] = [];
    for (const sentence of report.sentences) {
      if (sentence.paragraph !== paragraph) {
        paragraph = sentence.paragraph;
        open = [];
      }
      const scan = extractQuotes(sentence.text, open);
      open = scan.open;
      result.set(sentence.id, scan.quotes);
    }
  }
  return result;
}
