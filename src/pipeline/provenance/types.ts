/**
 * Data of the provenance analysis: for every ordered pair of comparable reports, how much of one
 * report's material the other carries, in what order and in what words, and the graded verdict
 * drawn from those figures. Plain serialisable values, like every pipeline type.
 */
import type { ClaimId, SourceId } from '../types.ts';

/**
 * How likely it is that one report is built on the same underlying copy as another. The three grades
 * follow the METER corpus of news text reuse (Gaizauskas, Clough et al. 2001), which labels newspaper
 * stories wholly derived, partially derived or non-derived from agency copy.
 * - `same-copy`: likely the same underlying copy (a rewrite or a reuse of it), however reworded.
 * - `shares-material`: some passages likely come from a common copy; the rest is the report's own.
 * - `independent`: no sign of shared copy beyond the facts any two reports of the event share.
 */
export const DERIVATION_VERDICTS = ['same-copy', 'shares-material', 'independent'] as const;
export type DerivationVerdict = (typeof DERIVATION_VERDICTS)[number];

/** The figures of one ordered pair: how much of `source`'s material `carrier` carries. */
export interface DerivationPair {
  /** The report whose claims are looked for. */
  readonly source: SourceId;
  /** The report they are looked for in. */
  readonly carrier: SourceId;
  /** Claims that `source` carries. */
  readonly claims: number;
  /** Of those, claims that `carrier` carries too. Symmetric: the same in both directions of a pair. */
  readonly shared: number;
  /** `shared / claims`: the share of `source`'s claims that `carrier` carries (0 when `claims` is 0). */
  readonly coverage: number;
  /** The most shared claims that both reports tell in the same order (longest common subsequence). */
  readonly inOrder: number;
  /** `inOrder / shared` (0 when nothing is shared). */
  readonly orderAgreement: number;
  /**
   * Upper bound on the chance that two unrelated orderings of the shared claims would keep `inOrder`
   * of them in the same order (1 when it says nothing). Small means the common order is unlikely to be
   * a coincidence.
   */
  readonly orderChance: number;
  /**
   * Mean share of words that the aligned wordings of a shared claim have in common, in order, leaving
   * out words inside quotation marks. Absent when no shared claim had words to compare.
   */
  readonly wording?: number | undefined;
  /** Shared claims whose wording was compared (those with words outside quotation marks). */
  readonly wordingClaims: number;
  /** Shared claims whose wording is near-verbatim (see `DERIVATION_THRESHOLDS.verbatimWording`). */
  readonly verbatimClaims: number;
  /** The shared claims, in `source`'s order. */
  readonly sharedClaims: readonly ClaimId[];
  readonly verdict: DerivationVerdict;
  /** One plain-language line that gives the verdict with the figures behind it. */
  readonly explanation: string;
}

/** The provenance analysis of a story: every ordered pair of comparable reports. */
export interface Derivation {
  /** Reports taking part, in story order (no duplicates, none without body sentences). */
  readonly reports: readonly SourceId[];
  /** One entry per ordered pair, `source` in story order, then `carrier` in story order. */
  readonly pairs: readonly DerivationPair[];
}
