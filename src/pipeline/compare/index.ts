/**
 * Compare stage: finds where the reports of a story disagree — numbers, dates, who said it, how a quotation
 * is worded, how names are spelled — inside each claim and across the whole story, and, apart from those
 * discrepancies, which claims only some reports carry (coverage).
 * `compareStory` runs the detectors (`detectors/detector-list.ts`) in order and numbers their findings; the
 * extractors are exported for tests and for the site.
 */
import { withComparedReports } from '../compared-reports.ts';
import type { AlignedStory, ClaimId, ComparedStory, Discrepancy, DiscrepancyId, SentenceId } from '../types.ts';
import { DISCREPANCY_KINDS } from '../types.ts';
import { DEFAULT_SETTINGS, type CompareSettings } from '../settings.ts';
import { findTopicStems, indexSentences, viewClaims } from './claims/claim-view.ts';
import { buildStoryWideViews } from './story-wide/fact-groups.ts';
import { DETECTORS } from './detectors/detector-list.ts';
import { findCoverage } from './detectors/coverage.ts';
import type { Finding } from './claims/findings.ts';
import { quotesBySentence } from './facts/quote-spans.ts';

export { findAttributionDiscrepancies, relateSpeakers } from './detectors/attribution.ts';
export { viewClaims, type ClaimView, type UnitView } from './claims/claim-view.ts';
export { findCoverage, isWidelyCarried } from './detectors/coverage.ts';
export { findDateDiscrepancies } from './detectors/dates.ts';
export type { Finding } from './claims/findings.ts';
export { extractNameMentions, type NameMention } from './facts/name-mentions.ts';
export { findNameDiscrepancies, groupNameEntities, isSameName, type NameEntity, type EntityMention } from './detectors/names.ts';
export { findNumberDiscrepancies } from './detectors/numbers.ts';
export { extractQuantities, measureSameThing, rangesOverlap, sameFigure, type Quantity } from './facts/quantities.ts';
export { extractQuotes, quotesBySentence, type QuoteSpan } from './facts/quote-spans.ts';
export { diffQuotes, findQuoteDiscrepancies, isSameQuotation, judgeRewording, prepareQuote, type DiffOp } from './detectors/quotes.ts';
export { extractAttributions, sideOf, type Attribution } from '../text/speakers.ts';
export { extractTimeExpressions, resolvePoint, publishedDay, type TimeExpression, type TimePoint, type TimeSpan } from './facts/time-expressions.ts';
export { DETECTORS, type Detector, type DetectorInput } from './detectors/detector-list.ts';
export { buildStoryWideViews, viewWholeSentences, type StoryWideViews } from './story-wide/fact-groups.ts';

/**
 * Orders findings by claim, then kind (as listed in `DISCREPANCY_KINDS`), then first sentence, and gives
 * them ids `d001`, `d002` … so the same story always yields the same ids.
 */
export function numberFindings(findings: readonly Finding[], story: AlignedStory): Discrepancy[] {
  const claimOrder = new Map(story.claims.map((claim, index) => [claim.id, index]));
  const sentenceOrder = indexSentences(story);
  const firstSentence = (finding: Finding): number =>
    Math.min(...finding.sentences.map((id) => sentenceOrder.get(id)?.order ?? Infinity));
  // Findings across the story that no claim holds come after every claim's, in story order.
  const claimRank = (finding: Finding): number => (finding.claim === undefined ? story.claims.length : (claimOrder.get(finding.claim) ?? 0));
  const sorted = findings
    .map((finding, index) => ({ finding, index }))
    .sort(
      (a, b) =>
        claimRank(a.finding) - claimRank(b.finding) ||
        DISCREPANCY_KINDS.indexOf(a.finding.kind) - DISCREPANCY_KINDS.indexOf(b.finding.kind) ||
        firstSentence(a.finding) - firstSentence(b.finding) ||
        a.index - b.index,
    );
  const width = Math.max(3, String(sorted.length).length);
  return sorted.map(({ finding }, index) => ({ id: `d${String(index + 1).padStart(width, '0')}` as DiscrepancyId, ...finding }));
}

/**
 * Runs the detectors switched on in `settings.detectors` over an aligned story, in list order, and returns
 * it with their numbered discrepancies. Pure: no I/O. The detectors see only the compared reports
 * (`compared-reports.ts`), so no finding names a report that is shown but not compared; the story keeps
 * every report.
 */
export function compareStory(story: AlignedStory, settings: CompareSettings = DEFAULT_SETTINGS.compare): ComparedStory {
  const compared = withComparedReports(story);
  const claims = viewClaims(compared, settings);
  const quotes = quotesBySentence(compared);
  const topic = claims[0]?.topic ?? findTopicStems(compared, settings);
  const input = { story: compared, claims, quotes, storyWide: buildStoryWideViews(compared, topic, quotes, settings) };
  const findings = DETECTORS.filter((detector) => settings.detectors[detector.name]).flatMap((detector) => detector.detect(input, settings));
  return {
    ...story,
    discrepancies: numberFindings(placeStoryWideFindings(findings, compared), story),
    coverage: settings.detectors.coverage ? findCoverage(compared, claims) : [],
  };
}

/**
 * Keeps the findings made across the story (those without a claim) that add something: one is dropped when a
 * finding of its kind made inside a claim, or an earlier one made across the story, already sets two of its
 * sentences of different reports against each other. One whose sentences all belong to one claim is placed
 * on that claim; the others stay without one and link to each sentence and its claims.
 */
export function placeStoryWideFindings(findings: readonly Finding[], story: AlignedStory): Finding[] {
  const sourceOf = new Map(story.reports.flatMap((report) => report.sentences.map((sentence) => [sentence.id, report.id] as const)));
  const claimsOf = new Map<SentenceId, ClaimId[]>();
  for (const claim of story.claims) for (const id of claim.sentences) claimsOf.set(id, [...(claimsOf.get(id) ?? []), claim.id]);
  const kept: Finding[] = findings.filter((finding) => finding.claim !== undefined);
  const overlapsKept = (finding: Finding): boolean =>
    kept.some((other) => {
      if (other.kind !== finding.kind) return false;
      const shared = finding.sentences.filter((id) => other.sentences.includes(id));
      return new Set(shared.map((id) => sourceOf.get(id))).size >= 2;
    });
  for (const finding of findings) {
    if (finding.claim !== undefined || overlapsKept(finding)) continue;
    const [first, ...rest] = finding.sentences;
    const common = (first === undefined ? [] : (claimsOf.get(first) ?? [])).filter((claim) => rest.every((id) => (claimsOf.get(id) ?? []).includes(claim)));
    kept.push(common[0] === undefined ? finding : { ...finding, claim: common[0] });
  }
  return kept;
}
