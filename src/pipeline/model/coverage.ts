/**
 * What compare says about coverage, kept apart from the discrepancies: which claims only one report carries
 * (`unique`) and which widely carried claims some reports leave out (`omission`). Neither sets two reports'
 * words against each other, so neither is a discrepancy (issue #16): the site shows them in its coverage
 * views (overview, matrix, report pages) and `comparison.json` in its `coverage` section.
 */
import { z } from 'zod';
import type { DeepReadonly } from './deep-readonly.ts';
import { claimIdSchema, sentenceIdSchema, sourceIdSchema } from './ids.ts';

/** The kinds of coverage note. */
export const COVERAGE_KINDS = ['unique', 'omission'] as const;
export const coverageKindSchema = z.enum(COVERAGE_KINDS);
export type CoverageKind = z.output<typeof coverageKindSchema>;

/** One claim's coverage: carried by one report only, or by most reports and left out by the others. */
export const coverageNoteSchema = z.object({
  kind: coverageKindSchema,
  claim: claimIdSchema,
  /** "1 of 5 reports: “…”" or "4 of 5 reports (missing from 1): “…”", quoting the claim's summary. */
  summary: z.string(),
  /** The reports that carry the claim, in story order. */
  sources: z.array(sourceIdSchema),
  /** The sentences that state it. */
  sentences: z.array(sentenceIdSchema),
  /** The compared reports that leave it out (empty for `unique`). */
  missingFrom: z.array(sourceIdSchema),
});
export type CoverageNote = DeepReadonly<z.output<typeof coverageNoteSchema>>;
