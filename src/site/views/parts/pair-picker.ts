import type { SourceId } from '../../../pipeline/types.ts';
import { comparePath } from '../../routes.ts';
import { comparableReports, type StoryView } from '../../story-view.ts';
import { buildReportKey, type ReportKeyEntry } from './report-key.ts';

/** One report in the picker: the one shown, a link to show it instead, or (on the right) the left report, which cannot face itself. */
export type PickerChoice =
  | { readonly kind: 'current'; readonly label: string }
  | { readonly kind: 'link'; readonly label: string; readonly href: string }
  | { readonly kind: 'unavailable'; readonly label: string };

/** Plain links to pick the two reports of a side-by-side view (no script needed). */
export interface PairPickerView {
  readonly left: readonly PickerChoice[];
  readonly right: readonly PickerChoice[];
  /** The one-against-all view of the left report; absent when it is the page shown. */
  readonly allOthersHref?: string | undefined;
  /** The same two reports the other way round; only on a two-report view. */
  readonly swapHref?: string | undefined;
  /** Each report's label beside its headline. */
  readonly key: readonly ReportKeyEntry[];
}

/**
 * The picker of a side-by-side view of `left` against `right`, or against all others when `right`
 * is undefined. Changing the left report keeps the right one unless they would be the same.
 */
export function buildPairPicker(story: StoryView, left: SourceId, right?: SourceId): PairPickerView {
  const reports = comparableReports(story);
  return {
    left: reports.map((report) => {
      const label = report.label;
      return report.id === left ? { kind: 'current', label } : { kind: 'link', label, href: comparePath(story.slug, report.id, right === report.id ? undefined : right) };
    }),
    right: reports.map((report) => {
      const label = report.label;
      if (report.id === right) return { kind: 'current', label };
      return report.id === left ? { kind: 'unavailable', label } : { kind: 'link', label, href: comparePath(story.slug, left, report.id) };
    }),
    allOthersHref: right === undefined ? undefined : comparePath(story.slug, left),
    swapHref: right === undefined ? undefined : comparePath(story.slug, right, left),
    key: buildReportKey(story, reports),
  };
}
