/**
 * Tells whether two spellings of a name token are the same name written differently: transliteration
 * variants (Golani/Jolani, Mohammed/Mohammad, Qassem/Kassem) are one edit apart on words of five letters
 * or more, or two substitutions of interchangeable letters apart on words of seven or more. Pairs where one word extends the other
 * (Syria/Syrian, Muslim/Muslims) are different words, not spellings. Thresholds follow the usual
 * edit-distance practice for name matching (e.g. Navarro 2001, "A guided tour to approximate string
 * matching"), tuned on the observed variants above.
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

/**
 * Whether two different strings are exactly one edit (substitution, insertion or deletion) apart: the
 * same answer as `editDistance(x, y) === 1`, in one pass instead of a table.
 */
export function isOneEditApart(x: string, y: string): boolean {
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (long.length - short.length > 1) return false;
  let head = 0;
  while (head < short.length && short[head] === long[head]) head += 1;
  if (short.length === long.length) return head < short.length && short.slice(head + 1) === long.slice(head + 1);
  return short.slice(head) === long.slice(head + 1);
}

/** `isSpellingOf` on words already folded with `foldName`. */
export function isFoldedSpellingOf(x: string, y: string): boolean {
  if (x === y) return true;
  if (x.startsWith(y) || y.startsWith(x)) return false;
  const longest = Math.max(x.length, y.length);
  if (longest >= 5 && isOneEditApart(x, y)) return true;
  return x.length === y.length && longest >= 7 && substitutions(x, y) === 2;
}

/** Whether two name tokens are the same word or spelling variants of one name. */
export function isSpellingOf(a: string, b: string): boolean {
  return isFoldedSpellingOf(foldName(a), foldName(b));
}

/** `isGivenNameSpellingOf` on words already folded with `foldName`. */
export function isFoldedGivenNameSpellingOf(x: string, y: string): boolean {
  if (isFoldedSpellingOf(x, y)) return true;
  return Math.min(x.length, y.length) >= 3 && x[0] === y[0] && isOneEditApart(x, y);
}

/**
 * Looser test for the given names of a multi-word name whose family names already match: one edit apart
 * with the same first letter is enough even on short words (Ana/Anna, Jon/John), since the full name
 * rules out the Iran/Iraq kind of accident.
 */
export function isGivenNameSpellingOf(a: string, b: string): boolean {
  return isFoldedGivenNameSpellingOf(foldName(a), foldName(b));
}

/**
 * Lookup keys of a folded word such that any two words `isFoldedSpellingOf` each other share at least
 * one key: the word itself, the word with one letter deleted (one edit apart, words of four letters or
 * more) and the word with two letters blanked in place (two substitutions, words of seven or more).
 * Lets a story's names be matched through a table instead of each against every other.
 */
export function spellingKeys(x: string): string[] {
  const keys = [x];
  if (x.length >= 4) for (let i = 0; i < x.length; i += 1) keys.push(x.slice(0, i) + x.slice(i + 1));
  if (x.length >= 7) {
    for (let i = 0; i < x.length; i += 1) {
      for (let j = i + 1; j < x.length; j += 1) keys.push(`${x.slice(0, i)}\u0000${x.slice(i + 1, j)}\u0000${x.slice(j + 1)}`);
    }
  }
  return keys;
}

/** Folded words collected one by one, and which of them are spellings of a given word. */
export class SpellingIndex {
  readonly #byKey = new Map<string, Set<string>>();

  /** Adds a folded word (adding it again changes nothing). */
  add(x: string): void {
    for (const key of spellingKeys(x)) {
      const words = this.#byKey.get(key);
      if (words === undefined) this.#byKey.set(key, new Set([x]));
      else words.add(x);
    }
  }

  /** Every added word `y` with `isFoldedSpellingOf(x, y)`, `x` itself included when it was added. */
  spellingsOf(x: string): Set<string> {
    const found = new Set<string>();
    for (const key of spellingKeys(x)) {
      for (const y of this.#byKey.get(key) ?? []) if (!found.has(y) && isFoldedSpellingOf(x, y)) found.add(y);
    }
    return found;
  }
}
