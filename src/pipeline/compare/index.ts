/**
 * Compare stage: finds, claim by claim, where the reports of a story disagree — numbers, dates, who said
 * it, how a quotation is worded, how names are spelled — and which claims only some reports carry.
 * `compareStory` runs the detectors in order and numbers their findings; the extractors are exported for
 * tests and for the site.
 */
import { selectComparedReports } from '../compared-reports.ts';
import type { AlignedStory, ComparedStory, Discrepancy, DiscrepancyId } from '../types.ts';
import { DISCREPANCY_KINDS } from '../types.ts';
import { findAttributionDiscrepancies } from './detectors/attribution.ts';
import { type ClaimView, indexSentences, viewClaims } from './claims/claim-view.ts';
import { findCoverageDiscrepancies } from './detectors/coverage.ts';
import { findDateDiscrepancies } from './detectors/dates.ts';
import type { Finding } from './claims/findings.ts';
import { findNameDiscrepancies } from './detectors/names.ts';
import { findNumberDiscrepancies } from './detectors/numbers.ts';
import { quotesBySentence } from './facts/quote-spans.ts';
import { findQuoteDiscrepancies } from './detectors/quotes.ts';

export { findAttributionDiscrepancies, relateSpeakers, sideOf } from './detectors/attribution.ts';
export { viewClaims, type ClaimView, type UnitView } from './claims/claim-view.ts';
export { findCoverageDiscrepancies, isWidelyCarried } from './detectors/coverage.ts';
export { findDateDiscrepancies } from './detectors/dates.ts';
export type { Finding } from './claims/findings.ts';
export { extractNameMentions, type NameMention } from './facts/name-mentions.ts';
export { isSpellingOf } from './words/name-spelling.ts';
export { findNameDiscrepancies, groupNameEntities, isSameName, type NameEntity, type EntityMention } from './detectors/names.ts';
export { findNumberDiscrepancies } from './detectors/numbers.ts';
export { extractQuantities, measureSameThing, rangesOverlap, sameFigure, type Quantity } from './facts/quantities.ts';
export { extractQuotes, quotesBySentence, type QuoteSpan } from './facts/quote-spans.ts';
export { diffQuotes, findQuoteDiscrepancies, isSameQuotation, judgeRewording, prepareQuote, type DiffOp } from './detectors/quotes.ts';
export { extractAttributions, type Attribution } from './facts/speakers.ts';
export { extractTimeExpressions, resolvePoint, publishedDay, type TimeExpression, type TimePoint, type TimeSpan } from './facts/time-expressions.ts';

/** Findings about one claim, detector by detector. */
function findInClaim(claim: ClaimView, quotes: ReturnType<typeof quotesBySentence>): Finding[] {
  return [
    ...findNumberDiscrepancies(claim),
    ...findDateDiscrepancies(claim),
    ...findAttributionDiscrepancies(claim),
    ...findQuoteDiscrepancies(claim, quotes),
  ];
}

/**
 * Orders findings by claim, then kind (as listed in `DISCREPANCY_KINDS`), then first sentence, and gives
 * them ids `d001`, `d002` … so the same story always yields the same ids.
 */
export function numberFindings(findings: readonly Finding[], story: AlignedStory): Discrepancy[] {
  const claimOrder = new Map(story.claims.map((claim, index) => [claim.id, index]));
  const sentenceOrder = indexSentences(story);
  const firstSentence = (finding: Finding): number =>
    Math.min(...finding.sentences.map((id) => sentenceOrder.get(id)?.order ?? Infinity));
  const sorted = findings
    .map((finding, index) => ({ finding, index }))
    .sort(
      (a, b) =>
        (claimOrder.get(a.finding.claim) ?? 0) - (claimOrder.get(b.finding.claim) ?? 0) ||
        DISCREPANCY_KINDS.indexOf(a.finding.kind) - DISCREPANCY_KINDS.indexOf(b.finding.kind) ||
        firstSentence(a.finding) - firstSentence(b.finding) ||
        a.index - b.index,
    );
  const width = Math.max(3, String(sorted.length).length);
  return sorted.map(({ finding }, index) => ({ id: `d${String(index + 1).padStart(width, '0')}` as DiscrepancyId, ...finding }));
}

/**
 * Runs every detector over an aligned story and returns it with its discrepancies. Pure: no I/O. The
 * detectors see only the compared reports (`compared-reports.ts`), so no finding names a report that is
 * shown but not compared; the story keeps every report.
 */
export function compareStory(story: AlignedStory): ComparedStory {
  const compared = { ...story, reports: selectComparedReports(story.reports) };
  const claims = viewClaims(compared);
  const quotes = quotesBySentence(compared);
  const findings = [
    ...claims.flatMap((claim) => findInClaim(claim, quotes)),
    ...findNameDiscrepancies(compared, claims),
    ...findCoverageDiscrepancies(compared, claims),
  ];
  return { ...story, discrepancies: numberFindings(findings, story) };
}
