/**
 * The data that flows between pipeline stages: ingest → segment → align → compare.
 * Stages exchange only these plain, serialisable values (no classes, no file handles),
 * so any stage can be tested alone and its output written to JSON unchanged.
 */

import type { Derivation } from './provenance/types.ts';

/** A string that the type system keeps apart from other strings of the same shape. */
export type Brand<T, B extends string> = T & { readonly __brand: B };

/** URL-safe folder name of a story, e.g. `hama`. */
export type StorySlug = Brand<string, 'StorySlug'>;
/** URL-safe id of one report in a story, derived from its file name, e.g. `000-8249785760228b4c`. */
export type SourceId = Brand<string, 'SourceId'>;
/** Story-unique, build-stable id of a sentence; also its HTML anchor, e.g. `000-8249785760228b4c-p3-s2`. */
export type SentenceId = Brand<string, 'SentenceId'>;
/** Story-unique id of a claim-level unit (a sentence or a clause of one), e.g. `…-p3-s2-u1`. */
export type UnitId = Brand<string, 'UnitId'>;
/** Story-unique id of a claim cluster, e.g. `c007`. */
export type ClaimId = Brand<string, 'ClaimId'>;
/** Story-unique id of a discrepancy, e.g. `d003`. */
export type DiscrepancyId = Brand<string, 'DiscrepancyId'>;

/** What a stretch of a report is. Only `body` text is aligned as claims; the rest is kept and shown as what it is. */
export const BLOCK_KINDS = [
  'body',
  'headline',
  'standfirst',
  'subheading',
  'caption',
  'dateline',
  'related-link',
  'boilerplate',
] as const;
export type BlockKind = (typeof BLOCK_KINDS)[number];

/** Optional facts about one report file, exactly as `story.yaml` gives them; never guessed. */
export interface SourceMetadata {
  readonly outlet?: string;
  readonly url?: string;
  readonly published?: string;
  readonly language?: string;
}

/** Optional facts about a story, from its `story.yaml`. `reports` is keyed by report file name. */
export interface StoryMetadata {
  readonly title?: string;
  readonly published?: string;
  readonly reports: Readonly<Record<string, SourceMetadata>>;
}

/** One input file as read from disk, before decoding. */
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

/** A note about input that was handled by a documented fallback rather than rejected. */
export interface IngestWarning {
  readonly file: string;
  /** 1-based line in the file, when the note is about one line. */
  readonly line?: number | undefined;
  readonly message: string;
}

/**
 * A classified stretch of a report's normalised text: one line, a line prefix (a dateline),
 * or several lines joined because a line break split a sentence. Blocks are paragraphs.
 */
export interface Block {
  readonly kind: BlockKind;
  /** Offsets into `IngestedReport.text` (UTF-16 code units, end exclusive). */
  readonly start: number;
  readonly end: number;
  /** 1-based line numbers in the file where the block starts and ends. */
  readonly line: number;
  readonly lastLine: number;
}

/** One decoded, normalised, classified report. */
export interface IngestedReport {
  readonly id: SourceId;
  readonly file: string;
  /** Decoded text with the BOM removed and line ends normalised to `\n`; every offset points into it. */
  readonly text: string;
  readonly blocks: readonly Block[];
  readonly metadata: SourceMetadata;
  /** Set when this file's text is identical (after normalisation) to an earlier report's. */
  readonly duplicateOf?: SourceId;
  readonly warnings: readonly IngestWarning[];
}

export interface IngestedStory {
  readonly slug: StorySlug;
  readonly location: string;
  readonly metadata: StoryMetadata;
  readonly reports: readonly IngestedReport[];
  /**
   * Files of the story folder that were not read, and why; logged by the build and shown on the
   * story's page. `ingestStory` always sets it; optional so that stories built by hand need not.
   */
  readonly notices?: readonly IngestWarning[] | undefined;
}

/** One sentence (or one whole non-body block) of a report. */
export interface Sentence {
  readonly id: SentenceId;
  readonly source: SourceId;
  readonly kind: BlockKind;
  /** Index of the paragraph (block) in the report, 0-based. */
  readonly paragraph: number;
  /** Position of the sentence in the report, 0-based. */
  readonly position: number;
  /** Offsets into the report's normalised text (end exclusive). */
  readonly start: number;
  readonly end: number;
  /** 1-based line of the file where the sentence starts. */
  readonly line: number;
  /** `text.slice(start, end)` with runs of whitespace collapsed to one space. */
  readonly text: string;
}

export interface Paragraph {
  readonly index: number;
  readonly kind: BlockKind;
  readonly start: number;
  readonly end: number;
  readonly sentences: readonly SentenceId[];
}

/** The direction text is written in, as HTML's `dir` takes it: `auto` lets the browser judge. */
export const TEXT_DIRECTIONS = ['ltr', 'rtl', 'auto'] as const;
export type TextDirection = (typeof TEXT_DIRECTIONS)[number];

/**
 * A report's language and writing, and how they were decided; only English reports are aligned.
 * Pages mark a report's words with `tag` (unless it is plain `und`) and `direction`.
 */
export interface ReportLanguage {
  /**
   * BCP 47 tag: as declared in story.yaml; when detected, `en`, a language its script all but settles
   * (`ar`, `el`, `zh`), else the script alone (`und-Cyrl`, `und-Arab`); plain `und` when not known.
   */
  readonly tag: string;
  readonly english: boolean;
  readonly source: 'declared' | 'detected' | 'too-short';
  /** Share of the body's words that are common English function words (about 0.4 in English news). */
  readonly englishShare: number;
  /** ISO 15924 code of the script most of the report's letters are in, e.g. `Latn`, `Arab`; absent when it has none. */
  readonly script?: string | undefined;
  /** `rtl` when most strong directional letters are right to left (Arabic, Hebrew…), `ltr` when not, `auto` when unknown. */
  readonly direction: TextDirection;
}

export interface SegmentedReport extends IngestedReport {
  /** Display title: the report's headline, else its first words; never invented. */
  readonly title: string;
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: readonly Sentence[];
  readonly language: ReportLanguage;
}

export interface SegmentedStory extends Omit<IngestedStory, 'reports'> {
  readonly title: string;
  readonly reports: readonly SegmentedReport[];
}

/** A claim-level piece of one sentence: the whole sentence or one clause of it. */
export interface ClaimUnit {
  readonly id: UnitId;
  readonly sentence: SentenceId;
  readonly source: SourceId;
  /** Offsets into the report's normalised text; always inside the sentence's span. */
  readonly start: number;
  readonly end: number;
  /** The unit's text, whitespace collapsed (an exact substring of the sentence text). */
  readonly text: string;
}

/** A group of units from one or more reports that state the same claim. */
export interface Claim {
  readonly id: ClaimId;
  /** One-line summary: the text of the best-supported member unit, never invented wording. */
  readonly summary: string;
  /** The unit the summary was taken from. */
  readonly summaryUnit: UnitId;
  readonly units: readonly UnitId[];
  /** Distinct sentences supporting the claim, in report then text order. */
  readonly sentences: readonly SentenceId[];
  /** Reports that carry the claim, in story order. */
  readonly sources: readonly SourceId[];
  /** Mean pairwise alignment score of the members (1 for single-report claims). */
  readonly cohesion: number;
}

/** A scored link between two units of different reports, kept for the comparison views. */
export interface UnitLink {
  readonly a: UnitId;
  readonly b: UnitId;
  readonly score: number;
}

export interface AlignedStory extends SegmentedStory {
  readonly units: readonly ClaimUnit[];
  readonly claims: readonly Claim[];
  readonly links: readonly UnitLink[];
}

export const DISCREPANCY_KINDS = [
  'number',
  'date',
  'attribution',
  'quote',
  'name',
  'unique',
  'omission',
] as const;
export type DiscrepancyKind = (typeof DISCREPANCY_KINDS)[number];

/** `contradiction`: both cannot be true. `variant`: wording or precision differs. */
export type Severity = 'contradiction' | 'variant';

/** One finding about how the reports of a claim differ, with the exact evidence. */
export interface Discrepancy {
  readonly id: DiscrepancyId;
  readonly kind: DiscrepancyKind;
  readonly severity: Severity;
  /** The claim it is about (for `omission`, the claim the report leaves out). */
  readonly claim: ClaimId;
  /** One neutral line, e.g. "Distance from Hama to Homs: 40 km (2 reports) vs 30 miles ≈ 48 km (1 report)". */
  readonly summary: string;
  /** Every sentence involved. */
  readonly sentences: readonly SentenceId[];
  /** Per sentence id, the differing value or wording exactly as it stands in that sentence's text. */
  readonly values: Readonly<Record<string, string>>;
  /** For `omission`: the report that leaves the claim out. */
  readonly missingFrom?: readonly SourceId[];
  /**
   * For `quote`: word-level diff from the first quotation's wording to the second's (`delete` = only in the
   * first, `insert` = only in the second); each run's text keeps its punctuation and spacing for display.
   */
  readonly diff?: readonly { readonly op: 'equal' | 'insert' | 'delete'; readonly text: string }[];
}

export interface ComparedStory extends AlignedStory {
  readonly discrepancies: readonly Discrepancy[];
  /** Which reports are likely built on the same underlying copy (`src/pipeline/provenance/`). */
  readonly derivation?: Derivation | undefined;
}
