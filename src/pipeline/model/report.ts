/**
 * One report as ingest and segment leave it: its normalised text, the classified blocks of that text,
 * its sentences and paragraphs, and the language it is written in. Offsets are UTF-16 code units into
 * the normalised text, end exclusive.
 */
import { z } from 'zod';
import type { DeepReadonly } from './deep-readonly.ts';
import { sentenceIdSchema, sourceIdSchema } from './ids.ts';
import { ingestWarningSchema } from './warning.ts';

/**
 * What a stretch of a report is. Only `body` text is aligned as claims; the rest is kept and shown as what it is.
 * `quoted-report` is a passage the report quotes from another outlet's report ("As The Example Post reported: …"):
 * that outlet's claim, not this report's.
 */
export const BLOCK_KINDS = [
  'body',
  'headline',
  'standfirst',
  'subheading',
  'caption',
  'dateline',
  'related-link',
  'quoted-report',
  'boilerplate',
] as const;
export const blockKindSchema = z.enum(BLOCK_KINDS);
export type BlockKind = z.output<typeof blockKindSchema>;

/** A count or an offset: a whole number, never negative. */
export const countSchema = z.number().int().nonnegative();

/** A 1-based line number in a file. */
const lineSchema = z.number().int().positive();

/** Optional facts about one report file, exactly as `story.yaml` gives them; never guessed. */
export const sourceMetadataSchema = z.object({
  outlet: z.string().exactOptional(),
  url: z.string().exactOptional(),
  published: z.string().exactOptional(),
  language: z.string().exactOptional(),
});
export type SourceMetadata = DeepReadonly<z.output<typeof sourceMetadataSchema>>;

/** Optional facts about a story, from its `story.yaml`. `reports` is keyed by report file name. */
export const storyMetadataSchema = z.object({
  title: z.string().exactOptional(),
  published: z.string().exactOptional(),
  reports: z.record(z.string(), sourceMetadataSchema),
});
export type StoryMetadata = DeepReadonly<z.output<typeof storyMetadataSchema>>;

/**
 * A classified stretch of a report's normalised text: one line, a line prefix (a dateline),
 * or several lines joined because a line break split a sentence. Blocks are paragraphs.
 */
export const blockSchema = z.object({
  kind: blockKindSchema,
  /** Offsets into `IngestedReport.text` (UTF-16 code units, end exclusive). */
  start: countSchema,
  end: countSchema,
  /** 1-based line numbers in the file where the block starts and ends. */
  line: lineSchema,
  lastLine: lineSchema,
});
export type Block = DeepReadonly<z.output<typeof blockSchema>>;

/** One decoded, normalised, classified report: the output of ingest for one file. */
export const ingestedReportSchema = z.object({
  id: sourceIdSchema,
  file: z.string(),
  /**
   * The name pages and the export give the report: its outlet from story.yaml, else a letter by file order
   * (A, B … Z, AA …); never invented (`ingest/report-labels.ts`). Distinct within a story.
   */
  label: z.string().min(1),
  /** Decoded text with the BOM removed and line ends normalised to `\n`; every offset points into it. */
  text: z.string(),
  blocks: z.array(blockSchema),
  metadata: sourceMetadataSchema,
  /** Set when this file's text is identical (after normalisation) to an earlier report's. */
  duplicateOf: sourceIdSchema.exactOptional(),
  warnings: z.array(ingestWarningSchema),
});
export type IngestedReport = DeepReadonly<z.output<typeof ingestedReportSchema>>;

/** One sentence (or one whole non-body block) of a report. */
export const sentenceSchema = z.object({
  id: sentenceIdSchema,
  source: sourceIdSchema,
  kind: blockKindSchema,
  /** Index of the paragraph (block) in the report, 0-based. */
  paragraph: countSchema,
  /** Position of the sentence in the report, 0-based. */
  position: countSchema,
  /** Offsets into the report's normalised text (end exclusive). */
  start: countSchema,
  end: countSchema,
  /** 1-based line of the file where the sentence starts. */
  line: lineSchema,
  /** `text.slice(start, end)` with runs of whitespace collapsed to one space. */
  text: z.string(),
});
export type Sentence = DeepReadonly<z.output<typeof sentenceSchema>>;

/** One paragraph (block) of a report and the sentences it was split into. */
export const paragraphSchema = z.object({
  index: countSchema,
  kind: blockKindSchema,
  start: countSchema,
  end: countSchema,
  sentences: z.array(sentenceIdSchema),
});
export type Paragraph = DeepReadonly<z.output<typeof paragraphSchema>>;

/** The direction text is written in, as HTML's `dir` takes it: `auto` lets the browser judge. */
export const TEXT_DIRECTIONS = ['ltr', 'rtl', 'auto'] as const;
export const textDirectionSchema = z.enum(TEXT_DIRECTIONS);
export type TextDirection = z.output<typeof textDirectionSchema>;

/**
 * A report's language and writing, and how they were decided; only English reports are aligned.
 * Pages mark a report's words with `tag` (unless it is plain `und`) and `direction`.
 */
export const reportLanguageSchema = z.object({
  /**
   * BCP 47 tag: as declared in story.yaml; when detected, `en`, a language its script all but settles
   * (`ar`, `el`, `zh`), else the script alone (`und-Cyrl`, `und-Arab`); plain `und` when not known.
   */
  tag: z.string(),
  english: z.boolean(),
  source: z.enum(['declared', 'detected', 'too-short']),
  /** Share of the body's words that are common English function words (about 0.4 in English news). */
  englishShare: z.number(),
  /** ISO 15924 code of the script most of the report's letters are in, e.g. `Latn`, `Arab`; absent when it has none. */
  script: z.string().optional(),
  /** `rtl` when most strong directional letters are right to left (Arabic, Hebrew…), `ltr` when not, `auto` when unknown. */
  direction: textDirectionSchema,
});
export type ReportLanguage = DeepReadonly<z.output<typeof reportLanguageSchema>>;

/** A report as segment leaves it: the ingested report with its title, paragraphs, sentences and language. */
export const segmentedReportSchema = ingestedReportSchema.extend({
  /** Display title: the report's headline, else its first words; never invented. */
  title: z.string(),
  paragraphs: z.array(paragraphSchema),
  sentences: z.array(sentenceSchema),
  language: reportLanguageSchema,
});
export type SegmentedReport = DeepReadonly<z.output<typeof segmentedReportSchema>>;
