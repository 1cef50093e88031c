import { countOf } from '../labels.ts';
import { aboutPath, reportPath, sentencePath } from '../routes.ts';
import { indexStory, sentencesOfClaimIn } from '../story-index.ts';
import { comparableReports, notComparedReports, type StoryView } from '../story-view.ts';
import { buildClaimLink, type ClaimLinkView } from './parts/claim-link.ts';
import { describeClaimCoverage } from './parts/report-coverage.ts';
import { buildReportKey, type ReportKeyEntry } from './parts/report-key.ts';
import { buildStoryFrame, type StoryFrame } from './parts/story-frame.ts';

/**
 * A cell of the matrix: the report does not carry the claim, or carries it (linking to its first
 * sentence of the claim), flagged when that sentence takes part in a disagreement about the claim.
 */
export type MatrixCellView =
  | { readonly kind: 'missing' }
  | { readonly kind: 'carried' | 'differs'; readonly href: string; readonly report: string; readonly line: number };

/** A report shown but not compared, named above the matrix instead of as a column. */
export interface NotComparedNoteView {
  readonly href: string;
  readonly label: string;
  /** Why, e.g. "no body text". */
  readonly note: string;
}

/** The claims matrix of a story: one row per claim, one column per compared report. */
export interface MatrixView {
  readonly frame: StoryFrame;
  readonly title: string;
  /** E.g. "97 claims". */
  readonly claimCount: string;
  readonly notCompared: readonly NotComparedNoteView[];
  /** Where the About page explains independent support. */
  readonly aboutCorroborationHref: string;
  readonly columns: readonly string[];
  /** Each column's label beside its report's headline. */
  readonly key: readonly ReportKeyEntry[];
  readonly rows: readonly {
    readonly claim: ClaimLinkView;
    /** Reports that carry the claim, and how many of them independently (reports sharing a copy count once). */
    readonly reports: number;
    readonly independent: number;
    readonly cells: readonly MatrixCellView[];
    /**
     * Its coverage ("3 of 5 · left out by B, C"): coverage is not a discrepancy, so the matrix, not the
     * discrepancy list, shows it.
     */
    readonly coverage: string;
  }[];
}

/** The matrix of `story`, most independently carried claims first, then most widely carried. */
export function buildMatrixView(story: StoryView): MatrixView {
  const title = 'Claims matrix';
  const index = indexStory(story);
  const reports = comparableReports(story);
  const independent = new Map(story.claims.map((claim) => [claim.id, index.corroboration(claim).independent]));
  const claims = [...story.claims].sort(
    (a, b) => (independent.get(b.id) ?? 0) - (independent.get(a.id) ?? 0) || b.sources.length - a.sources.length,
  );
  return {
    frame: buildStoryFrame(story, title),
    title,
    claimCount: countOf(claims.length, 'claim'),
    notCompared: notComparedReports(story).map(({ report, note }) => ({ href: reportPath(story.slug, report.id), label: report.label, note })),
    aboutCorroborationHref: `${aboutPath()}#independent-support`,
    columns: reports.map((report) => report.label),
    key: buildReportKey(story, reports),
    rows: claims.map((claim) => ({
      claim: buildClaimLink(index, claim),
      reports: claim.sources.length,
      independent: independent.get(claim.id) ?? claim.sources.length,
      cells: reports.map((report): MatrixCellView => {
        const sentence = sentencesOfClaimIn(index, claim, report.id)[0];
        if (sentence === undefined) return { kind: 'missing' };
        const differs = (index.disagreementsOfSentence.get(sentence.id) ?? []).some((d) => d.claim === claim.id);
        return { kind: differs ? 'differs' : 'carried', href: sentencePath(story.slug, report.id, sentence.id), report: report.label, line: sentence.line };
      }),
      coverage: describeClaimCoverage(story, claim),
    })),
  };
}
