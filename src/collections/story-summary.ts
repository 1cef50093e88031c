import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { DeepReadonly } from '../pipeline/model/deep-readonly.ts';
import { claimIdSchema, storySlugSchema } from '../pipeline/model/ids.ts';
import { countSchema, segmentedReportSchema, storyMetadataSchema } from '../pipeline/model/report.ts';
import type { ComparedStory } from '../pipeline/model/story.ts';
import { countBodySentences } from '../pipeline/compared-reports.ts';
import { storySchema } from './story-schema.ts';

/**
 * What lists of stories need of one report (the home page's table, the feed, page routes): its names,
 * language and counts, never its text beyond the headlines that may have given the story its title.
 */
export const reportSummarySchema = segmentedReportSchema.pick({ id: true, file: true, label: true, title: true, metadata: true, language: true }).extend({
  /** Sentences that take part in the comparison (kind `body`). */
  bodySentences: countSchema,
  /** The text of the report's headline sentences, to tell which report a story's title comes from. */
  headlines: z.array(z.string()),
});
export type ReportSummary = DeepReadonly<z.output<typeof reportSummarySchema>>;

/**
 * One story as the `stories` content collection holds it: what lists and page routes need, plus the file
 * that holds the whole compared story (the pipeline cache's entry). Keeping only this in the collection is
 * what keeps the build's memory from growing with the archive: Astro holds every entry for the whole build.
 */
export const storySummarySchema = z.object({
  slug: storySlugSchema,
  title: z.string(),
  metadata: storyMetadataSchema,
  reports: z.array(reportSummarySchema),
  /** Every claim's id, in the story's order: one page each. */
  claimIds: z.array(claimIdSchema),
  discrepancyCount: countSchema,
  /** Absolute path of the JSON file holding the whole `ComparedStory` (`PipelineCache`). */
  storedFile: z.string(),
});
export type StorySummary = DeepReadonly<z.output<typeof storySummarySchema>>;

/** The summary of a compared story whose whole result is stored in `storedFile`. */
export function summarizeStory(story: ComparedStory, storedFile: string): StorySummary {
  return {
    slug: story.slug,
    title: story.title,
    metadata: story.metadata,
    reports: story.reports.map((report) => ({
      id: report.id,
      file: report.file,
      label: report.label,
      title: report.title,
      metadata: report.metadata,
      language: report.language,
      bodySentences: countBodySentences(report),
      headlines: report.sentences.filter((sentence) => sentence.kind === 'headline').map((sentence) => sentence.text),
    })),
    claimIds: story.claims.map((claim) => claim.id),
    discrepancyCount: story.discrepancies.length,
    storedFile,
  };
}

/** Thrown when a story's stored pipeline result is missing or unreadable; names the story and the file. */
export class StoredStoryError extends Error {
  override readonly name = 'StoredStoryError';
}

/**
 * Reads story `slug`'s whole compared story back from `file`, checked against the pipeline's contract
 * (`storySchema`, the pipeline's `comparedStorySchema`). A missing, unreadable or invalid file
 * throws a `StoredStoryError` naming the story and the file: the cache was cleared during the build.
 */
export function readStoredStory(slug: string, file: string): ComparedStory {
  let json: string;
  try {
    json = readFileSync(file, 'utf8');
  } catch (error) {
    throw new StoredStoryError(`story "${slug}": its pipeline result ${file} cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}); was the pipeline cache removed during the build? Build again.`, { cause: error });
  }
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new StoredStoryError(`story "${slug}": its pipeline result ${file} is not valid JSON (${(error as Error).message}); build again.`, { cause: error });
  }
  const parsed = storySchema.safeParse(data);
  if (!parsed.success) throw new StoredStoryError(`story "${slug}": its pipeline result ${file} does not match the story schema: ${parsed.error.message}`);
  if (parsed.data.slug !== slug) throw new StoredStoryError(`story "${slug}": ${file} holds story "${parsed.data.slug}"`);
  return parsed.data;
}
