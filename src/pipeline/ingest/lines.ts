import { TITLE_CASE_MINOR_WORDS } from '../lexicon/en/function-words.ts';
import { splitOnWhitespace, stripOuterPunctuation } from '../text/index.ts';

/** One line of a report's normalised text, trimmed of surrounding whitespace. */
export interface TextLine {
  /** 1-based line number in the file. */
  readonly number: number;
  /** Offsets of the trimmed line in the normalised text (end exclusive). */
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * Splits normalised text (LF line ends) into its non-blank lines with offsets. Blank lines carry no
 * text, so dropping them loses nothing; leading and trailing spaces are left outside the span.
 */
export function splitLines(text: string): TextLine[] {
  const lines: TextLine[] = [];
  let lineStart = 0;
  let number = 1;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const raw = text.slice(lineStart, lineEnd);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed !== '') {
      const start = lineStart + lead;
      lines.push({ number, start, end: start + trimmed.length, text: trimmed });
    }
    if (newline === -1) break;
    lineStart = newline + 1;
    number++;
  }
  return lines;
}

/**
 * True when the text ends like a finished sentence: `. ! ? …`, optionally inside closing quotes or
 * brackets, even when rebuilt text put a space before the closing quote (`Thank you. '"`, ECB+), and
 * optionally followed by a source tag in brackets (`… north of Detroit. (CNN News Article)`).
 */
export function endsLikeSentence(text: string): boolean {
  return /[.!?…](?:\s?["'”’)\]])*(?:\s+\([^()]{1,40}\))?$/.test(text);
}

/** True when the text starts with a lower-case letter (after an optional opening quote). */
export function startsLowerCase(text: string): boolean {
  return /^["'“‘]?\p{Ll}/u.test(text);
}

/**
 * True when the line is written in headline style: most words other than short function words
 * start with a capital (Chicago-style title case, as newspapers use for headlines and subheads).
 */
export function isTitleCase(text: string): boolean {
  const words = splitOnWhitespace(text)
    .map(stripOuterPunctuation)
    .filter((word) => /^\p{L}/u.test(word) && !TITLE_CASE_MINOR_WORDS.has(word.toLowerCase()));
  if (words.length < 2) return false;
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word)).length;
  return capitalised / words.length >= 0.8;
}
