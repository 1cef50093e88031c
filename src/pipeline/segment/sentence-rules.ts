import { TITLE_ABBREVIATIONS } from '../lexicon/en/titles.ts';
import { tokenize } from '../text/index.ts';
import { outermostQuotations, scanQuotations } from '../text/quotations.ts';
import type { SentenceSpan } from './retext.ts';
import { DEFAULT_SETTINGS } from '../settings.ts';

/**
 * True when the span's text ends with a title abbreviation and its full stop, e.g. "… by Maj.": a word of
 * plain ASCII letters that starts the text or follows a space, bracket or opening quote (AP style's
 * abbreviated titles, `TITLE_ABBREVIATIONS`), then the final full stop.
 */
function endsWithTitleAbbreviation(sentence: string): boolean {
  const text = sentence.trimEnd();
  // Only the last whitespace-free stretch can hold the abbreviation; what comes before it is a space.
  let cut = text.length;
  while (cut > 0 && !/\s/.test(text[cut - 1] ?? '')) cut -= 1;
  const tail = text.slice(cut);
  const tokens = tokenize(tail, 'letters');
  const stop = tokens.at(-1);
  const word = tokens.at(-2);
  if (stop?.text !== '.' || stop.end !== tail.length || word?.kind !== 'word' || word.end !== stop.start) return false;
  const before = tail[word.start - 1];
  return /^[A-Za-z]+$/.test(word.text) && (before === undefined || /[("“]/.test(before)) && TITLE_ABBREVIATIONS.has(word.key);
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

/**
 * The longest sentence, in UTF-16 code units, that later stages receive. The longest sentence of the Hama
 * and news-dev reports has 607; a run of text with no sentence end for longer than this (a table flattened
 * into one line, a transcript without full stops, a whole file on one line) is cut into pieces at
 * whitespace (`splitLongSpans`), so that alignment, which compares sentences word by word, never meets a
 * sentence the size of a report.
 */
export const MAX_SENTENCE_LENGTH = 2000;

/** Whether the code unit at `index` is the second half of a surrogate pair (a cut there would split a character). */
function isLowSurrogateAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  const before = text.charCodeAt(index - 1);
  return code >= 0xdc00 && code <= 0xdfff && before >= 0xd800 && before <= 0xdbff;
}

/**
 * Cuts every span longer than `limit` code units into pieces of at most `limit`: each piece ends at the last
 * whitespace that keeps it within the limit (at the limit itself, never inside a character, when a run of
 * that length has no whitespace). Pieces are trimmed spans of the same text, so each is still exactly the
 * report's words; spans within the limit are returned unchanged.
 */
export function splitLongSpans(text: string, spans: readonly SentenceSpan[], limit: number = MAX_SENTENCE_LENGTH): SentenceSpan[] {
  return spans.flatMap((span) => {
    if (span.end - span.start <= limit) return [span];
    const pieces: SentenceSpan[] = [];
    let start = span.start;
    while (span.end - start > limit) {
      let cut = start + limit;
      // Back to the last whitespace at or before the limit: the piece then ends on a whole word.
      while (cut > start && !/\s/.test(text[cut] ?? '')) cut -= 1;
      if (cut === start) {
        cut = start + limit;
        if (isLowSurrogateAt(text, cut)) cut -= 1;
      }
      const piece = trimSpan(text, start, cut);
      if (piece.end > piece.start) pieces.push(piece);
      start = trimSpan(text, cut, span.end).start;
    }
    const last = trimSpan(text, start, span.end);
    if (last.end > last.start) pieces.push(last);
    return pieces;
  });
}

/** Shrinks a span so it starts and ends on non-whitespace. */
export function trimSpan(text: string, start: number, end: number): SentenceSpan {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  return { start: s, end: e };
}
