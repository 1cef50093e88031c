import { reportPath } from '../routes.ts';
import { indexStory } from '../story-index.ts';
import { countBodySentences } from '../../pipeline/compared-reports.ts';
import { reportWarnings, type StoryView } from '../story-view.ts';
import { newsArticleOf, serialiseJsonLd, type SerialisedJsonLd } from '../structured-data.ts';
import { reportTextAttributes, type TextAttributes } from '../text-language.ts';
import { buildReportText, type ReportTextView } from './parts/report-text.ts';
import { buildReportCoverage, type ReportCoverageView } from './parts/report-coverage.ts';
import { buildStoryFrame, type StoryFrame } from './parts/story-frame.ts';

/** What is known about a report: its file and sentence counts, plus only the metadata story.yaml gives. */
export interface ReportFactsView {
  readonly file: string;
  readonly sentences: number;
  readonly bodySentences: number;
  readonly outlet?: string | undefined;
  readonly published?: string | undefined;
  readonly language?: string | undefined;
  readonly url?: string | undefined;
}

/** The page of one report: its facts, its notices and its full text. */
export interface ReportPageView {
  readonly frame: StoryFrame;
  /** The short name other pages give the report ("B", or its outlet). */
  readonly label: string;
  readonly jsonLd: SerialisedJsonLd;
  readonly title: string;
  readonly titleAttributes: TextAttributes;
  readonly facts: ReportFactsView;
  /** The earlier report with the same text, when this one is a copy. */
  readonly original?: { readonly href: string; readonly label: string } | undefined;
  /** Ingest and language warnings, the duplicate warning aside (`original` says it with a link). */
  readonly warnings: readonly string[];
  readonly text: ReportTextView;
  /** What only this report says and what it leaves out; absent when it is not compared. */
  readonly coverage?: ReportCoverageView | undefined;
}

/**
 * The page of report `reportId` of `story`; `site` is the site's address, for the JSON-LD's absolute
 * URL. Throws when the story has no such report (a broken route).
 */
export function buildReportView(story: StoryView, reportId: string, site: URL | undefined): ReportPageView {
  const report = story.reports.find((r) => r.id === reportId);
  if (report === undefined) throw new Error(`report ${reportId} missing from ${story.slug}`);
  const original = story.reports.find((other) => other.id === report.duplicateOf);
  const { outlet, url, published, language } = report.metadata;
  return {
    frame: buildStoryFrame(story, `Report ${report.label}`),
    label: report.label,
    jsonLd: serialiseJsonLd(newsArticleOf(report, new URL(reportPath(story.slug, report.id), site).href)),
    title: report.title,
    titleAttributes: reportTextAttributes(report),
    facts: { file: report.file, sentences: report.sentences.length, bodySentences: countBodySentences(report), outlet, published, language, url },
    original: original === undefined ? undefined : { href: reportPath(story.slug, original.id), label: original.label },
    warnings: reportWarnings(report),
    text: buildReportText(indexStory(story), report),
    coverage: buildReportCoverage(indexStory(story), report.id),
  };
}
