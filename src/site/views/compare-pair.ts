import type { SourceId } from '../../pipeline/types.ts';
import { diffWordsForDisplay, type DiffPiece } from '../display-diff.ts';
import { BLOCK_KIND_LABELS, countOf } from '../labels.ts';
import { buildPairRows } from '../pair-rows.ts';
import { claimPath, sentencePath } from '../routes.ts';
import { indexStory, speakerOfClaimSentence } from '../story-index.ts';
import { comparableReports, type SentenceView, type StoryView } from '../story-view.ts';
import { reportTextAttributes, type TextAttributes } from '../text-language.ts';
import { buildPairPicker, type PairPickerView } from './parts/pair-picker.ts';
import { buildStoryFrame, type StoryFrame } from './parts/story-frame.ts';

/** One side of the comparison: a report's name, title and the language of its words. */
export interface CompareSideView {
  readonly id: string;
  readonly name: string;
  readonly title: string;
  readonly textAttributes: TextAttributes;
}

/** A sentence of one side that faces the other side's sentence of the same claim, its differing words marked. */
export interface FacingSentenceView {
  readonly id: string;
  readonly href: string;
  readonly pieces: readonly DiffPiece[];
  /**
   * Who the sentence gives the claim to, in the report's exact words ("the ministry", "he"); absent for a
   * narrated event. Shown on both sides, so that one wording given to two people stands out.
   */
  readonly speaker?: string | undefined;
}

/**
 * A row of the side-by-side table: two sentences of one claim facing each other, or a sentence of
 * one side alone (`left` or `right`), labelled with its kind when it is not body text, and pointing
 * to the other side's sentence of the same claim when the other report tells it in another order.
 */
export type ComparePairRowView =
  | { readonly kind: 'pair'; readonly claim: string; readonly claimHref: string; readonly left: FacingSentenceView; readonly right: FacingSentenceView }
  | {
      readonly kind: 'left' | 'right';
      readonly className: string;
      /** E.g. "Photo caption: "; empty for body text. */
      readonly label: string;
      readonly id: string;
      readonly href: string;
      readonly text: string;
      readonly elsewhere?: { readonly href: string; readonly line: number } | undefined;
    };

/** Two reports side by side, aligned by claim. */
export interface ComparePairView {
  readonly frame: StoryFrame;
  readonly left: CompareSideView;
  readonly right: CompareSideView;
  /** E.g. "4 claims", the claims that face each other on one row. */
  readonly facing: string;
  readonly picker: PairPickerView;
  readonly rows: readonly ComparePairRowView[];
}

/** Every ordered pair of compared reports: each is a page. */
export function comparePairRoutes(story: StoryView): { readonly left: SourceId; readonly right: SourceId }[] {
  const reports = comparableReports(story);
  return reports.flatMap((left) => reports.filter((right) => right.id !== left.id).map((right) => ({ left: left.id, right: right.id })));
}

/** The page of report `left` beside report `right`; throws when the story has no such reports (a broken route). */
export function buildComparePairView(story: StoryView, left: SourceId, right: SourceId): ComparePairView {
  const index = indexStory(story);
  const leftReport = index.reportById.get(left);
  const rightReport = index.reportById.get(right);
  if (!leftReport || !rightReport) throw new Error(`unknown report pair ${left}/${right}`);
  const leftName = leftReport.label;
  const rightName = rightReport.label;
  const rows = buildPairRows(index, left, right);
  const alone = (kind: 'left' | 'right', sentence: SentenceView, matchedAt: SentenceView | undefined, claim: string | undefined): ComparePairRowView => {
    const other = kind === 'left' ? right : left;
    return {
      kind,
      className: `row-only kind-${sentence.kind}`,
      label: sentence.kind === 'body' ? '' : `${BLOCK_KIND_LABELS[sentence.kind]}: `,
      id: sentence.id,
      href: sentencePath(story.slug, sentence.source, sentence.id),
      text: sentence.text,
      elsewhere: matchedAt && claim ? { href: sentencePath(story.slug, other, matchedAt.id), line: matchedAt.line } : undefined,
    };
  };
  const facing = (sentence: SentenceView, claim: string, pieces: readonly DiffPiece[]): FacingSentenceView => {
    const claimView = index.claimById.get(claim);
    const speaker = claimView === undefined ? undefined : speakerOfClaimSentence(index, claimView, sentence.id)?.text;
    return { id: sentence.id, href: sentencePath(story.slug, sentence.source, sentence.id), pieces, ...(speaker === undefined ? {} : { speaker }) };
  };
  return {
    frame: buildStoryFrame(story, `${leftName} beside ${rightName}`, { searchable: false }),
    left: { id: left, name: leftName, title: leftReport.title, textAttributes: reportTextAttributes(leftReport) },
    right: { id: right, name: rightName, title: rightReport.title, textAttributes: reportTextAttributes(rightReport) },
    facing: countOf(rows.filter((row) => row.kind === 'pair').length, 'claim'),
    picker: buildPairPicker(story, left, right),
    rows: rows.map((row) => {
      if (row.kind === 'pair') {
        const diff = diffWordsForDisplay(row.left.text, row.right.text);
        return {
          kind: 'pair',
          claim: row.claim,
          claimHref: claimPath(story.slug, row.claim),
          left: facing(row.left, row.claim, diff.left),
          right: facing(row.right, row.claim, diff.right),
        };
      }
      return row.kind === 'left' ? alone('left', row.left, row.matchedAt, row.claim) : alone('right', row.right, row.matchedAt, row.claim);
    }),
  };
}
