/**
 * The top of a report as evidence. News reports are written as an inverted pyramid: the headline (and
 * standfirst) sums up the main claim and the lead, the first body sentence, states it in full, before
 * any detail (Pöttker 2003, "News and its communicative quality: the inverted pyramid"). Two reports of
 * one story therefore usually open with the same claim, in wordings a paraphrase model scores low: a
 * telegraphic headline ("Council Names New Police Chief") against a long lead, or two leads that add
 * different details. A cross-report pair of units that both come from the tops of their reports
 * gets a log-odds bonus: the two report starts are aligned, as an anchored diagonal neighbour is in
 * `report-order.ts`. The bonus is not fitted by the model (MSRP has no document structure); its size was
 * chosen on news-dev (`AlignSettings.topBonus`).
 */
import type { ClaimUnit, SegmentedStory } from '../../types.ts';
import type { SupportRule } from './support-context.ts';

/**
 * For each unit, whether it is at the top of its report: a unit of a headline or standfirst sentence,
 * or of the report's first body sentence.
 */
export function findReportTops(story: SegmentedStory, units: readonly ClaimUnit[]): boolean[] {
  const top = new Set<string>();
  for (const report of story.reports) {
    for (const sentence of report.sentences) {
      if (sentence.kind === 'headline' || sentence.kind === 'standfirst') top.add(sentence.id);
    }
    const lead = report.sentences.find((sentence) => sentence.kind === 'body');
    if (lead !== undefined) top.add(lead.id);
  }
  return units.map((unit) => top.has(unit.sentence));
}

/** The report-top support rule: `topBonus` for a cross-report pair of units that both come from the tops of their reports. */
export const reportTopRule: SupportRule = {
  name: 'top',
  apply: ({ story, units, pairs, settings }) => {
    const tops = findReportTops(story, units);
    return pairs.map((pair) => (pair.reportA !== pair.reportB && tops[pair.a] === true && tops[pair.b] === true ? settings.topBonus : 0));
  },
};
