/**
 * The facts of a sentence read once: the detectors, the checks that a report states two values, and the
 * comparison across the story each read the same sentences (their quantities, time expressions and words). A memo keyed by the sentence's text, cleared when
 * it holds `SENTENCE_MEMO_LIMIT` texts so that a long build does not keep every sentence of the archive.
 */
const SENTENCE_MEMO_LIMIT = 20_000;

/**
 * `read` remembered by text. Each call returns a fresh copy of the remembered list, so a caller that sorts or
 * splices what it gets never changes what the next caller sees.
 */
export function rememberSentenceFacts<T>(read: (text: string) => T[]): (text: string) => T[] {
  const memo = new Map<string, readonly T[]>();
  return (text) => {
    const cached = memo.get(text);
    if (cached !== undefined) return [...cached];
    const found = read(text);
    if (memo.size >= SENTENCE_MEMO_LIMIT) memo.clear();
    memo.set(text, found);
    return [...found];
  };
}
