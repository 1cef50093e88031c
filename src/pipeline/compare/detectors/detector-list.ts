/**
 * The compare stage's detectors as one ordered list of named rules with one signature, in the manner of
 * parse-latin's plugin lists: each reads the prepared story and the settings and returns its findings;
 * `compareStory` runs the ones switched on in `CompareSettings.detectors`, in list order, and numbers what
 * they find. Per-claim detectors run over every claim in story order.
 */
import type { AlignedStory, SentenceId } from '../../types.ts';
import type { CompareSettings, DetectorSwitches } from '../../settings.ts';
import type { ClaimView } from '../claims/claim-view.ts';
import type { Finding } from '../claims/findings.ts';
import type { QuoteSpan } from '../facts/quote-spans.ts';
import type { StoryWideViews } from '../story-wide/fact-groups.ts';
import { findAttributionDiscrepancies } from './attribution.ts';
import { findDateDiscrepancies } from './dates.ts';
import { findNameDiscrepancies } from './names.ts';
import { findNumberDiscrepancies } from './numbers.ts';
import { findQuoteDiscrepancies } from './quotes.ts';

/** What every detector reads: a story cut down to its compared reports, prepared once for all detectors. */
export interface DetectorInput {
  /** The story with its compared reports only (`compared-reports.ts`). */
  readonly story: AlignedStory;
  /** Every claim with its units, in story order. */
  readonly claims: readonly ClaimView[];
  /** The quotations of each sentence. */
  readonly quotes: ReadonlyMap<SentenceId, readonly QuoteSpan[]>;
  /** Groups of whole sentences that share no claim but hold facts about one thing (`story-wide/fact-groups.ts`). */
  readonly storyWide: StoryWideViews;
}

/** One named detector; `name` is its switch in `CompareSettings.detectors`. */
export interface Detector {
  readonly name: Exclude<keyof DetectorSwitches, 'coverage'>;
  readonly detect: (input: DetectorInput, settings: CompareSettings) => Finding[];
}

/**
 * A detector that looks at one claim at a time, run over every claim in story order and then over the
 * story-wide views of the facts it reads (`wide`), whose findings carry no claim.
 */
function eachClaim(
  wide: keyof StoryWideViews,
  find: (claim: ClaimView, input: DetectorInput, settings: CompareSettings) => Finding[],
): Detector['detect'] {
  return (input, settings) => [...input.claims, ...input.storyWide[wide]].flatMap((claim) => find(claim, input, settings));
}

/**
 * The detectors in the order they run. The order only matters for findings that tie on claim, kind and
 * first sentence (`numberFindings` sorts the rest), and each kind comes from one detector.
 */
export const DETECTORS: readonly Detector[] = [
  { name: 'numbers', detect: eachClaim('numbers', (claim, _, settings) => findNumberDiscrepancies(claim, settings)) },
  { name: 'dates', detect: eachClaim('dates', (claim, _, settings) => findDateDiscrepancies(claim, settings)) },
  { name: 'attribution', detect: eachClaim('quotes', (claim, _, settings) => findAttributionDiscrepancies(claim, settings)) },
  { name: 'quotes', detect: eachClaim('quotes', (claim, { quotes }, settings) => findQuoteDiscrepancies(claim, quotes, settings)) },
  { name: 'names', detect: ({ story, claims }) => findNameDiscrepancies(story, claims) },
];
