/**
 * The normalisations the stages apply to a word before comparing it, each with its own name because each
 * does a different job. Reports of one story write the same word with curly or straight apostrophes, with
 * or without accents, with or without a possessive, so exact comparison alone misses most matches.
 */

/** Lower case with curly apostrophes straightened (`Assad’s` → `assad's`): a token's look-up key. */
export function toWordKey(word: string): string {
  return word.toLowerCase().replace(/’/g, "'");
}

/**
 * Lower case with accents and curly apostrophes folded (`Qaédа`/`qaeda`, `’`/`'`): compatibility
 * decomposition (NFKD) then every combining mark dropped, so transliterations with and without
 * diacritics meet. The aligner's word form.
 */
export function foldWordKey(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}/gu, '').replace(/’/g, "'").toLowerCase();
}

/** A word key without its final possessive `'s` (`assad's` → `assad`); expects a key from `toWordKey`. */
export function dropPossessive(key: string): string {
  return key.replace(/'s$/, '');
}

/**
 * Lower case, apostrophes straightened and a final possessive `'s` dropped, so `Assad’s` and `assad`
 * compare equal: the detectors' word form (they keep accents, unlike `foldWordKey`; a candidate for
 * unification with it).
 */
export function toPossessiveFreeKey(word: string): string {
  return dropPossessive(toWordKey(word));
}

/**
 * A name word reduced to its letters: canonical decomposition (NFD) with combining marks dropped, lower
 * case, and every apostrophe or backtick removed (`Ḥasan’s` → `hasans`), so transliterations of one name
 * can be compared letter by letter.
 */
export function foldName(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’`]/g, '');
}
