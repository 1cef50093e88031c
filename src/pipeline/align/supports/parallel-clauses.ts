/**
 * Parallel structure as evidence. Two reports often carry one compound sentence in two wordings, clause
 * by clause ("Russia has been focused on Ukraine, and Hezbollah's leaders were killed by Israel" against
 * "Russia is distracted with Ukraine, while Hezbollah is still reeling from Israel's campaign"). Each
 * clause pair alone may share little more than its names, which a paraphrase model scores low; but when
 * both clause pairs of the two sentences are each other's best match across the two reports, the
 * sentence-level correspondence supports each clause pair, as an anchored diagonal neighbour does in
 * `report-order.ts` (there: neighbouring sentences; here: sibling clauses). Sentence alignment that
 * reads structure beyond one pair goes back to Gale & Church (1993); here it is one fixed bonus, not fitted
 * (`AlignSettings.parallelBonus`).
 */
import type { TextProfile } from '../profile/text-profile.ts';
import { bonusCrossReportPairs, type SupportRule } from './support-context.ts';

/** A scored cross-report unit pair. */
export interface ParallelPair {
  readonly a: number;
  readonly b: number;
  /** Log-odds from the pair model. */
  readonly logit: number;
}

/** Keys of the name words of a profile. */
function nameKeys(profile: TextProfile): Set<string> {
  return new Set(profile.content.filter((word) => word.isName).map((word) => word.word.key));
}

/**
 * For each pair (same order as given; all cross-report), whether it is supported by parallel structure:
 * its two units are clauses of sentences that each split into two or more units; the two are each
 * other's best-scored unit in the other's report; they share a name; and another pair of the same two
 * sentences, with other units on both sides, meets the same three conditions. `sentenceOf[i]` is unit
 * i's sentence, `groupOf[i]` its report, `profiles[i]` its profile.
 */
export function findParallelSupport(
  pairs: readonly ParallelPair[],
  groupOf: readonly number[],
  sentenceOf: readonly string[],
  profiles: readonly TextProfile[],
): boolean[] {
  const unitsOfSentence = new Map<string, number>();
  for (const sentence of sentenceOf) unitsOfSentence.set(sentence, (unitsOfSentence.get(sentence) ?? 0) + 1);
  // Best logit of each unit against each other report.
  const best = new Map<string, number>();
  const keyOf = (unit: number, report: number): string => `${unit}:${report}`;
  for (const pair of pairs) {
    for (const [unit, other] of [
      [pair.a, pair.b],
      [pair.b, pair.a],
    ] as const) {
      const key = keyOf(unit, groupOf[other] ?? 0);
      if (pair.logit > (best.get(key) ?? Number.NEGATIVE_INFINITY)) best.set(key, pair.logit);
    }
  }
  const names = new Map<number, Set<string>>();
  const namesOf = (unit: number): Set<string> => {
    let set = names.get(unit);
    if (set === undefined) {
      const profile = profiles[unit];
      set = profile === undefined ? new Set() : nameKeys(profile);
      names.set(unit, set);
    }
    return set;
  };
  const qualifies = (pair: ParallelPair): boolean => {
    const sentenceA = sentenceOf[pair.a] ?? '';
    const sentenceB = sentenceOf[pair.b] ?? '';
    if ((unitsOfSentence.get(sentenceA) ?? 0) < 2 || (unitsOfSentence.get(sentenceB) ?? 0) < 2) return false;
    if (pair.logit === Number.NEGATIVE_INFINITY) return false;
    if (pair.logit < (best.get(keyOf(pair.a, groupOf[pair.b] ?? 0)) ?? Number.NEGATIVE_INFINITY)) return false;
    if (pair.logit < (best.get(keyOf(pair.b, groupOf[pair.a] ?? 0)) ?? Number.NEGATIVE_INFINITY)) return false;
    const namesB = namesOf(pair.b);
    return [...namesOf(pair.a)].some((name) => namesB.has(name));
  };
  // Qualifying pairs by their sentence pair.
  const bySentences = new Map<string, ParallelPair[]>();
  const qualified = pairs.map((pair) => {
    if (!qualifies(pair)) return false;
    const key = `${sentenceOf[pair.a]}|${sentenceOf[pair.b]}`;
    bySentences.set(key, [...(bySentences.get(key) ?? []), pair]);
    return true;
  });
  return pairs.map((pair, index) => {
    if (qualified[index] !== true) return false;
    const siblings = bySentences.get(`${sentenceOf[pair.a]}|${sentenceOf[pair.b]}`) ?? [];
    return siblings.some((other) => other.a !== pair.a && other.b !== pair.b);
  });
}

/** The parallel-structure support rule: `parallelBonus` for a cross-report clause pair backed by a parallel sibling pair. */
export const parallelClausesRule: SupportRule = {
  name: 'parallel',
  apply: ({ pairs, groupOf, units, profiles, settings }) =>
    bonusCrossReportPairs(pairs, settings.parallelBonus, (crossReport) =>
      findParallelSupport(
        crossReport,
        groupOf,
        units.map((unit) => unit.sentence),
        profiles,
      ),
    ),
};
