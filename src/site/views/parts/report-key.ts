import { reportPath } from '../../routes.ts';
import type { ReportView, StoryView } from '../../story-view.ts';
import { reportTextAttributes, type TextAttributes } from '../../text-language.ts';

/** One report in a key: its short label, which tables and links use, beside its headline. */
export interface ReportKeyEntry {
  readonly label: string;
  readonly title: string;
  readonly href: string;
  readonly textAttributes: TextAttributes;
}

/**
 * The key to a page that names reports by their short labels (matrix columns, side-by-side views): each
 * label with the report's headline, so that "B" means something to a reader.
 */
export function buildReportKey(story: StoryView, reports: readonly ReportView[]): ReportKeyEntry[] {
  return reports.map((report) => ({ label: report.label, title: report.title, href: reportPath(story.slug, report.id), textAttributes: reportTextAttributes(report) }));
}
