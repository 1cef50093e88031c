import type { PairVerdict } from '../pipeline/align/index.ts';
import type { SegmentedStory } from '../pipeline/types.ts';
import type { StoryGold } from './coreference-gold.ts';
import { keyOf, labelSentencePair, readSentenceGold } from './pair-labels.ts';
import { reportKeyOf, toScoredStory } from './scored-story.ts';

/**
 * The gold as a pair model: what alignment would reach if the pair model were right about every candidate
 * pair, with blocking, the support rules, the speaker veto and clustering left as they are. It separates
 * what the pair model costs from what the rest of the design costs (`npm run eval:news -- --oracle <mode>`).
 *
 * - `all`: the gold decides every cross-report pair it labels (`labelSentencePair`); the model decides the
 *   pairs it leaves unknown (a vague link) and pairs within one report.
 * - `negatives`: the gold only vetoes the pairs it labels different; the model keeps every other score. This
 *   is a model that never joins wrongly but finds no more than the model does.
 * - `positives`: the gold only lifts the pairs it labels the same claim; the model keeps every other score.
 */
export const ORACLE_MODES = ['all', 'negatives', 'positives'] as const;
export type OracleMode = (typeof ORACLE_MODES)[number];

/** The log-odds the oracle gives a pair it labels the same claim: p ≈ 0.993, above every cut-off. */
export const ORACLE_SAME_LOGIT = 5;
/** The log-odds it gives a pair it labels different: no support bonus lifts it back over a cut-off. */
export const ORACLE_DIFFERENT_LOGIT = -20;

export function isOracleMode(value: string): value is OracleMode {
  return (ORACLE_MODES as readonly string[]).includes(value);
}

/** For a story's gold, the verdict to pass as `PipelineHooks.pairVerdict`. */
export function goldPairVerdict(gold: StoryGold, mode: OracleMode): (story: SegmentedStory) => PairVerdict {
  return (story) => {
    const sentenceGold = readSentenceGold(gold, toScoredStory({ ...story, units: [], claims: [], links: [] }).sentences);
    const reportKeys = new Map(story.reports.map((report) => [report.id, reportKeyOf(report.file)]));
    return (a, b) => {
      if (a.source === b.source) return undefined;
      const label = labelSentencePair(
        sentenceGold.get(keyOf({ report: reportKeys.get(a.source) ?? '', text: '', id: a.sentence })),
        sentenceGold.get(keyOf({ report: reportKeys.get(b.source) ?? '', text: '', id: b.sentence })),
      );
      if (label === 1) return mode === 'negatives' ? undefined : ORACLE_SAME_LOGIT;
      if (label === 0) return mode === 'positives' ? undefined : ORACLE_DIFFERENT_LOGIT;
      return undefined;
    };
  };
}
