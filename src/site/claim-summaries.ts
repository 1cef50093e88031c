import { indexStory } from './story-index.ts';
import type { StoryView } from './story-view.ts';
import { comparableReports } from './story-view.ts';

type ClaimView = StoryView['claims'][number];

/** Share of a report's weight in the story: how many claims it carries and how many only it carries. */
export interface ReportCoverage {
  readonly report: string;
  readonly carried: number;
  readonly unique: number;
  /** `carried` divided by the story's number of claims (0 when there are none). */
  readonly share: number;
}

/** The fewest reports a claim needs to count as "most reports agree": a strict majority, and at least two. */
export function majorityOf(reportCount: number): number {
  return Math.max(2, Math.floor(reportCount / 2) + 1);
}

/**
 * Claims carried by most comparable reports, strongest first: more independent reports first (reports that
 * share a copy count once, `corroboration.ts`), then more reports, then higher cohesion (how closely the
 * reports' wordings match), then story order.
 */
export function agreedClaims(story: StoryView): ClaimView[] {
  const needed = majorityOf(comparableReports(story).length);
  const index = indexStory(story);
  const independent = new Map(story.claims.map((claim) => [claim.id, index.corroboration(claim).independent]));
  return story.claims
    .filter((claim) => claim.sources.length >= needed)
    .sort(
      (a, b) =>
        (independent.get(b.id) ?? 0) - (independent.get(a.id) ?? 0) || b.sources.length - a.sources.length || b.cohesion - a.cohesion,
    );
}

/** Claims that only one report carries, grouped by that report, in report order. */
export function uniqueClaimsByReport(story: StoryView): Map<string, ClaimView[]> {
  const byReport = new Map<string, ClaimView[]>(story.reports.map((report) => [report.id, []]));
  for (const claim of story.claims) {
    const only = claim.sources.length === 1 ? claim.sources[0] : undefined;
    if (only !== undefined) byReport.get(only)?.push(claim);
  }
  return byReport;
}

/**
 * How much of the story each compared report carries (claims, and claims it alone carries). A report that
 * is not compared has no share: it carries nothing because it was never compared, not because it leaves
 * everything out.
 */
export function coverageByReport(story: StoryView): ReportCoverage[] {
  const total = story.claims.length;
  return comparableReports(story).map((report) => {
    const carried = story.claims.filter((claim) => claim.sources.includes(report.id)).length;
    const unique = story.claims.filter((claim) => claim.sources.length === 1 && claim.sources[0] === report.id).length;
    return { report: report.id, carried, unique, share: total === 0 ? 0 : carried / total };
  });
}

/** Formats a share as a whole percentage, e.g. 0.456 → "46%". */
export function formatShare(share: number): string {
  return `${Math.round(share * 100)}%`;
}
