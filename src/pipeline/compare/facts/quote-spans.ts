/**
 * Finds direct quotations: text between double quotation marks, curly (“ ”), guillemets (« ») or straight
 * ("), including quotations that run over several sentences of a paragraph and quotations split by an
 * attribution (“We urge him,” he said, “to keep Iraq clear.”), which are joined into one.
 */
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

/** Result of scanning one text: its quotations and whether a quotation is still open at its end. */
export interface QuoteScan {
  readonly quotes: readonly QuoteSpan[];
  readonly endsInside: boolean;
}

const OPENING = new Set(['“', '«', '„']);
const CLOSING = new Set(['”', '»']);

/** Speech verbs that may sit between the two halves of a split quotation. */
const SPLIT_ATTRIBUTION = /^[\s,]*(?:[\p{L}.’'-]+\s+){0,5}(?:said|says|added|asked|told|declared|stated|explained|warned|insisted|wrote|continued)(?:\s+[\p{L}.’'-]+){0,4}[\s,:]*$/u;

/**
 * Finds the quotations of `text`. `startsInside` says a quotation opened in an earlier sentence of the same
 * paragraph is still open. A closing mark with no opening mark closes a quotation begun before the text.
 */
export function extractQuotes(text: string, startsInside = false): QuoteScan {
  const raw: [number, number][] = [];
  let openAt: number | undefined = startsInside ? 0 : undefined;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index] ?? '';
    const straight = char === '"';
    if (OPENING.has(char) || (straight && openAt === undefined)) {
      if (openAt !== undefined) raw.push([openAt, index]); // an unclosed quotation ends where a new one opens
      openAt = index + 1;
    } else if (CLOSING.has(char) || straight) {
      raw.push([openAt ?? 0, index]);
      openAt = undefined;
    }
  }
  const endsInside = openAt !== undefined;
  if (openAt !== undefined && openAt < text.length) raw.push([openAt, text.length]);
  const spans = raw.filter(([start, end]) => /[\p{L}\p{N}]/u.test(text.slice(start, end)));
  const quotes: QuoteSpan[] = [];
  for (const span of spans) {
    const previous = quotes.at(-1);
    const between = previous === undefined ? '' : text.slice(previous.end + 1, span[0] - 1);
    const previousText = previous === undefined ? '' : text.slice(previous.start, previous.end).trimEnd();
    if (previous !== undefined && previousText.endsWith(',') && SPLIT_ATTRIBUTION.test(between)) {
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
  return { quotes, endsInside };
}

/**
 * Scans every report paragraph by paragraph, carrying an open quotation from one sentence to the next, and
 * returns the quotations of each sentence.
 */
export function quotesBySentence(story: SegmentedStory): Map<SentenceId, readonly QuoteSpan[]> {
  const result = new Map<SentenceId, readonly QuoteSpan[]>();
  for (const report of story.reports) {
    let paragraph = -1;
    let inside = false;
    for (const sentence of report.sentences) {
      if (sentence.paragraph !== paragraph) {
        paragraph = sentence.paragraph;
        inside = false;
      }
      const scan = extractQuotes(sentence.text, inside);
      inside = scan.endsInside;
      result.set(sentence.id, scan.quotes);
    }
  }
  return result;
}
