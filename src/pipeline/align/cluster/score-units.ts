import type { ClaimUnit, SegmentedStory, SourceId } from '../../types.ts';
import { rememberIn } from '../../remember-in.ts';
import { DEFAULT_SETTINGS, type AlignSettings } from '../../settings.ts';
import { toLogisticModel, type AlignmentModel } from '../model/alignment-model.ts';
import { findCandidatePairs } from './blocking.ts';
import type { ScoredPair } from './cluster.ts';
import { findSpeakerVetoes } from './speaker-veto.ts';
import { sigmoid } from '../model/logistic-regression.ts';
import { createProfileContext } from '../profile/profile-context.ts';
import { scoreClaimPair, type PairScore } from '../model/score-pair.ts';
import type { CandidateScore } from '../supports/support-context.ts';
import { sumSupportBonuses } from '../supports/support-rules.ts';
import { findRestatements } from '../supports/triangle-support.ts';
import { analyseText, buildTextProfile, type TextAnalysis, type TextProfile } from '../profile/text-profile.ts';
import { extractClaimUnits } from '../units/claim-units.ts';
import { createWordLexicon } from '../words/word-relations.ts';
import type { WordNet } from '../words/wordnet.ts';

/**
 * The scoring half of alignment: claim units of a story and a same-claim probability for every
 * candidate pair of them. Independent of the same-claim cut-off, so one scoring can be cut at several.
 */

/**
 * An outside verdict on a candidate pair of units, in log-odds, or undefined to keep the model's (polarity
 * veto included). It takes the model's place before the support rules, the speaker veto and clustering, so
 * the rest of alignment runs as ever: the evaluation passes the gold's verdict (`src/eval/pair-oracle.ts`)
 * to measure what alignment reaches with a perfect pair model. The site never passes one.
 */
export type PairVerdict = (a: ClaimUnit, b: ClaimUnit) => number | undefined;

/** Units of a story with their scored candidate pairs. */
export interface ScoredUnits {
  readonly units: readonly ClaimUnit[];
  /** Index of each unit's report in the story. */
  readonly groupOf: readonly number[];
  /** Candidate pairs (`a < b`, in and across reports) with their final probability. */
  readonly pairs: readonly ScoredPair[];
  /** Pairs the different-speakers veto forbids joining (`speaker-veto.ts`), directly or through other units. */
  readonly cannotLink?: readonly ScoredPair[] | undefined;
}

/** Blocking keys of a unit: content word keys, WordNet senses of non-name words, and numbers. */
export function blockingKeys(profile: TextProfile): string[] {
  const keys = new Set<string>();
  for (const word of profile.content) {
    keys.add(`w:${word.word.key}`);
    if (!word.isName) for (const sense of word.word.senses) keys.add(`s:${sense}`);
  }
  for (const value of profile.numbers) keys.add(`n:${value}`);
  return [...keys];
}

/**
 * Splits the story into claim units and scores candidate pairs: blocking picks the pairs, the model
 * scores them (containment-aware, with the polarity veto), and the support rules (`supports/support-rules.ts`:
 * report order, triangles, report tops) add their log-odds bonuses to cross-report pairs,
 * each reading the model's own scores, not each other's; the different-speakers veto (`speaker-veto.ts`)
 * then zeroes cross-report pairs of clearly different named speakers and lists them as cannot-links.
 * Two units of one report that units of several other reports both link to count as strongly linked
 * (`findRestatements`).
 */
export function scoreStoryUnits(
  story: SegmentedStory,
  model: AlignmentModel,
  wordnet: WordNet,
  settings: AlignSettings = DEFAULT_SETTINGS.align,
  verdict?: PairVerdict,
): ScoredUnits {
  const logistic = toLogisticModel(model);
  const units: ClaimUnit[] = story.reports.flatMap((report) => extractClaimUnits(report, wordnet, settings.minClauseWords));
  const reportIndex = new Map<SourceId, number>(story.reports.map((report, index) => [report.id, index]));
  const groupOf = units.map((unit) => reportIndex.get(unit.source) ?? 0);
  const placeOf: number[] = [];
  groupOf.forEach((group, index) => {
    placeOf.push(index > 0 && groupOf[index - 1] === group ? (placeOf[index - 1] ?? 0) + 1 : 0);
  });

  // Reports that share wire copy repeat sentences word for word (on news-dev, 19 % of the ECB+ stories'
  // sentences repeat one of their story's, 7 % of GVC's). A text's analysis and profile are functions of the
  // text and the story alone, and a pair's score of the two profiles, so each is made once per story: every
  // unit still counts in the story's word weights, and every pair keeps its own score.
  const analysisOf = new Map<string, TextAnalysis>();
  const analyses = units.map((unit) => rememberIn(analysisOf, unit.text, () => analyseText(unit.text)));
  const context = createProfileContext(analyses, createWordLexicon(wordnet));
  const profileOf = new Map<TextAnalysis, TextProfile>();
  const profiles = analyses.map((analysis) => rememberIn(profileOf, analysis, () => buildTextProfile(analysis, context)));
  const scoreOf = new Map<TextProfile, Map<TextProfile, PairScore>>();

  const candidates = findCandidatePairs(
    profiles.map((profile, index) => ({ group: groupOf[index] ?? 0, keys: blockingKeys(profile) })),
    { ...settings.blocking, includeSameGroup: true },
  );
  const scored = candidates.map((pair): CandidateScore => {
    const profileA = profiles[pair.a];
    const profileB = profiles[pair.b];
    if (profileA === undefined || profileB === undefined) throw new RangeError('candidate pair out of range');
    const scores = rememberIn(scoreOf, profileA, () => new Map<TextProfile, PairScore>());
    const score = rememberIn(scores, profileB, () => scoreClaimPair(profileA, profileB, context, logistic, settings.minModelWords));
    const unitA = units[pair.a];
    const unitB = units[pair.b];
    const given = verdict !== undefined && unitA !== undefined && unitB !== undefined ? verdict(unitA, unitB) : undefined;
    return {
      a: pair.a,
      b: pair.b,
      reportA: groupOf[pair.a] ?? 0,
      reportB: groupOf[pair.b] ?? 0,
      placeA: placeOf[pair.a] ?? 0,
      placeB: placeOf[pair.b] ?? 0,
      logit: given ?? (score.veto === undefined ? score.logit : Number.NEGATIVE_INFINITY),
    };
  });

  const bonuses = sumSupportBonuses({ story, units, groupOf, profiles, pairs: scored, settings });
  const restated = findRestatements(scored, groupOf, settings);
  const vetoed = settings.speakerVeto
    ? findSpeakerVetoes(story, units, groupOf, scored, { sharedWords: settings.speakerVetoSharedWords })
    : [];
  const pairs = scored.map((pair, index) => {
    if (pair.logit === Number.NEGATIVE_INFINITY || vetoed[index] === true) return { a: pair.a, b: pair.b, score: 0 };
    const score = sigmoid(pair.logit + (bonuses[index] ?? 0));
    return { a: pair.a, b: pair.b, score: restated[index] === true ? Math.max(score, settings.strongCutOff) : score };
  });
  const cannotLink = pairs.filter((_, index) => vetoed[index] === true);
  return { units, groupOf, pairs, cannotLink };
}
