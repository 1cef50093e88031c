/**
 * Inverse document frequency over a collection of texts: words that many texts share ("Hama" in a story
 * about Hama) say little about which texts state the same claim; rare words say a lot.
 */

/** Word weights for one collection. */
export interface IdfTable {
  readonly documents: number;
  /** Weight of a word key; unseen keys get the weight of a word seen once. */
  weight(key: string): number;
  /** The largest weight any key can get in this collection (the weight of a word seen once). */
  readonly maxWeight: number;
  /** How many documents contain the key. */
  documentFrequency(key: string): number;
}

/**
 * Builds IDF weights with the smoothed form `ln((N + 1) / (df + 1)) + 1` (as in scikit-learn's
 * `smooth_idf`), which stays positive so that even a word every text shares still counts a little.
 * Each document is the list of word keys of one text; repeats inside a document count once.
 */
export function buildIdf(documents: readonly (readonly string[])[]): IdfTable {
  const frequencies = new Map<string, number>();
  for (const keys of documents) {
    for (const key of new Set(keys)) frequencies.set(key, (frequencies.get(key) ?? 0) + 1);
  }
  const n = documents.length;
  const idf = (df: number): number => Math.log((n + 1) / (df + 1)) + 1;
  const maxWeight = idf(1);
  return {
    documents: n,
    maxWeight,
    weight: (key) => idf(Math.max(1, frequencies.get(key) ?? 0)),
    documentFrequency: (key) => frequencies.get(key) ?? 0,
  };
}
