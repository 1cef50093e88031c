/**
 * Bounded memos. The facts of a sentence read once: the detectors, the checks that a report states two values,
 * and the comparison across the story each read the same sentences (their quantities, time expressions, words
 * and attributions); and a word's stem or WordNet senses, asked for again and again. Each memo is cleared when it
 * holds its limit of keys, so that a long build does not keep every sentence or word of the archive.
 */

/**
 * Texts a memo of one story's texts holds: the words and attributions of a story's sentences and units are
 * read again and again within the story, rarely across stories. The stories of `npm run bench:site -- --sizes
 * 100 --reports 5-10 --source news` split 53 to 476 different texts each (median 182); four times the largest
 * keeps a memo's size (its word lists) small and its reuse within the story it serves; a larger bound (20,000, the
 * quantities' and time expressions' until 30 November) let the benchmark's stories, recombined from the same
 * reports, reuse each other's sentences, which a real archive seldom does.
 */
export const STORY_TEXTS_MEMO_LIMIT = 2_000;

/**
 * `read` remembered by its argument, for up to `limit` arguments at a time (the memo starts again when it is
 * full). For values nobody changes: the same value is handed to every caller.
 */
export function rememberBounded<K, V>(read: (key: K) => V, limit: number): (key: K) => V {
  const memo = new Map<K, V>();
  return (key) => {
    let value = memo.get(key);
    if (value === undefined && !memo.has(key)) {
      value = read(key);
      if (memo.size >= limit) memo.clear();
      memo.set(key, value);
    }
    return value as V;
  };
}

/**
 * `read` remembered by text, for up to `limit` texts at a time (`rememberBounded`). Each call returns a fresh
 * copy of the remembered list, so a caller that sorts or splices what it gets never changes what the next
 * caller sees.
 */
export function rememberSentenceFacts<T>(read: (text: string) => T[], limit: number = STORY_TEXTS_MEMO_LIMIT): (text: string) => T[] {
  const remembered = rememberBounded<string, readonly T[]>(read, limit);
  return (text) => [...remembered(text)];
}
