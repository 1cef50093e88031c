/**
 * Stemming: the one adapter around the `stemmer` package (Porter 1980, "An algorithm for suffix
 * stripping"), so the stemmer can be swapped in one place, and the cruder prefix stem the block
 * classifier uses before any language is known.
 */
import { stemmer } from 'stemmer';
import { rememberBounded } from './sentence-memo.ts';

/**
 * Porter stem of a word, lower-cased first, so that inflections meet without a dictionary
 * ("captured"/"capture", "rebels"/"rebel", "civilians"/"civilian").
 */
export function stemWord(word: string): string {
  return rememberedStem(word);
}

/**
 * Words whose stems are remembered before the memo starts again: every stage stems the same words, sentence
 * after sentence (Porter's rules are a chain of suffix tests); a story has a few thousand different words,
 * a long build's archive many more, so the memo is bounded.
 */
const STEM_MEMO_LIMIT = 100_000;
const rememberedStem = rememberBounded((word: string) => stemmer(word.toLowerCase()), STEM_MEMO_LIMIT);

/** Words shorter than this carry no prefix stem: short function words would meet everything. */
const PREFIX_STEM_MIN_LETTERS = 4;
/** Letters kept by a prefix stem: enough for "strategic"/"strategically" to meet. */
const PREFIX_STEM_LETTERS = 5;

/**
 * The first five letters of a word of four or more letters, else undefined: a language-blind stem that
 * lets inflections meet ("strategic", "strategically") when comparing a heading with the text below it.
 */
export function prefixStem(word: string): string | undefined {
  // Letters are counted as code points (an astral letter is one letter), but cut as UTF-16 units.
  return [...word].length >= PREFIX_STEM_MIN_LETTERS ? word.slice(0, PREFIX_STEM_LETTERS) : undefined;
}
