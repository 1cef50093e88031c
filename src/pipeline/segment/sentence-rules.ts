import { outermostQuotations, scanQuotations } from '../text/quotations.ts';
import type { SentenceSpan } from './retext.ts';
import { DEFAULT_SETTINGS } from '../settings.ts';

/**
 * Titles and ranks that precede a name and end in a full stop ("Maj. Hassan", "Gen. Smith").
 * A sentence never ends on one of these. From AP style's list of abbreviated titles.
 */
const TITLE_ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'rev', 'fr', 'sr', 'jr', 'st', 'gen', 'lt', 'col', 'maj',
  'capt', 'cpt', 'cmdr', 'cdr', 'sgt', 'cpl', 'pvt', 'adm', 'brig', 'gov', 'sen', 'rep', 'supt',
  'insp', 'det', 'hon', 'pres', 'amb', 'no', 'nos', 'vs', 'v', 'approx', 'est', 'dept', 'corp', 'inc',
]);


/** True when the span's text ends with a title abbreviation and its full stop, e.g. "… by Maj." */
function endsWithTitleAbbreviation(sentence: string): boolean {
  const match = /(?:^|[\s("“])([A-Za-z]+)\.$/.exec(sentence.trimEnd());
  return match?.[1] !== undefined && TITLE_ABBREVIATIONS.has(match[1].toLowerCase());
}

/** True when a sentence cannot start here: it begins in lower case or with a closing mark. */
function cannotStartSentence(sentence: string): boolean {
  return /^[\p{Ll},;:)\]”’]/u.test(sentence.trimStart());
}

/**
 * Returns a test of whether a quotation is open at an offset of the text (the one quotation scanner,
 * `text/quotations.ts`). Returns undefined when the scanner had to guess at a mark (the text is not
 * `balanced`), so that a stray or wrong-facing quote mark never glues a whole paragraph into one sentence.
 */
function quotationAt(text: string): ((offset: number) => boolean) | undefined {
  const scan = scanQuotations(text);
  if (!scan.balanced) return undefined;
  const quotations = outermostQuotations(scan);
  return (offset) => quotations.some((quotation) => quotation.start <= offset && offset <= quotation.end);
}

/**
 * A number, its full stop, then a capitalised word: parse-english reads "day 11. Then" and
 * "Feb. 17. Jackson" as one sentence (an ordinal, as in German), but in English news prose it is a
 * sentence end. Observed in the ECB+ reports; the left part must have three words so that list
 * numbers ("1. First") are left alone.
 */
const NUMBER_THEN_SENTENCE = /(?<=\S+\s+\S+\s+[^\s]*\d\.)\s+(?=[“"‘']?\p{Lu}\p{Ll}*\s+\S)/gu;

/** Splits spans where a number ends one sentence and a capitalised word starts the next. */
export function splitAfterNumberEnds(text: string, spans: readonly SentenceSpan[]): SentenceSpan[] {
  return spans.flatMap((span) => {
    const piece = text.slice(span.start, span.end);
    const cuts = [...piece.matchAll(NUMBER_THEN_SENTENCE)].map((match) => span.start + (match.index ?? 0));
    if (cuts.length === 0) return [span];
    const bounds = [span.start, ...cuts, span.end];
    return bounds.slice(0, -1).map((start, i) => ({ start, end: bounds[i + 1] ?? span.end }));
  });
}

/**
 * Repairs parser sentence spans over one paragraph:
 * - ends a sentence after a number when a capitalised word follows ("on day 11. Then …");
 * - joins sentences that a title abbreviation ("Maj. Hassan") or a lower-case start split apart;
 * - keeps a quotation of several sentences in one sentence with its attribution
 *   ("“Assad can no longer … Homs. Should Homs fall, …,” remarked X"), so who said it stays with it, up to
 *   `maxQuoteMerge` parser sentences (`SegmentSettings.maxQuoteMerge`).
 */
export function repairSentenceSpans(
  text: string,
  spans: readonly SentenceSpan[],
  maxQuoteMerge: number = DEFAULT_SETTINGS.segment.maxQuoteMerge,
): SentenceSpan[] {
  const insideQuotation = quotationAt(text);
  const merged: { start: number; end: number; parts: number }[] = [];
  for (const span of splitAfterNumberEnds(text, spans)) {
    const previous = merged.at(-1);
    if (previous) {
      const previousText = text.slice(previous.start, previous.end);
      const nextText = text.slice(span.start, span.end);
      const insideQuote = insideQuotation !== undefined && insideQuotation(previous.end) && previous.parts < maxQuoteMerge;
      if (endsWithTitleAbbreviation(previousText) || cannotStartSentence(nextText) || insideQuote) {
        previous.end = span.end;
        previous.parts++;
        continue;
      }
    }
    merged.push({ start: span.start, end: span.end, parts: 1 });
  }
  return merged.map(({ start, end }) => trimSpan(text, start, end)).filter((span) => span.end > span.start);
}

/** Shrinks a span so it starts and ends on non-whitespace. */
export function trimSpan(text: string, start: number, end: number): SentenceSpan {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  return { start: s, end: e };
}
