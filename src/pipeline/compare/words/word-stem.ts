/**
 * Adapter over the `stemmer` package (Porter stemmer), so the rest of the compare stage never imports it
 * and it can be swapped for another stemmer in one place.
 */
import { stemmer } from 'stemmer';

/** Porter stem of one word, lower-cased first, so that inflections (civilian/civilians, kill/killing) compare equal. */
export function stemWord(word: string): string {
  return stemmer(word.toLowerCase());
}
