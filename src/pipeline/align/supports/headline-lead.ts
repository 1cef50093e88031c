/**
 * A headline joins the claim its own report's lead states, not every claim that shares its words (issue #15).
 * A headline is its report's telegraphic summary of the main claim, and the lead, the first body sentence,
 * states that claim in full (the inverted pyramid; Pöttker 2003, "News and its communicative quality: the
 * inverted pyramid"). A paraphrase model scores a short headline against another report's sentences on a
 * few topic words, which every sentence of the story shares; the headline's own lead is the better witness.
 * For a cross-report pair of a headline (or standfirst) unit and a unit of another report:
 * - when the headline's own lead is linked to that unit at or above `AlignSettings.triangleAnchor`, the pair
 *   gets `AlignSettings.headlineLeadBonus` log-odds (a triangle closed through the report's own lead, as
 *   `triangle-support.ts` closes one through a third report);
 * - otherwise, unless the unit is a top of its report (a headline, standfirst or lead: `report-top.ts` judges
 *   those pairs), it loses `AlignSettings.headlinePenalty` log-odds: the unit states another claim of the story.
 */
import { findReportTops } from './report-top.ts';
import { logitOf, type SupportRule } from './support-context.ts';

/** The headline-lead rule: support for a headline pair that the headline's own lead confirms, a penalty for one it does not. */
export const headlineLeadRule: SupportRule = {
  name: 'headline',
  apply: ({ story, units, groupOf, pairs, settings }) => {
    const kindOf = new Map(story.reports.flatMap((report) => report.sentences.map((sentence) => [sentence.id, sentence.kind] as const)));
    const isHeadline = units.map((unit) => kindOf.get(unit.sentence) === 'headline' || kindOf.get(unit.sentence) === 'standfirst');
    const isTop = findReportTops(story, units);
    // The lead: the units of a report's first body sentence (its tops that are not headline or standfirst).
    const isLead = isTop.map((top, index) => top && isHeadline[index] !== true);
    const anchor = logitOf(settings.triangleAnchor);
    // For each report, the units of other reports that its lead is linked to.
    const linkedToLead = new Map<number, Set<number>>();
    for (const pair of pairs) {
      if (pair.reportA === pair.reportB || pair.logit < anchor) continue;
      for (const [lead, other, report] of [[pair.a, pair.b, pair.reportA], [pair.b, pair.a, pair.reportB]] as const) {
        if (isLead[lead] !== true) continue;
        const set = linkedToLead.get(report) ?? new Set<number>();
        set.add(other);
        linkedToLead.set(report, set);
      }
    }
    /** The rule's log-odds for a headline unit and a unit of another report, or undefined when it does not apply. */
    const judge = (headline: number, other: number): number | undefined => {
      if (isHeadline[headline] !== true) return undefined;
      if (linkedToLead.get(groupOf[headline] ?? -1)?.has(other) === true) return settings.headlineLeadBonus;
      return isTop[other] === true ? undefined : -settings.headlinePenalty;
    };
    return pairs.map((pair) => (pair.reportA === pair.reportB ? 0 : (judge(pair.a, pair.b) ?? judge(pair.b, pair.a) ?? 0)));
  },
};
