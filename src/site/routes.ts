/**
 * Every URL the site links to is built here, so pages, the JSON export and the link checker agree.
 * Paths are root-relative and end in `/` (directory-style pages), fragments are sentence ids. Each id
 * parameter takes the pipeline's branded id (`src/pipeline/model/ids.ts`), so a report id cannot be
 * passed where a claim id belongs.
 */
import type { ClaimId, DiscrepancyId, SentenceId, SourceId, StorySlug } from '../pipeline/model/ids.ts';

/** Home page listing all stories. */
export function homePath(): string {
  return '/';
}

/** A story's overview page. */
export function storyPath(story: StorySlug): string {
  return `/stories/${story}/`;
}

/** The full text of one report of a story. */
export function reportPath(story: StorySlug, report: SourceId): string {
  return `${storyPath(story)}reports/${report}/`;
}

/** A sentence in its report, as a page URL with the sentence id as fragment. */
export function sentencePath(story: StorySlug, report: SourceId, sentence: SentenceId): string {
  return `${reportPath(story, report)}#${sentence}`;
}

/** The machine-readable export of a story's comparison. */
export function comparisonJsonPath(story: StorySlug): string {
  return `${storyPath(story)}comparison.json`;
}

/** The page of one claim: its summary and each report's exact words. */
export function claimPath(story: StorySlug, claim: ClaimId): string {
  return `${storyPath(story)}claims/${claim}/`;
}

/** The list of a story's discrepancies; each item is anchored by its id. */
export function discrepanciesPath(story: StorySlug): string {
  return `${storyPath(story)}discrepancies/`;
}

/** One discrepancy in the story's discrepancy list. */
export function discrepancyPath(story: StorySlug, discrepancy: DiscrepancyId): string {
  return `${discrepanciesPath(story)}#${discrepancy}`;
}

/** The claims-by-reports matrix of a story. */
export function matrixPath(story: StorySlug): string {
  return `${storyPath(story)}matrix/`;
}

/** Side by side: one report against all others, or against one other report. */
export function comparePath(story: StorySlug, left: SourceId, right?: SourceId): string {
  return `${storyPath(story)}compare/${left}/${right === undefined ? '' : `${right}/`}`;
}

/** Discrepancies of one kind or one severity. */
export function discrepancyFilterPath(story: StorySlug, filter: string): string {
  return `${discrepanciesPath(story)}${filter}/`;
}

/** A story's provenance page: which reports are likely built on the same underlying copy. */
export function provenancePath(story: StorySlug): string {
  return `${storyPath(story)}provenance/`;
}

/** Anchor id of one ordered pair of reports (claims of `source` looked for in `carrier`) on the provenance page. */
export function provenancePairAnchor(source: SourceId, carrier: SourceId): string {
  return `pair-${source}-in-${carrier}`;
}

/** One ordered pair of reports on the story's provenance page. */
export function provenancePairPath(story: StorySlug, source: SourceId, carrier: SourceId): string {
  return `${provenancePath(story)}#${provenancePairAnchor(source, carrier)}`;
}

/** A story's editor's notes, when its folder has a `notes.md`. */
export function notesPath(story: StorySlug): string {
  return `${storyPath(story)}notes/`;
}

/** The page that explains how the comparison is made and where it falls short. */
export function aboutPath(): string {
  return '/about/';
}

/** Full-text search over every story, claim and report. */
export function searchPath(): string {
  return '/search/';
}
