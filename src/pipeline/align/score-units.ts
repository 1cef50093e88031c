import type { ClaimUnit, SegmentedStory, SourceId } from '../types.ts';
import { toLogisticModel, type AlignmentModel } from './alignment-model.ts';
import { findCandidatePairs, type BlockingOptions } from './blocking.ts';
import type { ScoredPair } from './cluster.ts';
import { sigmoid } from './logistic-regression.ts';
import { createProfileContext } from './profile-context.ts';
import { ORDER_BONUS, findOrderSupport } from './report-order.ts';
import { TOP_BONUS, findReportTops } from './report-top.ts';
import { scoreClaimPair } from './score-pair.ts';
import { RESTATEMENT_REPORTS, TRIANGLE_ANCHOR, TRIANGLE_BONUS, countTriangleReports } from './triangle-support.ts';
import { analyseText, buildTextProfile, type TextProfile } from './text-profile.ts';
import { extractClaimUnits } from './units.ts';
import { createWordLexicon } from './word-relations.ts';
import type { WordNet } from './wordnet.ts';

/**
 * The scoring half of alignment: claim units of a story and a same-claim probability for every
 * candidate pair of them. Independent of the same-claim cut-off, so one scoring can be cut at several.
 */

/** Units of a story with their scored candidate pairs. */
export interface ScoredUnits {
  readonly units: readonly ClaimUnit[];
  /** Index of each unit's report in the story. */
  readonly groupOf: readonly number[];
  /** Candidate pairs (`a < b`, in and across reports) with their final probability. */
  readonly pairs: readonly ScoredPair[];
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

/** The log-odds of a probability, kept finite at 0 and 1. */
function logitOf(probability: number): number {
  const p = Math.min(1 - 1e-12, Math.max(1e-12, probability));
  return Math.log(p / (1 - p));
}

/**
 * Splits the story into claim units and scores candidate pairs: blocking picks the pairs, the model
 * scores them (containment-aware, with the polarity veto), cross-report pairs whose diagonal
 * neighbours are strong links get the report-order bonus, cross-report pairs whose two units are both
 * linked to one unit of a third report get the triangle bonus, cross-report pairs of units from the tops
 * of their reports (headline, standfirst, lead) get the report-top bonus (`report-top.ts`), and two units
 * of one report that units of two other reports both link to count as strongly linked
 * (`triangle-support.ts`). The bonuses read the model's own scores, not each other's.
 */
export function scoreStoryUnits(
  story: SegmentedStory,
  model: AlignmentModel,
  wordnet: WordNet,
  blocking?: BlockingOptions,
  topBonus: number = TOP_BONUS,
): ScoredUnits {
  const logistic = toLogisticModel(model);
  const units: ClaimUnit[] = story.reports.flatMap((report) => extractClaimUnits(report, wordnet));
  const reportIndex = new Map<SourceId, number>(story.reports.map((report, index) => [report.id, index]));
  const groupOf = units.map((unit) => reportIndex.get(unit.source) ?? 0);
  const placeOf: number[] = [];
  groupOf.forEach((group, index) => {
    placeOf.push(index > 0 && groupOf[index - 1] === group ? (placeOf[index - 1] ?? 0) + 1 : 0);
  });

  const analyses = units.map((unit) => analyseText(unit.text));
  const context = createProfileContext(analyses, createWordLexicon(wordnet));
  const profiles = analyses.map((analysis) => buildTextProfile(analysis, context));

  const candidates = findCandidatePairs(
    profiles.map((profile, index) => ({ group: groupOf[index] ?? 0, keys: blockingKeys(profile) })),
    { ...blocking, includeSameGroup: true },
  );
  const scored = candidates.map((pair) => {
    const profileA = profiles[pair.a];
    const profileB = profiles[pair.b];
    if (profileA === undefined || profileB === undefined) throw new RangeError('candidate pair out of range');
    const score = scoreClaimPair(profileA, profileB, context, logistic);
    return {
      a: pair.a,
      b: pair.b,
      reportA: groupOf[pair.a] ?? 0,
      reportB: groupOf[pair.b] ?? 0,
      placeA: placeOf[pair.a] ?? 0,
      placeB: placeOf[pair.b] ?? 0,
      logit: score.veto === undefined ? score.logit : Number.NEGATIVE_INFINITY,
    };
  });

  const crossReport = scored.filter((pair) => pair.reportA !== pair.reportB);
  const supported = new Set<(typeof scored)[number]>();
  findOrderSupport(crossReport, logitOf(model.thresholds.strong)).forEach((isSupported, index) => {
    const pair = crossReport[index];
    if (isSupported && pair !== undefined) supported.add(pair);
  });
  const triangles = countTriangleReports(scored, groupOf, logitOf(TRIANGLE_ANCHOR));
  const tops = findReportTops(story, units);
  const pairs = scored.map((pair, index) => {
    if (pair.logit === Number.NEGATIVE_INFINITY) return { a: pair.a, b: pair.b, score: 0 };
    const thirdReports = triangles[index] ?? 0;
    if (pair.reportA === pair.reportB) {
      // Two units of one report that several other reports link to together restate one claim: they
      // count as strongly linked for the one-unit-per-report-slot rule of clustering.
      const score = sigmoid(pair.logit);
      return {
        a: pair.a,
        b: pair.b,
        score: thirdReports >= RESTATEMENT_REPORTS ? Math.max(score, model.thresholds.strong) : score,
      };
    }
    const bonus =
      (supported.has(pair) ? ORDER_BONUS : 0) +
      (thirdReports > 0 ? TRIANGLE_BONUS : 0) +
      (tops[pair.a] === true && tops[pair.b] === true ? topBonus : 0);
    return { a: pair.a, b: pair.b, score: sigmoid(pair.logit + bonus) };
  });
  return { units, groupOf, pairs };
}
