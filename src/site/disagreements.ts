import type { DiscrepancyKind } from '../pipeline/types.ts';

/**
 * Kinds of finding that are about coverage, not about a difference: `unique` (a claim only one report
 * carries) and `omission` (a claim a report leaves out). Neither sets two reports' words against each
 * other, so the pages show them in sections of their own ("What only one report says", "Reports that
 * do not carry it") and the full discrepancy list, never as a ⚠ on a sentence or a claim.
 */
const COVERAGE_KINDS: ReadonlySet<DiscrepancyKind> = new Set<DiscrepancyKind>(['unique', 'omission']);

/**
 * Whether a finding is a disagreement: reports that carry the same claim give different numbers,
 * dates, speakers, quotation wording or name spellings. The one rule every page uses to decide what
 * counts as "where they differ", what a matrix cell and a report sentence flag, and what a claim page lists.
 */
export function isDisagreement(finding: { readonly kind: DiscrepancyKind }): boolean {
  return !COVERAGE_KINDS.has(finding.kind);
}
