import type { StoryEntryData } from '../collections/story-schema.ts';
import { findNotComparedReason, selectComparedReports, type NotComparedReason } from '../pipeline/compared-reports.ts';
import { NOT_COMPARED_LABELS } from './labels.ts';

export type StoryView = StoryEntryData;
export type ReportView = StoryEntryData['reports'][number];
export type SentenceView = ReportView['sentences'][number];
export type ParagraphView = ReportView['paragraphs'][number];

/** Sentences of a report indexed by id, for rendering paragraphs in order. */
export function indexSentences(report: ReportView): ReadonlyMap<string, SentenceView> {
  return new Map(report.sentences.map((sentence) => [sentence.id, sentence]));
}

/**
 * Reports that are compared: English reports with body text that are not a copy of another report, by the
 * pipeline's own rule (`compared-reports.ts`). Only these are columns, pair links and "n of m reports".
 */
export function comparableReports(story: StoryView): ReportView[] {
  return selectComparedReports(story.reports);
}

/** A report that is shown but not compared, with why in the reader's words, e.g. "same text as Gazette". */
export interface NotComparedReport {
  readonly report: ReportView;
  readonly reason: NotComparedReason;
  readonly note: string;
}

/** Reports that are shown but not compared, in story order: pages list them with why instead of as columns. */
export function notComparedReports(story: StoryView): NotComparedReport[] {
  return story.reports.flatMap((report) => {
    const reason = findNotComparedReason(report);
    if (reason === undefined) return [];
    const original = reason === 'duplicate' ? story.reports.find((other) => other.id === report.duplicateOf) : undefined;
    const note = original === undefined ? NOT_COMPARED_LABELS[reason] : `same text as ${original.label}`;
    return [{ report, reason, note }];
  });
}

/** Sorts stories newest first when dates are known, then by title, so the home page order is stable. */
export function sortStoriesForHome<Story extends Pick<StoryView, 'title' | 'metadata'>>(stories: readonly Story[]): Story[] {
  const dateOf = (story: Story): string =>
    story.metadata.published ??
    Object.values(story.metadata.reports)
      .map((meta) => meta.published ?? '')
      .sort()
      .at(-1) ??
    '';
  return [...stories].sort((a, b) => dateOf(b).localeCompare(dateOf(a)) || a.title.localeCompare(b.title));
}

/**
 * Notes to show beside a report: its ingest and language warnings, except the duplicate warning,
 * which pages show as a link to the original report instead.
 */
export function reportWarnings(report: ReportView): string[] {
  return report.warnings.filter((warning) => warning.code !== 'duplicate').map((w) => w.message);
}

/** A file of the story folder that was not read, named inside the folder, and why. */
export interface SkippedFileView {
  readonly name: string;
  readonly message: string;
}

/**
 * The story's notices about skipped files (hidden files, symbolic links, special files), each named
 * by its path inside the story folder: the build machine's path to the folder is nobody's business.
 */
export function skippedFiles(story: StoryView): SkippedFileView[] {
  const prefix = `${story.location}/`;
  return (story.notices ?? []).map((notice) => ({
    name: notice.file.startsWith(prefix) ? notice.file.slice(prefix.length) : notice.file.split('/').at(-1) ?? notice.file,
    message: notice.message,
  }));
}
