import { countOf } from '../labels.ts';
import { reportPath, storyPath } from '../routes.ts';
import type { StorySummary } from '../../collections/story-summary.ts';
import { sortStoriesForHome } from '../story-view.ts';
import { reportTextAttributes, storyTitleAttributes, type TextAttributes } from '../text-language.ts';
import { buildPageFrame, type PageFrame } from './parts/page-frame.ts';
import type { ReportRowBase } from './parts/report-row.ts';

/** A report in a story's table on the home page. */
export interface HomeReportRow extends ReportRowBase {
  /** As story.yaml gives it; absent when it does not. */
  readonly published?: string | undefined;
}

/** A story on the home page, with the table of its reports. */
export interface HomeStory {
  readonly headingId: string;
  readonly href: string;
  readonly title: string;
  readonly titleAttributes: TextAttributes;
  /** E.g. "5 reports". */
  readonly reportCount: string;
  readonly reports: readonly HomeReportRow[];
}

/** The home page: every story, newest first. */
export interface HomeView {
  readonly frame: PageFrame;
  readonly stories: readonly HomeStory[];
}

/** The home page of a site built from `stories` (their summaries: the home page never needs their text). */
export function buildHomeView(stories: readonly StorySummary[]): HomeView {
  return {
    frame: buildPageFrame('Stories'),
    stories: sortStoriesForHome(stories).map((story) => ({
      headingId: `story-${story.slug}`,
      href: storyPath(story.slug),
      title: story.title,
      titleAttributes: storyTitleAttributes(story),
      reportCount: countOf(story.reports.length, 'report'),
      reports: story.reports.map((report) => ({
        href: reportPath(story.slug, report.id),
        label: report.label,
        title: report.title,
        textAttributes: reportTextAttributes(report),
        file: report.file,
        bodySentences: report.bodySentences,
        outlet: report.metadata.outlet,
        published: report.metadata.published,
      })),
    })),
  };
}
