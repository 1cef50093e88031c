/**
 * A story at each stage of the pipeline: read from disk (`RawStory`) → ingest (`IngestedStory`) → segment
 * (`SegmentedStory`) → align (`AlignedStory`) → compare and provenance (`ComparedStory`). Each stage's
 * output is the previous one with its own fields added, defined here once as a zod schema with the type
 * derived from it: the content collection parses stored stories with `comparedStorySchema`, so the site
 * reads the same types, branded ids included, that the pipeline writes.
 */
import { z } from 'zod';
import { claimSchema, claimUnitSchema, unitLinkSchema } from './claim.ts';
import type { DeepReadonly } from './deep-readonly.ts';
import { derivationSchema } from './derivation.ts';
import { coverageNoteSchema } from './coverage.ts';
import { discrepancySchema } from './discrepancy.ts';
import { storySlugSchema, type StorySlug } from './ids.ts';
import { ingestedReportSchema, segmentedReportSchema, storyMetadataSchema, type StoryMetadata } from './report.ts';
import { ingestWarningSchema, type IngestWarning } from './warning.ts';

/** One input file as read from disk, before decoding. Never stored, so it has no schema. */
export interface RawReportFile {
  /** File name inside the story folder, e.g. `000_8249785760228b4c.txt`. */
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** One story folder as read from disk: the only thing ingest receives. */
export interface RawStory {
  readonly slug: StorySlug;
  /** Path shown in messages, e.g. `content/stories/hama`. */
  readonly location: string;
  readonly metadata: StoryMetadata;
  readonly files: readonly RawReportFile[];
  /** Entries of the story folder that were skipped (hidden, symbolic links, special files), each with why; none when absent. */
  readonly notices?: readonly IngestWarning[] | undefined;
}

/** The output of ingest: every report file decoded, normalised and classified. */
export const ingestedStorySchema = z.object({
  slug: storySlugSchema,
  /** Path shown in messages, e.g. `content/stories/hama`. */
  location: z.string(),
  metadata: storyMetadataSchema,
  reports: z.array(ingestedReportSchema),
  /**
   * Files of the story folder that were not read, and why; logged by the build and shown on the
   * story's page. `ingestStory` always sets it; optional so that stories built by hand need not.
   */
  notices: z.array(ingestWarningSchema).optional(),
});
export type IngestedStory = DeepReadonly<z.output<typeof ingestedStorySchema>>;

/** The output of segment: every report split into paragraphs and sentences, and the story's title. */
export const segmentedStorySchema = ingestedStorySchema.extend({
  title: z.string(),
  reports: z.array(segmentedReportSchema),
});
export type SegmentedStory = DeepReadonly<z.output<typeof segmentedStorySchema>>;

/** The output of align: claim-level units, the claims that group them, and the links between units. */
export const alignedStorySchema = segmentedStorySchema.extend({
  units: z.array(claimUnitSchema),
  claims: z.array(claimSchema),
  links: z.array(unitLinkSchema),
});
export type AlignedStory = DeepReadonly<z.output<typeof alignedStorySchema>>;

/** The output of the whole pipeline: the aligned story with its discrepancies, its coverage and its provenance analysis. */
export const comparedStorySchema = alignedStorySchema.extend({
  discrepancies: z.array(discrepancySchema),
  /** Claims only one report carries and widely carried claims some reports leave out: coverage, not discrepancies. */
  coverage: z.array(coverageNoteSchema),
  /** Which reports are likely built on the same underlying copy (`src/pipeline/provenance/`). */
  derivation: derivationSchema.optional(),
});
export type ComparedStory = DeepReadonly<z.output<typeof comparedStorySchema>>;
