/**
 * Words as the detectors read them: the `alphanumeric` words of a text with offsets and a possessive-free
 * key, and the bags of content-word stems that tell whether two stretches of text talk about the same
 * thing (what a figure, date or quotation is about).
 */
import { COMPACT_STOP_WORDS } from '../lexicon/en/stop-words.ts';
import { toPossessiveFreeKey } from './normalise.ts';
import { rememberSentenceFacts, STORY_TEXTS_MEMO_LIMIT } from './sentence-memo.ts';
import { stemWord } from './stem.ts';
import { tokenizeWords } from './tokens.ts';

/** One word of a text with its offsets (UTF-16, end exclusive) and its possessive-free key. */
export interface WordToken {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Lower case, curly apostrophes straightened, a final possessive `'s` removed (`toPossessiveFreeKey`). */
  readonly norm: string;
}

/**
 * The words of a text with offsets: runs of letters and digits with inner apostrophes (don’t, Assad’s);
 * hyphens split words (40-year-old → 40, year, old); punctuation and whitespace are dropped.
 */
export function splitWords(text: string): WordToken[] {
  return rememberedWords(text);
}

/**
 * `splitWords` read once per text: the detectors and the comparison across the story split the same
 * sentences again for every fact and every pair of facts they weigh.
 */
const rememberedWords = rememberSentenceFacts((text: string): WordToken[] =>
  tokenizeWords(text, 'alphanumeric').map((token) => ({
    text: token.text,
    start: token.start,
    end: token.end,
    norm: toPossessiveFreeKey(token.text),
  })),
  STORY_TEXTS_MEMO_LIMIT,
);

/** Whether a word key is one of the detectors' stop words (`COMPACT_STOP_WORDS`). */
export function isCompactStopWord(norm: string): boolean {
  return COMPACT_STOP_WORDS.has(norm);
}

function isContent(token: WordToken): boolean {
  return !isCompactStopWord(token.norm) && !/^\d/.test(token.norm);
}

/** Stems of the content words (not stop words, not starting with a digit) of a text, in text order. */
export function contentStems(text: string): string[] {
  return splitWords(text)
    .filter(isContent)
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
  const tokens = splitWords(text);
  const before = tokens.filter((token) => token.end <= start).slice(-radius);
  const after = tokens.filter((token) => token.start >= end).slice(0, radius);
  return new Set(
    [...before, ...after]
      .filter(isContent)
      .map((token) => stemWord(token.norm))
      .filter((stem) => !ignore.has(stem)),
  );
}
