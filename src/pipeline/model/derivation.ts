/**
 * What the provenance analysis adds to a story: for every ordered pair of comparable reports, how much of
 * one report's material the other carries, in what order and in what words, and the graded verdict drawn
 * from those figures.
 */
import { z } from 'zod';
import type { DeepReadonly } from './deep-readonly.ts';
import { claimIdSchema, sourceIdSchema } from './ids.ts';
import { countSchema } from './report.ts';

/**
 * How likely it is that one report is built on the same underlying copy as another. The three grades
 * follow the METER corpus of news text reuse (Gaizauskas, Clough et al. 2001), which labels newspaper
 * stories wholly derived, partially derived or non-derived from agency copy.
 * - `same-copy`: likely the same underlying copy (a rewrite or a reuse of it), however reworded.
 * - `shares-material`: some passages likely come from a common copy; the rest is the report's own.
 * - `independent`: no sign of shared copy beyond the facts any two reports of the event share.
 */
export const DERIVATION_VERDICTS = ['same-copy', 'shares-material', 'independent'] as const;
export const derivationVerdictSchema = z.enum(DERIVATION_VERDICTS);
export type DerivationVerdict = z.output<typeof derivationVerdictSchema>;

/** A share or a chance: a number from 0 to 1. */
export const shareSchema = z.number().min(0).max(1);

/** The figures of one ordered pair: how much of `source`'s material `carrier` carries. */
export const derivationPairSchema = z.object({
  /** The report whose claims are looked for. */
  source: sourceIdSchema,
  /** The report they are looked for in. */
  carrier: sourceIdSchema,
  /** Claims that `source` carries. */
  claims: countSchema,
  /** Of those, claims that `carrier` carries too. Symmetric: the same in both directions of a pair. */
  shared: countSchema,
  /** `shared / claims`: the share of `source`'s claims that `carrier` carries (0 when `claims` is 0). */
  coverage: shareSchema,
  /** The most shared claims that both reports tell in the same order (longest common subsequence). */
  inOrder: countSchema,
  /** `inOrder / shared` (0 when nothing is shared). */
  orderAgreement: shareSchema,
  /**
   * Upper bound on the chance that two unrelated orderings of the shared claims would keep `inOrder`
   * of them in the same order (1 when it says nothing). Small means the common order is unlikely to be
   * a coincidence.
   */
  orderChance: shareSchema,
  /**
   * Mean share of words that the aligned wordings of a shared claim have in common, in order, leaving
   * out words inside quotation marks. Absent when no shared claim had words to compare.
   */
  wording: shareSchema.optional(),
  /** Shared claims whose wording was compared (those with words outside quotation marks). */
  wordingClaims: countSchema,
  /** Shared claims whose wording is near-verbatim (see `DERIVATION_THRESHOLDS.verbatimWording`). */
  verbatimClaims: countSchema,
  /** The shared claims, in `source`'s order. */
  sharedClaims: z.array(claimIdSchema),
  verdict: derivationVerdictSchema,
  /** One plain-language line that gives the verdict with the figures behind it. */
  explanation: z.string(),
});
export type DerivationPair = DeepReadonly<z.output<typeof derivationPairSchema>>;

/** The provenance analysis of a story: every ordered pair of comparable reports. */
export const derivationSchema = z.object({
  /** Reports taking part, in story order (no duplicates, none without body sentences). */
  reports: z.array(sourceIdSchema),
  /** One entry per ordered pair, `source` in story order, then `carrier` in story order. */
  pairs: z.array(derivationPairSchema),
});
export type Derivation = DeepReadonly<z.output<typeof derivationSchema>>;
