import { COVERAGE_KINDS, type CoverageKind, type DiscrepancyKind } from '../pipeline/types.ts';

/**
 * Kinds that are about coverage, not about a difference: `unique` (a claim only one report carries) and
 * `omission` (a claim a report leaves out). The pipeline keeps them out of the discrepancies altogether
 * (`story.coverage`, issue #16); this rule stays so that anything that still carries a kind can ask.
 */
const COVERAGE: ReadonlySet<string> = new Set<string>(COVERAGE_KINDS);

/**
 * Whether a finding is a disagreement: reports give different numbers, dates, speakers, quotation wording
 * or name spellings. The one rule every page uses to decide what counts as "where they differ", what a
 * matrix cell and a report sentence flag, and what a claim page lists.
 */
export function isDisagreement(finding: { readonly kind: DiscrepancyKind | CoverageKind }): boolean {
  return !COVERAGE.has(finding.kind);
}
