import { stemmer } from 'stemmer';

/**
 * Adapter around the `stemmer` package (Porter 1980), so the stemmer can be swapped in one place.
 * Stemming lets "captured" meet "capture" and "rebels" meet "rebel" without a dictionary.
 */
export function stemWord(word: string): string {
  return stemmer(word);
}
