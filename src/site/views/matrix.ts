import { countOf, reportLabel } from '../labels.ts';
import { reportPath, sentencePath } from '../routes.ts';
import { indexStory, sentencesOfClaimIn } from '../story-index.ts';
import { comparableReports, notComparedReports, type StoryView } from '../story-view.ts';
import { buildClaimLink, type ClaimLinkView } from './parts/claim-link.ts';
import { describeClaimCoverage } from './parts/report-coverage.ts';
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
  readonly columns: readonly string[];
  /**
   * Per claim: its link, one cell per report, and its coverage ("3 of 5 · left out by b, c"; coverage is not
   * a discrepancy, so the matrix, not the discrepancy list, shows it).
   */
  readonly rows: readonly { readonly claim: ClaimLinkView; readonly cells: readonly MatrixCellView[]; readonly coverage: string }[];
}

/** The matrix of `story`, most widely carried claims first. */
export function buildMatrixView(story: StoryView): MatrixView {
  const title = 'Claims matrix';
  const index = indexStory(story);
  const reports = comparableReports(story);
  const claims = [...story.claims].sort((a, b) => b.sources.length - a.sources.length);
  return {
    frame: buildStoryFrame(story, title),
    title,
    claimCount: countOf(claims.length, 'claim'),
    notCompared: notComparedReports(story).map(({ report, note }) => ({ href: reportPath(story.slug, report.id), label: reportLabel(story, report), note })),
    columns: reports.map((report) => reportLabel(story, report)),
    rows: claims.map((claim) => ({
      claim: buildClaimLink(index, claim),
      cells: reports.map((report): MatrixCellView => {
        const sentence = sentencesOfClaimIn(index, claim, report.id)[0];
        if (sentence === undefined) return { kind: 'missing' };
        const differs = (index.disagreementsOfSentence.get(sentence.id) ?? []).some((d) => d.claim === claim.id);
        return { kind: differs ? 'differs' : 'carried', href: sentencePath(story.slug, report.id, sentence.id), report: reportLabel(story, report), line: sentence.line };
      }),
      coverage: describeClaimCoverage(story, claim),
    })),
  };
}
