/**
 * The graded verdict of one ordered pair, drawn from its measured figures by documented thresholds.
 *
 * What "likely the same underlying copy" requires, and why:
 * - A rewrite keeps the facts and their sequence and changes the words, so word overlap cannot be
 *   required: the main evidence is that the carrier tells the source's claims in the source's order.
 * - Reports of one event written apart share its core facts, often in the event's own order (lede
 *   first), so a few shared claims in order prove nothing. The order counts as evidence only when a
 *   random ordering would rarely keep that many shared claims in order (`maxOrderChance`); with every
 *   shared claim in order this needs at least 5 of them (1/5! < 1 %, 1/4! > 1 %).
 * - Lifting passages word for word is the other kind of evidence (the signal of the METER text-reuse
 *   studies of agency copy), counted only for claims whose words outside quotations are
 *   near-verbatim, and only when there are at least two such claims.
 * - Either kind of evidence says the two reports share material. It says they are the same copy when
 *   the carrier also carries most of the source's claims (`minCoverage`); otherwise the source's copy
 *   was at most drawn on.
 */
import type { DerivationVerdict } from '../model/derivation.ts';
import { DEFAULT_SETTINGS, type ProvenanceSettings } from '../settings.ts';

/**
 * The default thresholds of the verdict (`ProvenanceSettings`, where each is explained): what the site's
 * provenance page and `comparison.json` state, since both always use the defaults.
 */
export const DERIVATION_THRESHOLDS: ProvenanceSettings = DEFAULT_SETTINGS.provenance;

/** The figures the verdict reads. */
export interface VerdictFigures {
  readonly coverage: number;
  readonly orderChance: number;
  readonly verbatimClaims: number;
}

/** Whether the shared claims' common order is unlikely to be a coincidence (`maxOrderChance`). */
export function hasOrderEvidence(figures: VerdictFigures, thresholds: ProvenanceSettings = DERIVATION_THRESHOLDS): boolean {
  return figures.orderChance <= thresholds.maxOrderChance;
}

/** Whether enough shared claims are worded near-verbatim to point at a shared passage (`minVerbatimClaims`). */
export function hasWordingEvidence(figures: VerdictFigures, thresholds: ProvenanceSettings = DERIVATION_THRESHOLDS): boolean {
  return figures.verbatimClaims >= thresholds.minVerbatimClaims;
}

/**
 * Grades an ordered pair: `same-copy` when there is evidence of a common copy (order or near-verbatim
 * wording) and the carrier carries most of the source's claims; `shares-material` with the evidence
 * but less coverage; `independent` without evidence.
 */
export function judgePair(figures: VerdictFigures, thresholds: ProvenanceSettings = DERIVATION_THRESHOLDS): DerivationVerdict {
  if (!hasOrderEvidence(figures, thresholds) && !hasWordingEvidence(figures, thresholds)) return 'independent';
  return figures.coverage >= thresholds.minCoverage ? 'same-copy' : 'shares-material';
}
