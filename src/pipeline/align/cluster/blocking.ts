/**
 * Candidate generation: which unit pairs are worth scoring at all. Comparing every pair grows with the
 * square of the story; instead units are indexed under their informative keys (word stems, WordNet senses,
 * numbers) and only units that share keys are compared, as in record-linkage blocking (Christen 2012,
 * "Data Matching", ch. 4). Two caps keep the cost near-linear when keys are common or reports repeat each
 * other: a unit looks at most `window` postings on each side of itself in a key's posting list (the
 * sorted-neighbourhood method of Hernández & Stolfo 1995), and keeps its `maxCandidates` best-sharing
 * partners. The caps' defaults and reasons are in `AlignSettings.blocking`.
 */
import { DEFAULT_SETTINGS } from '../../settings.ts';

/** What blocking needs to know about one unit. */
export interface BlockingEntry {
  /** The unit's report (its index in the story); pairs inside one report are flagged, not dropped. */
  readonly group: number;
  /** Distinct keys of the unit. */
  readonly keys: readonly string[];
}

/** Settings for `findCandidatePairs`; every field may be left out. */
export interface BlockingOptions {
  /** Postings looked at on each side of the unit itself in one key's list. Default `DEFAULT_SETTINGS.align.blocking.window`. */
  readonly window?: number | undefined;
  /** Best partners kept per unit. Default `DEFAULT_SETTINGS.align.blocking.maxCandidates`. */
  readonly maxCandidates?: number | undefined;
  /** Whether to also return pairs of units of the same group. Default false. */
  readonly includeSameGroup?: boolean | undefined;
}

/** A pair of unit indices, `a < b`. */
export interface CandidatePair {
  readonly a: number;
  readonly b: number;
}

/**
 * Pairs of units that share informative keys, each pair once, sorted by `a` then `b`. Shared keys are
 * weighted by IDF over the units, so a pair sharing "Jazeera" ranks above one sharing only "rebels".
 */
export function findCandidatePairs(entries: readonly BlockingEntry[], options?: BlockingOptions): CandidatePair[] {
  const window = options?.window ?? DEFAULT_SETTINGS.align.blocking.window;
  const maxCandidates = options?.maxCandidates ?? DEFAULT_SETTINGS.align.blocking.maxCandidates;
  const includeSameGroup = options?.includeSameGroup ?? false;
  const n = entries.length;

  // Posting lists: for each key, the units that have it, in unit order; plus each unit's place in each list.
  const postings = new Map<string, number[]>();
  entries.forEach((entry, unit) => {
    for (const key of entry.keys) {
      let list = postings.get(key);
      if (list === undefined) {
        list = [];
        postings.set(key, list);
      }
      list.push(unit);
    }
  });
  const weightOf = new Map<string, number>();
  for (const [key, list] of postings) weightOf.set(key, Math.log(1 + n / list.length));

  const scores = new Float64Array(n);
  const touched: number[] = [];
  const kept = new Set<number>();
  const pairs: CandidatePair[] = [];
  const keep = (a: number, b: number): void => {
    const [low, high] = a < b ? [a, b] : [b, a];
    const code = low * n + high;
    if (kept.has(code)) return;
    kept.add(code);
    pairs.push({ a: low, b: high });
  };

  entries.forEach((entry, unit) => {
    for (const key of entry.keys) {
      const list = postings.get(key);
      const weight = weightOf.get(key) ?? 0;
      if (list === undefined || list.length < 2) continue;
      const at = lowerBound(list, unit);
      const from = Math.max(0, at - window);
      const to = Math.min(list.length, at + window + 1);
      for (let p = from; p < to; p += 1) {
        const other = list[p] ?? unit;
        if (other === unit) continue;
        if (!includeSameGroup && entries[other]?.group === entry.group) continue;
        if (scores[other] === 0) touched.push(other);
        scores[other] = (scores[other] ?? 0) + weight;
      }
    }
    touched.sort((x, y) => (scores[y] ?? 0) - (scores[x] ?? 0) || x - y);
    for (const other of touched.slice(0, maxCandidates)) keep(unit, other);
    for (const other of touched) scores[other] = 0;
    touched.length = 0;
  });
  return pairs.sort((x, y) => x.a - y.a || x.b - y.b);
}

/** Index of the first element of a sorted list that is ≥ `value`. */
function lowerBound(list: readonly number[], value: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((list[mid] ?? 0) < value) low = mid + 1;
    else high = mid;
  }
  return low;
}
