/**
 * Report order as evidence. When one report rewrites another it follows it paragraph by paragraph, so a
 * pair of units whose neighbours are strongly aligned (the unit before with the unit before, or after
 * with after) is more likely aligned itself. This is the "context" idea of monolingual sentence
 * alignment (Barzilay & Elhadad 2003, "Sentence alignment for monolingual comparable corpora"), reduced
 * to one diagonal-neighbour bonus (`AlignSettings.orderBonus`).
 */
import { bonusCrossReportPairs, logitOf, type CandidateScore, type SupportRule } from './support-context.ts';

/** A scored unit pair with the units' report and place in that report: the candidate the support rules read. */
export type OrderedPair = CandidateScore;

/**
 * For each pair (same order as given), whether its diagonal neighbour — (placeA − 1, placeB − 1) or
 * (placeA + 1, placeB + 1) in the same two reports — has log-odds at or above `anchorLogit`.
 */
export function findOrderSupport(pairs: readonly OrderedPair[], anchorLogit: number): boolean[] {
  const anchors = new Set<string>();
  for (const pair of pairs) {
    if (pair.logit >= anchorLogit) anchors.add(`${pair.reportA}:${pair.reportB}:${pair.placeA}:${pair.placeB}`);
  }
  return pairs.map(
    (pair) =>
      anchors.has(`${pair.reportA}:${pair.reportB}:${pair.placeA - 1}:${pair.placeB - 1}`) ||
      anchors.has(`${pair.reportA}:${pair.reportB}:${pair.placeA + 1}:${pair.placeB + 1}`),
  );
}

/**
 * The report-order support rule: `orderBonus` for a cross-report pair whose diagonal neighbour is a strong
 * link (at or above `strongCutOff`).
 */
export const reportOrderRule: SupportRule = {
  name: 'order',
  apply: ({ pairs, settings }) =>
    bonusCrossReportPairs(pairs, settings.orderBonus, (crossReport) => findOrderSupport(crossReport, logitOf(settings.strongCutOff))),
};
