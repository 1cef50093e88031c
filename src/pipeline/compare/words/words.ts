/**
 * Word-level views of a sentence shared by the detectors: word tokens with offsets, a stop-word list,
 * and bags of content-word stems used to tell whether two stretches of text talk about the same thing.
 */
import { stemWord } from './word-stem.ts';

/** One word of a text with its offsets (UTF-16, end exclusive) and a normalised lower-case form. */
export interface WordToken {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Lower case, curly apostrophes straightened, a final possessive `'s` removed. */
  readonly norm: string;
}

/** Letters/digits with internal apostrophes (don’t, Assad’s); hyphens split words (40-year-old → 40, year, old). */
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

/** Lower-cases a word, straightens apostrophes and drops a possessive `'s`, so `Assad’s` and `assad` compare equal. */
export function normaliseWord(word: string): string {
  return word
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/'s$/, '');
}

/** Splits text into word tokens with offsets; punctuation and whitespace are dropped. */
export function tokenizeWords(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    tokens.push({ text: match[0], start, end: start + match[0].length, norm: normaliseWord(match[0]) });
  }
  return tokens;
}

/**
 * Function words that carry no claim content. A short list in the spirit of the classic SMART/Snowball
 * English stop lists, kept small on purpose: content words such as numbers and negations stay.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but so yet of to in on at by for from with without into onto over under about above below ' +
    'after before during since until than then as if while when where which who whom whose what that this these those ' +
    'it its it\'s he him his she her hers they them their theirs we us our you your i me my mine is are was were be been ' +
    'being am has have had having do does did doing will would shall should can could may might must also just only ' +
    'very too more most some any all each every both either neither other another such own same there here out up down ' +
    'off again once following according including despite amid among across toward towards within around through ' +
    'against via per upon'
  ).split(' '),
);

/** Whether a normalised word is a stop word. */
export function isStopWord(norm: string): boolean {
  return STOP_WORDS.has(norm);
}

/** Stems of the content words (not stop words, not pure numbers) of a text, in text order. */
export function contentStems(text: string): string[] {
  return tokenizeWords(text)
    .filter((token) => !isStopWord(token.norm) && !/^\d/.test(token.norm))
    .map((token) => stemWord(token.norm));
}

/**
 * Content-word stems within `radius` words either side of the span [start, end) of `text`, excluding
 * the words inside the span and any stem in `ignore`. Used as the "what is this about" context of a
 * number, date or quote (`CompareSettings.contextRadius`, `nearRadius`).
 */
export function contextStems(
  text: string,
  start: number,
  end: number,
  radius: number,
  ignore: ReadonlySet<string> = new Set(),
): Set<string> {
  const tokens = tokenizeWords(text);
  const before = tokens.filter((token) => token.end <= start).slice(-radius);
  const after = tokens.filter((token) => token.start >= end).slice(0, radius);
  return new Set(
    [...before, ...after]
      .filter((token) => !isStopWord(token.norm) && !/^\d/.test(token.norm))
      .map((token) => stemWord(token.norm))
      .filter((stem) => !ignore.has(stem)),
  );
}

/** Overlap coefficient |A∩B| / min(|A|,|B|) of two sets (0 when either is empty). */
export function overlapCoefficient(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const value of a) if (b.has(value)) shared += 1;
  return shared / Math.min(a.size, b.size);
}
