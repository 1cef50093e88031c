/**
 * The aligner's support rules as one ordered list of named rules with one signature, in the manner of
 * parse-latin's plugin lists: each rule reads the model's own scores of a story's candidate pairs and
 * says how many log-odds it adds to each (`support-context.ts`); `sumSupportBonuses` adds them up in one
 * loop. A rule never reads another rule's bonus, so the order only fixes the order of the sum.
 */
import { reportOrderRule } from './report-order.ts';
import { triangleRule } from './triangle-support.ts';
import { reportTopRule } from './report-top.ts';
import { quoteAnchorRule } from './quote-anchor.ts';
import { rareAnchorRule } from './rare-anchors.ts';
import { headlineLeadRule } from './headline-lead.ts';
import type { SupportContext, SupportRule } from './support-context.ts';

/** The support rules in the order their bonuses are summed. */
export const SUPPORT_RULES: readonly SupportRule[] = [reportOrderRule, triangleRule, reportTopRule, quoteAnchorRule, rareAnchorRule, headlineLeadRule];

/**
 * Sums, for each pair of `context.pairs`, the bonuses of the rules switched on in
 * `context.settings.supports`, in list order.
 */
export function sumSupportBonuses(context: SupportContext): number[] {
  const bonuses = SUPPORT_RULES.filter((rule) => context.settings.supports[rule.name]).map((rule) => rule.apply(context));
  return context.pairs.map((_, index) => {
    let sum = 0;
    for (const ruleBonuses of bonuses) sum += ruleBonuses[index] ?? 0;
    return sum;
  });
}
