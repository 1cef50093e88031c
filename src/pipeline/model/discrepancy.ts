/**
 * What compare finds: a discrepancy, one finding about how reports differ on a figure, a date, a speaker, a
 * quotation's wording or a name's spelling, with the exact evidence. It is a union discriminated by `kind`:
 * a `quote` finding carries the word diff of the two quotations, every other kind carries only its evidence,
 * so no reader has to ask whether a field that belongs to another kind is there. What only one report says,
 * and what some leave out, is coverage, not a discrepancy (`coverage.ts`).
 */
import { z } from 'zod';
import type { DeepReadonly } from './deep-readonly.ts';
import { claimIdSchema, discrepancyIdSchema, sentenceIdSchema } from './ids.ts';

/** Every kind of finding, in the order findings of one claim are listed (`compare/index.ts`). */
export const DISCREPANCY_KINDS = ['number', 'date', 'attribution', 'quote', 'name'] as const;
export const discrepancyKindSchema = z.enum(DISCREPANCY_KINDS);
export type DiscrepancyKind = z.output<typeof discrepancyKindSchema>;

/** `contradiction`: both cannot be true. `variant`: wording or precision differs. */
export const SEVERITIES = ['contradiction', 'variant'] as const;
export const severitySchema = z.enum(SEVERITIES);
export type Severity = z.output<typeof severitySchema>;

/**
 * One run of a word-level diff from a first wording to a second (`delete` = only in the first, `insert` =
 * only in the second); the text keeps its punctuation and spacing for display.
 */
export const diffRunSchema = z.object({
  op: z.enum(['equal', 'insert', 'delete']),
  text: z.string(),
});
export type DiffRun = DeepReadonly<z.output<typeof diffRunSchema>>;

/**
 * Per sentence id, the differing value or wording exactly as it stands in that sentence's text. Keyed by
 * text, so the pipeline builds it without a prototype and readers go through `lookUpOwn`.
 */
export const discrepancyValuesSchema = z.record(z.string(), z.string());

/** The fields every kind of discrepancy has besides `id` and `kind`. */
const discrepancyFields = {
  severity: severitySchema,
  /**
   * The claim it is about. Absent for a finding made
   * across the whole story between sentences that share no claim (two figures for the distance between the
   * same two places, given in sentences that otherwise say different things): its sentences say where it is.
   */
  claim: claimIdSchema.optional(),
  /**
   * For a `contradiction`: one line saying why both cannot be true ("the ranges 40 km and 48 km do not
   * overlap"), shown beside the finding. Absent for a `variant`.
   */
  reason: z.string().optional(),
  /** One neutral line, e.g. "Distance from Hama to Homs: 40 km (2 reports) vs 30 miles ≈ 48 km (1 report)". */
  summary: z.string(),
  /** Every sentence involved. */
  sentences: z.array(sentenceIdSchema),
  values: discrepancyValuesSchema,
};

/** The same quotation worded differently by different reports. */
export const quoteDiscrepancySchema = z.object({
  id: discrepancyIdSchema,
  kind: z.literal('quote'),
  ...discrepancyFields,
  /** Word-level diff from the first quotation's wording to the second's. */
  diff: z.array(diffRunSchema),
});
export type QuoteDiscrepancy = DeepReadonly<z.output<typeof quoteDiscrepancySchema>>;

/** A finding that carries nothing beyond its evidence: differing numbers, dates, speakers or names. */
export const plainDiscrepancySchema = z.object({
  id: discrepancyIdSchema,
  kind: discrepancyKindSchema.exclude(['quote']),
  ...discrepancyFields,
});
export type PlainDiscrepancy = DeepReadonly<z.output<typeof plainDiscrepancySchema>>;

/** One finding about how the reports of a claim differ, with the exact evidence. */
export const discrepancySchema = z.discriminatedUnion('kind', [quoteDiscrepancySchema, plainDiscrepancySchema]);
export type Discrepancy = DeepReadonly<z.output<typeof discrepancySchema>>;
