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

/** The thresholds of the verdict; each is explained where it is set. */
export const DERIVATION_THRESHOLDS = {
  /** "Most of the source's claims": more carried than left out. */
  minCoverage: 0.5,
  /**
   * Largest chance (upper bound) of the common order arising between unrelated orderings for the order
   * to count as evidence: the conventional 1 % significance level, chosen over 5 % because reports of
   * one event tend to share an order anyway (a weaker null than pure chance), and because calling a
   * report a copy of another is a serious statement.
   */
  maxOrderChance: 0.01,
  /**
   * Least wording similarity (outside quotations) for a shared claim to count as near-verbatim: four
   * words in five kept in order. Python's difflib calls 0.6 a "close match"; we ask for more because
   * reports of one event share names, numbers and function words when written apart, and even a
   * rewrite does: in Hama, 001 rewords every sentence of 000 yet keeps over 40 % of its words on average.
   */
  verbatimWording: 0.8,
  /** Near-verbatim shared claims needed: one can be a stock formula (a lede), two are a shared passage. */
  minVerbatimClaims: 2,
} as const;

/** The figures the verdict reads. */
export interface VerdictFigures {
  readonly coverage: number;
  readonly orderChance: number;
  readonly verbatimClaims: number;
}

/** Whether the shared claims' common order is unlikely to be a coincidence. */
export function hasOrderEvidence(figures: VerdictFigures): boolean {
  return figures.orderChance <= DERIVATION_THRESHOLDS.maxOrderChance;
}

/** Whether enough shared claims are worded near-verbatim to point at a shared passage. */
export function hasWordingEvidence(figures: VerdictFigures): boolean {
  return figures.verbatimClaims >= DERIVATION_THRESHOLDS.minVerbatimClaims;
}

/**
 * Grades an ordered pair: `same-copy` when there is evidence of a common copy (order or near-verbatim
 * wording) and the carrier carries most of the source's claims; `shares-material` with the evidence
 * but less coverage; `independent` without evidence.
 */
export function judgePair(figures: VerdictFigures): DerivationVerdict {
  if (!hasOrderEvidence(figures) && !hasWordingEvidence(figures)) return 'independent';
  return figures.coverage >= DERIVATION_THRESHOLDS.minCoverage ? 'same-copy' : 'shares-material';
}
