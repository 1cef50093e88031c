/**
 * What the aligner's support rules read and return (`support-rules.ts` lists them): the model's own scores
 * of a story's candidate pairs, and one log-odds bonus per pair.
 */
import type { ClaimUnit, SegmentedStory } from '../../types.ts';
import type { AlignSettings, SupportSwitches } from '../../settings.ts';
import type { TextProfile } from '../profile/text-profile.ts';

/** A candidate unit pair as the model scored it, with where its units sit. */
export interface CandidateScore {
  /** Unit indices, `a < b`. */
  readonly a: number;
  readonly b: number;
  /** Index of each unit's report in the story. */
  readonly reportA: number;
  readonly reportB: number;
  /** Place of each unit among its report's units, 0-based. */
  readonly placeA: number;
  readonly placeB: number;
  /** Log-odds from the pair model; −∞ when a rule vetoes the pair. */
  readonly logit: number;
}

/** What every support rule reads. */
export interface SupportContext {
  readonly story: SegmentedStory;
  readonly units: readonly ClaimUnit[];
  /** Index of each unit's report in the story. */
  readonly groupOf: readonly number[];
  readonly profiles: readonly TextProfile[];
  /** Every scored candidate pair, in and across reports. */
  readonly pairs: readonly CandidateScore[];
  readonly settings: AlignSettings;
}

/** One named support rule; `name` is its switch in `AlignSettings.supports`. */
export interface SupportRule {
  readonly name: keyof SupportSwitches;
  /** Log-odds added to each pair of `context.pairs`, in the same order (0 for none). */
  readonly apply: (context: SupportContext) => readonly number[];
}

/** The log-odds of a probability, kept finite at 0 and 1. */
export function logitOf(probability: number): number {
  const p = Math.min(1 - 1e-12, Math.max(1e-12, probability));
  return Math.log(p / (1 - p));
}

/**
 * Runs a rule that only ever supports cross-report pairs: `decide` sees those pairs alone (same-report
 * pairs are no evidence of agreement between reports) and says which it supports; each gets `bonus`.
 */
export function bonusCrossReportPairs(
  pairs: readonly CandidateScore[],
  bonus: number,
  decide: (crossReport: readonly CandidateScore[]) => readonly boolean[],
): number[] {
  const crossReport = pairs.filter((pair) => pair.reportA !== pair.reportB);
  const supported = new Set<CandidateScore>();
  decide(crossReport).forEach((isSupported, index) => {
    const pair = crossReport[index];
    if (isSupported && pair !== undefined) supported.add(pair);
  });
  return pairs.map((pair) => (supported.has(pair) ? bonus : 0));
}
