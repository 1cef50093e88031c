/**
 * Tells whether two spellings of a name token are the same name written differently: transliteration
 * variants (Golani/Jolani, Mohammed/Mohammad, Qassem/Kassem) are one edit apart on words of five letters
 * or more, or two substitutions of interchangeable letters apart on words of seven or more. Pairs where one word extends the other
 * (Syria/Syrian, Muslim/Muslims) are different words, not spellings. Thresholds follow the usual
 * edit-distance practice for name matching (e.g. Navarro 2001, "A guided tour to approximate string
 * matching"). The five-letter floor for one edit is measured on news-dev (`npm run eval:news --
 * --discrepancies`): it finds seven true spelling variants there; a four-letter floor adds two false ones
 * and a six-letter floor loses a true one (docs/hama-only-rules.md).
 */

/** Lower case without diacritics or apostrophes: "Ḥasan’s" → "hasans". */
export function foldName(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’`]/g, '');
}

/** Levenshtein distance between two strings. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * Letters that transliterations of one name swap for each other: vowels (Muhammad/Mohammed) and a few
 * consonants that render one sound (Qaddafi/Kaddafi/Gaddafi, Jolani/Golani, Hussain/Husayn).
 */
const INTERCHANGEABLE = ['aeiouy', 'kqcg', 'jgy', 'szc', 'dt', 'vwf'];

function interchangeable(x: string, y: string): boolean {
  return INTERCHANGEABLE.some((letters) => letters.includes(x) && letters.includes(y));
}

/**
 * Number of positions at which two equal-length strings differ, or Infinity when a swap is not one that
 * transliterations make ("Medicine"/"Medicare" swap n for r: two English words, not two spellings).
 */
function substitutions(a: string, b: string): number {
  let count = 0;
  for (let index = 0; index < a.length; index += 1) {
    const x = a[index] ?? '';
    const y = b[index] ?? '';
    if (x === y) continue;
    if (!interchangeable(x, y)) return Infinity;
    count += 1;
  }
  return count;
}

/** Whether two name tokens are the same word or spelling variants of one name. */
export function isSpellingOf(a: string, b: string): boolean {
  const x = foldName(a);
  const y = foldName(b);
  if (x === y) return true;
  if (x.startsWith(y) || y.startsWith(x)) return false;
  const longest = Math.max(x.length, y.length);
  if (longest >= 5 && editDistance(x, y) === 1) return true;
  return x.length === y.length && longest >= 7 && substitutions(x, y) === 2;
}

/**
 * Looser test for the given names of a multi-word name whose family names already match: one edit apart
 * with the same first letter is enough even on short words (Ana/Anna, Jon/John), since the full name
 * rules out the Iran/Iraq kind of accident.
 */
export function isGivenNameSpellingOf(a: string, b: string): boolean {
  if (isSpellingOf(a, b)) return true;
  const x = foldName(a);
  const y = foldName(b);
  return Math.min(x.length, y.length) >= 3 && x[0] === y[0] && editDistance(x, y) === 1;
}
