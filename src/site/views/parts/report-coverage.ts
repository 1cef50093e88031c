import { countOf } from '../../labels.ts';
import type { StoryIndex } from '../../story-index.ts';
import { comparableReports, type StoryView } from '../../story-view.ts';
import { buildClaimLink, type ClaimLinkView } from './claim-link.ts';

/**
 * Coverage of one report, from the story's coverage notes (`story.coverage`): what only it says and what it
 * leaves out of what most reports say. Coverage is not a discrepancy (issue #16), so it is shown here, on
 * the report's page, in the matrix and on the overview, and never in the discrepancy list.
 */
export interface ReportCoverageView {
  /** E.g. "12 of 30 claims". */
  readonly carried: string;
  /** Claims only this report carries. */
  readonly only: readonly ClaimLinkView[];
  /** Claims most other reports carry and this one leaves out. */
  readonly leftOut: readonly ClaimLinkView[];
}

/** The coverage of report `reportId`, or undefined when it is not compared. */
export function buildReportCoverage(index: StoryIndex, reportId: string): ReportCoverageView | undefined {
  const { story } = index;
  if (!comparableReports(story).some((report) => report.id === reportId)) return undefined;
  const link = (claimId: string): ClaimLinkView[] => {
    const claim = index.claimById.get(claimId);
    return claim === undefined ? [] : [buildClaimLink(index, claim)];
  };
  const names = (ids: readonly string[]): boolean => ids.includes(reportId);
  return {
    carried: `${story.claims.filter((claim) => names(claim.sources)).length} of ${countOf(story.claims.length, 'claim')}`,
    only: story.coverage.filter((note) => note.kind === 'unique' && names(note.sources)).flatMap((note) => link(note.claim)),
    leftOut: story.coverage.filter((note) => note.kind === 'omission' && names(note.missingFrom)).flatMap((note) => link(note.claim)),
  };
}

/**
 * The coverage cell of a claim in the matrix: how many compared reports carry it, and, from its coverage
 * note, the one report that alone carries it or the reports that leave it out. E.g. "3 of 5 · left out by b, c".
 */
export function describeClaimCoverage(story: StoryView, claim: StoryView['claims'][number]): string {
  const reports = comparableReports(story);
  const carried = `${claim.sources.filter((id) => reports.some((report) => report.id === id)).length} of ${reports.length}`;
  const note = story.coverage.find((candidate) => candidate.claim === claim.id);
  const label = (id: string): string => {
    const report = reports.find((candidate) => candidate.id === id);
    return report === undefined ? id : report.label;
  };
  if (note === undefined) return carried;
  if (note.kind === 'unique') return `${carried} · only ${note.sources.map(label).join(', ')}`;
  return `${carried} · left out by ${note.missingFrom.map(label).join(', ')}`;
}
